import { listsFor } from './choiceLists';
import {
  info,
  instruction,
  longtext,
  multi,
  num,
  scale,
  section,
  seedGuide,
  single,
  text,
  whenAnswered,
  whenIn,
  whenNo,
  whenYes,
  yesno,
} from './build';

/*
 * Guide on leven lang ontwikkelen (LLO) and zij-instroom for the existing workforce, after
 * the topics of the semi-structured questionnaire in the 2023 MKB study (seed 002): HR and its
 * roles, transitions, what LLO means and aims at, the company/person/network angles, how it
 * is stimulated, learning culture, ways of learning, budget, and interest in a lerend netwerk.
 */

const interestInNetwork = whenIn('llo_lerend_netwerk', ['ja', 'misschien']);

const sections = [
  section('voorbereiding', 'Voorbereiding', [
    instruction(
      'voorbereiding_website',
      'Bekijk vooraf de website en vacatures van uw gesprekspartner. Zoek uit of de sector een O&O-fonds of cao-afspraken over scholing heeft; dat helpt bij vragen over budget.',
    ),
  ]),
  section('doel', 'Doel van het gesprek', [
    info(
      'doel_info',
      'Leven lang ontwikkelen',
      'Met leven lang ontwikkelen bedoelen we dat mensen hun hele loopbaan blijven leren, vanuit wat hen drijft en wat mogelijk is: voor hun werk, hun gezondheid en hun plek in de samenleving. In dit gesprek kijken we hoe uw {bedrijf} dat voor de eigen medewerkers aanpakt, hoe u omgaat met zij-instromers uit een ander vak, en waar het LeerWerkLoket kan helpen.',
    ),
  ]),
  section('organisatie', 'Organisatie en HR', [
    num('llo_medewerkers', 'Hoeveel medewerkers heeft uw {bedrijf}?', {
      integer: true,
      min: 0,
      unit: 'medewerkers',
      hint: 'Medewerkers in loondienst, zonder de eigenaar zelf. (De KvK telt "werkzame personen", de eigenaar inbegrepen.)',
      copyTo: { field: 'employees' },
    }),
    single('llo_sector', 'In welke sector is uw {bedrijf} actief?', {
      choiceList: 'sectoren',
      copyTo: { field: 'sector' },
    }),
    single('llo_typering', 'Welke typering past het best?', {
      choices: [
        { value: 'regulier', label: 'Regulier mkb' },
        { value: 'jong', label: 'Jong mkb (korter dan 5 jaar actief)' },
        { value: 'so', label: 'Mkb met speur- en ontwikkelwerk (S&O)' },
      ],
    }),
    yesno('llo_hr_afdeling', 'Heeft uw {bedrijf} een eigen HR-afdeling of HR-medewerker?'),
    multi('llo_hr_rollen', 'Welke rollen vervult HR?', {
      relevant: whenYes('llo_hr_afdeling'),
      choices: [
        {
          value: 'administratief',
          label: 'Administratief expert: processen en personeelsadministratie',
        },
        { value: 'hr-expert', label: 'HR-expert: begeleiden en ontwikkelen van medewerkers' },
        {
          value: 'verandermanager',
          label: 'Verandermanager: veranderingen in de organisatie begeleiden',
        },
        {
          value: 'strategisch',
          label: 'Strategische partner: personeelsbeleid verbinden met de koers',
        },
      ],
    }),
    text('llo_hr_nee_wie', 'Wie regelt de personeelszaken dan?', {
      relevant: whenNo('llo_hr_afdeling'),
    }),
    multi('llo_transities', 'Aan welke grote veranderingen (transities) draagt uw {bedrijf} bij?', {
      choices: [
        { value: 'energie', label: 'Energietransitie' },
        { value: 'grondstoffen', label: 'Grondstoffen' },
        { value: 'circulair', label: 'Circulaire economie' },
        { value: 'voedsel', label: 'Voedsel' },
        { value: 'ruimtelijk', label: 'Ruimtelijke inrichting' },
        { value: 'financieel', label: 'Financieel' },
        { value: 'zorg', label: 'Zorg' },
        { value: 'onderwijs', label: 'Onderwijs' },
        { value: 'sociaal', label: 'Sociaal (iedereen mee laten doen)' },
        { value: 'democratisch', label: 'Democratisch' },
      ],
      other: true,
    }),
  ]),
  section('visie', 'Wat betekent leven lang ontwikkelen voor u?', [
    longtext('llo_betekenis', 'Wat verstaat u onder leven lang ontwikkelen?'),
    multi('llo_doel', 'Wat is voor uw {bedrijf} het belangrijkste doel ervan?', {
      choices: [
        { value: 'persoonlijk', label: 'Persoonlijke ontwikkeling van medewerkers' },
        { value: 'competenties', label: 'Competenties van medewerkers versterken' },
        { value: 'uitval', label: 'Uitval van medewerkers voorkomen' },
        { value: 'inzetbaarheid', label: 'Betere inzetbaarheid, ook in ander werk' },
        { value: 'productiviteit', label: 'Hogere productiviteit' },
      ],
      other: true,
      inSummary: true,
    }),
    single('llo_niveau', 'Waar richt de ontwikkeling zich nu vooral op?', {
      choices: [
        { value: 'job-carving', label: 'Werk aanpassen aan wat iemand (nog) kan' },
        { value: 'bijspijkeren', label: 'Bijspijkeren in het vak als dat nodig is' },
        { value: 'baangericht', label: 'Planmatig opleiden voor de huidige functie' },
        { value: 'loopbaan', label: 'Loopbaangericht: de volgende stap van de medewerker' },
        {
          value: 'toekomst',
          label: 'Toekomstgericht: samen vooruitkijken naar werk en organisatie',
        },
      ],
    }),
    longtext('llo_opbrengst', 'Wat levert het uw {bedrijf} en uw medewerkers op?'),
    scale(
      'llo_belang_bedrijf',
      'Hoe belangrijk is het dat medewerkers zich ontwikkelen voor het {bedrijf} (bedrijfsgericht)?',
      {
        min: 1,
        max: 5,
        minLabel: 'niet belangrijk',
        maxLabel: 'heel belangrijk',
        hint: 'Gericht op wat het werk en de organisatie nu en straks vragen.',
      },
    ),
    scale('llo_belang_mens', 'En voor zichzelf, als mens en vakmens (mensgericht)?', {
      min: 1,
      max: 5,
      minLabel: 'niet belangrijk',
      maxLabel: 'heel belangrijk',
    }),
    scale('llo_belang_netwerk', 'En samen met anderen buiten de organisatie (netwerkgericht)?', {
      min: 1,
      max: 5,
      minLabel: 'niet belangrijk',
      maxLabel: 'heel belangrijk',
    }),
  ]),
  section('leercultuur', 'Stimuleren en leercultuur', [
    multi('llo_stimuleren', 'Hoe stimuleert u medewerkers om zich te ontwikkelen?', {
      choices: [
        { value: 'informeren', label: 'Informeren over mogelijkheden' },
        {
          value: 'ondersteunen',
          label: 'Ondersteunen, bijvoorbeeld met coaching of een ontwikkelplan',
        },
        { value: 'vertrouwen', label: 'Vertrouwen geven om zelf stappen te zetten' },
        { value: 'ruimte', label: 'Ruimte en tijd geven om eigen keuzes te maken' },
      ],
      other: true,
    }),
    multi('llo_leercultuur', 'Welke kenmerken van een leercultuur herkent u in uw {bedrijf}?', {
      choices: [
        { value: 'werven', label: 'We werven op nieuwsgierigheid en leervermogen' },
        { value: 'kritisch', label: 'Kritische vragen stellen is normaal' },
        { value: 'feedback', label: 'Positieve en negatieve feedback geven en krijgen is normaal' },
        { value: 'fouten', label: 'Fouten mogen, en we leren ervan' },
        { value: 'naast-werk', label: 'Leren naast het gewone werk is vanzelfsprekend' },
        { value: 'lange-termijn', label: 'Leren zien we als iets van de lange termijn' },
        { value: 'plannen', label: 'We maken leer- en verbeterplannen' },
      ],
    }),
    yesno('llo_kennis_buiten', 'Delen medewerkers ook kennis met mensen buiten de organisatie?'),
    multi('llo_kennis_hoe', 'Hoe?', {
      relevant: whenYes('llo_kennis_buiten'),
      choices: [
        { value: 'artikelen', label: 'Artikelen schrijven' },
        { value: 'social', label: 'Berichten op sociale media' },
        { value: 'presenteren', label: 'Lezingen, trainingen of workshops geven' },
        { value: 'bijeenkomsten', label: 'Bijeenkomsten of webinars' },
        { value: 'feedback', label: 'Feedback van klanten en samenwerkingspartners' },
        { value: 'flex', label: 'Leren van ingehuurde krachten' },
        { value: 'lerend-netwerk', label: 'Een lerend netwerk' },
      ],
      other: true,
    }),
  ]),
  section('leervormen', 'Hoe wordt er geleerd?', [
    multi('llo_vormen', 'Hoe leren uw medewerkers?', {
      choices: [
        { value: 'formeel', label: 'Formeel: een opleiding met diploma of certificaat' },
        { value: 'non-formeel', label: 'Non-formeel: training of cursus zonder diploma' },
        { value: 'informeel', label: 'Informeel: leren in het werk, zonder vaste begeleiding' },
      ],
    }),
    multi('llo_opleiders', 'Met welke opleiders werkt u?', {
      choices: [
        { value: 'regulier', label: 'Regulier onderwijs (mbo, hbo, wo)' },
        { value: 'particulier', label: 'Particuliere opleiders' },
        { value: 'eigen', label: 'Eigen, interne opleidingen' },
      ],
      other: true,
    }),
    yesno('llo_programma', 'Heeft uw {bedrijf} een eigen ontwikkel- of opleidingsprogramma?', {
      copyTo: { field: 'activities.llo', map: { ja: 'in-gebruik' } },
    }),
    longtext('llo_programma_toelichting', 'Hoe ziet dat eruit?', {
      relevant: whenYes('llo_programma'),
    }),
  ]),
  section('budget', 'Budget en voorwaarden', [
    yesno('llo_budget', 'Is er budget vrijgemaakt voor ontwikkeling van medewerkers?'),
    single('llo_budget_hoogte', 'Hoeveel per medewerker per jaar, ongeveer?', {
      relevant: whenYes('llo_budget'),
      choices: [
        { value: 'tot-500', label: 'Minder dan € 500' },
        { value: '500-1000', label: '€ 500 tot € 1.000' },
        { value: '1000-1500', label: '€ 1.000 tot € 1.500' },
        // Two bands, as in the 2023 study (002); version 1 had one "€ 1.500 tot € 2.500".
        { value: '1500-2000', label: '€ 1.500 tot € 2.000' },
        { value: '2000-2500', label: '€ 2.000 tot € 2.500' },
        { value: 'meer', label: 'Meer dan € 2.500' },
      ],
    }),
    single('llo_eigen_regie', 'Kiezen medewerkers zelf waaraan ze het budget besteden?', {
      relevant: whenYes('llo_budget'),
      choices: [
        { value: 'ja', label: 'Ja' },
        { value: 'deels', label: 'Deels, in overleg' },
        { value: 'nee', label: 'Nee' },
      ],
    }),
    yesno(
      'llo_terugbetaling',
      'Moeten medewerkers studiekosten terugbetalen als ze tijdens of kort na de opleiding vertrekken?',
    ),
    single('llo_werktijd', 'Wanneer wordt er geleerd?', {
      choices: [
        { value: 'werktijd', label: 'In werktijd' },
        { value: 'deels', label: 'Deels in werktijd' },
        { value: 'eigen-tijd', label: 'In eigen tijd' },
      ],
    }),
    multi('llo_belemmeringen', 'Wat maakt ontwikkelen lastig?', {
      choices: [
        { value: 'tijd', label: 'Geen tijd; medewerkers zijn niet te missen' },
        { value: 'geld', label: 'Kosten' },
        { value: 'effect', label: 'Het effect is niet zichtbaar' },
        { value: 'productie', label: 'Productie gaat voor' },
        { value: 'aanbod', label: 'Geen passend aanbod' },
        { value: 'motivatie', label: 'Medewerkers willen niet' },
      ],
      other: true,
      inSummary: true,
    }),
    longtext('llo_productiviteit', 'Merkt u effect van ontwikkeling op de productiviteit? Hoe?'),
  ]),
  section('zij_instroom', 'Zij-instroom', [
    yesno(
      'zij_ervaring',
      'Heeft u ervaring met zij-instromers: mensen uit een ander vak of andere sector die u opleidt?',
      {
        copyTo: { field: 'activities.zijInstroom', map: { ja: 'in-gebruik' } },
      },
    ),
    longtext('zij_ja_functies', 'In welke functies?', { relevant: whenYes('zij_ervaring') }),
    multi('zij_ja_aanpak', 'Hoe leidt u hen op?', {
      relevant: whenYes('zij_ervaring'),
      choices: [
        { value: 'bbl', label: 'Via een BBL-opleiding' },
        {
          value: 'hbo-duaal',
          label: 'Via een duale hbo-opleiding: de Mkb-route of een Associate degree',
        },
        { value: 'intern', label: 'Interne opleiding of inwerkprogramma' },
        { value: 'begeleider', label: 'Met een vaste praktijkbegeleider' },
        { value: 'evc', label: 'Met EVC (erkennen wat ze al kunnen)' },
        { value: 'cursus', label: 'Korte cursussen' },
      ],
      other: true,
      copyTo: [
        { field: 'activities.bpvBbl', ifIncludes: 'bbl', map: { ja: 'in-gebruik' } },
        { field: 'activities.mkbRoute', ifIncludes: 'hbo-duaal', map: { ja: 'in-gebruik' } },
        { field: 'activities.evc', ifIncludes: 'evc', map: { ja: 'in-gebruik' } },
      ],
    }),
    longtext('zij_ja_ervaringen', 'Wat gaat goed en wat kan beter?', {
      relevant: whenYes('zij_ervaring'),
    }),
    single('zij_nee_open', 'Staat u open voor zij-instromers?', {
      relevant: whenNo('zij_ervaring'),
      choiceList: 'openVoor',
      copyTo: {
        field: 'activities.zijInstroom',
        map: { ja: 'interesse', misschien: 'interesse', nee: 'niet' },
      },
    }),
    longtext('zij_nee_waarom', 'Waarom wel of niet?', { relevant: whenAnswered('zij_nee_open') }),
  ]),
  section('netwerk', 'Lerend netwerk en ondersteuning', [
    single(
      'llo_lerend_netwerk',
      'Zou u willen meedoen aan een lerend netwerk met andere mkb-bedrijven over leven lang ontwikkelen?',
      {
        choiceList: 'openVoor',
        inSummary: true,
      },
    ),
    multi('llo_netwerk_themas', 'Welke thema’s zou u daar willen bespreken?', {
      relevant: interestInNetwork,
      choices: [
        { value: 'generaties', label: 'Verschillende generaties op de werkvloer' },
        { value: 'leercultuur', label: 'Een leercultuur opbouwen' },
        { value: 'zij-instroom', label: 'Zij-instroom' },
        { value: 'financiering', label: 'Financiering en regelingen' },
        { value: 'effect', label: 'Het effect van leren zichtbaar maken' },
      ],
      other: true,
    }),
    multi('llo_ondersteuning', 'Waarbij zou ondersteuning u helpen?', {
      choiceList: 'ondersteuning',
      other: true,
      copyTo: { field: 'needs' },
    }),
  ]),
  section('afsluiting', 'Afsluiting', [
    yesno(
      'afs_kent_bedrijven',
      'Kent u andere {bedrijven} die hier ook mee bezig zijn of hulp kunnen gebruiken?',
    ),
    longtext('afs_bedrijven_welke', 'Welke?', {
      relevant: whenYes('afs_kent_bedrijven'),
      copyTo: { field: 'leads' },
    }),
    longtext('afs_vragen', 'Heeft u nog vragen of opmerkingen?'),
  ]),
];

export const lloGuide = seedGuide({
  guideKey: 'llo-zij-instroom',
  // Version 2: the 002 budget bands, hbo-duaal/Mkb-route/Ad as a zij-instroom route, and the
  // zij-instroom answers reach the company (activities.zijInstroom).
  version: 2,
  title: 'Leven lang ontwikkelen en zij-instroom',
  description:
    'Gespreksleidraad over de ontwikkeling van het eigen personeel en het opleiden van zij-instromers: HR, leercultuur, leervormen, budget en belangstelling voor een lerend netwerk.',
  audience: 'llo',
  date: '2026-11-23',
  sections,
  choiceLists: listsFor(sections),
});
