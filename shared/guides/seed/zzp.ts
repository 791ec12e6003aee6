import { listsFor } from './choiceLists';
import {
  info,
  instruction,
  longtext,
  multi,
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
 * Zzp guide, after recommendation 7 of the 2017 report: talk with zzp-ers about their wishes,
 * needs and the barriers they experience, and whether they can become erkend leerbedrijf in
 * their sector. How they learn themselves follows the topics of the 2023 inwoners survey
 * (lang/kort onderwijs, initiative and payer, reasons, next course).
 */

const LEARNED = ['lang', 'kort', 'beide'];

const sections = [
  section('voorbereiding', 'Voorbereiding', [
    instruction(
      'voorbereiding_website',
      'Bekijk vooraf de website of het profiel van de {aanspreekvorm}: vakgebied, opdrachtgevers, eventuele keurmerken. Ga na of de zzp-er lid is van een netwerk zoals ZZPer Drechtsteden.',
    ),
  ]),
  section('doel', 'Doel van het gesprek', [
    info(
      'doel_info',
      'Waarom dit gesprek',
      'Er zijn steeds meer zelfstandigen, en ook voor hen zijn er mogelijkheden om te leren en anderen op te leiden. Veel zzp-ers kennen die mogelijkheden nog niet. Het LeerWerkLoket Drechtsteden wil graag horen wat u wilt en nodig hebt, waar u tegenaan loopt, en samen bekijken wat er voor u mogelijk is.',
    ),
  ]),
  section('onderneming', 'Uw onderneming', [
    longtext('zzp_activiteiten', 'Wat doet u: welke diensten of producten levert u, en voor wie?'),
    single('zzp_sector', 'In welke sector werkt u vooral?', {
      choiceList: 'sectoren',
      copyTo: { field: 'sector' },
    }),
    single('zzp_vestiging', 'Waar is uw {bedrijf} gevestigd?', {
      choiceList: 'gemeenten',
      copyTo: { field: 'gemeente' },
    }),
    single('zzp_jaren', 'Hoe lang werkt u al als zelfstandige?', { choiceList: 'ervaringsduur' }),
    single('zzp_opleiding', 'Wat is uw hoogst afgeronde opleiding?', {
      // One person has one level: the list without "Wisselend, geen vaste eis".
      choiceList: 'opleidingsniveauPersoon',
    }),
    yesno('zzp_netwerk_lid', 'Bent u lid van een netwerk, vereniging of brancheorganisatie?'),
    text('zzp_netwerk_welke', 'Van welke?', {
      relevant: whenYes('zzp_netwerk_lid'),
      hint: 'Bijvoorbeeld ZZPer Drechtsteden, een ondernemersvereniging of een beroepsvereniging. Let op: Werkgevers Drechtsteden laat geen zzp-ers toe.',
      copyTo: { field: 'networks' },
      inSummary: true,
    }),
    longtext('zzp_samenwerking', 'Werkt u samen met andere zelfstandigen of bedrijven?'),
  ]),
  section('eigen_leren', 'Hoe leert u zelf?', [
    single(
      'zzp_scholing',
      'Heeft u het afgelopen jaar een opleiding, training of cursus gevolgd?',
      {
        choices: [
          { value: 'lang', label: 'Ja, een opleiding met een erkend diploma' },
          { value: 'kort', label: 'Ja, een training of cursus zonder erkend diploma' },
          { value: 'beide', label: 'Ja, allebei' },
          { value: 'nee', label: 'Nee' },
        ],
        hint: 'Een erkend diploma (lang onderwijs) tegenover een korte training of cursus, eventueel met certificaat.',
      },
    ),
    yesno('zzp_scholing_werk', 'Had dat te maken met uw werk?', {
      relevant: whenIn('zzp_scholing', LEARNED),
    }),
    single('zzp_scholing_initiatief', 'Van wie kwam het initiatief?', {
      relevant: whenIn('zzp_scholing', LEARNED),
      choices: [
        { value: 'zelf', label: 'Van mijzelf' },
        { value: 'opdrachtgever', label: 'Van een opdrachtgever' },
        {
          value: 'branche',
          label: 'Van de branche of een beroepsvereniging (bijvoorbeeld verplichte bijscholing)',
        },
      ],
      other: true,
    }),
    single('zzp_scholing_betaler', 'Wie betaalde de kosten?', {
      relevant: whenIn('zzp_scholing', LEARNED),
      choices: [
        { value: 'zelf', label: 'Ikzelf' },
        { value: 'opdrachtgever', label: 'Een opdrachtgever' },
        { value: 'fonds', label: 'Een branche- of O&O-fonds' },
        { value: 'regeling', label: 'Een overheidsregeling of subsidie' },
      ],
      other: true,
    }),
    multi('zzp_scholing_redenen', 'Waarom volgde u die opleiding of cursus?', {
      relevant: whenIn('zzp_scholing', LEARNED),
      choices: [
        { value: 'vak', label: 'Vakkennis bijhouden' },
        { value: 'klanten', label: 'Nieuwe klanten of opdrachten krijgen' },
        { value: 'omzet', label: 'Meer omzet of een hoger tarief' },
        { value: 'verplicht', label: 'Verplicht voor mijn beroep of keurmerk' },
        { value: 'overstap', label: 'Overstap naar ander werk' },
        { value: 'persoonlijk', label: 'Persoonlijke ontwikkeling' },
      ],
      other: true,
    }),
    longtext('zzp_scholing_opbrengst', 'Wat heeft het u opgeleverd?', {
      relevant: whenIn('zzp_scholing', LEARNED),
    }),
    multi('zzp_scholing_nee_waarom', 'Wat hield u tegen?', {
      relevant: whenNo('zzp_scholing'),
      choices: [
        { value: 'tijd', label: 'Geen tijd' },
        { value: 'inkomen', label: 'Inkomen loopt door uitval terug' },
        { value: 'kosten', label: 'Te duur' },
        { value: 'aanbod', label: 'Geen passend aanbod' },
        { value: 'geen-behoefte', label: 'Geen behoefte' },
      ],
      other: true,
    }),
    longtext('zzp_informeel', 'Hoe blijft u verder bij in uw vak, buiten cursussen om?', {
      hint: 'Informeel leren: van opdrachtgevers en collega’s, vakliteratuur, bijeenkomsten, online.',
    }),
    single('zzp_volgende', 'Heeft u behoefte aan een (volgende) opleiding of cursus?', {
      choiceList: 'jaNeeWeetNiet',
    }),
    text('zzp_volgende_welke', 'Waaraan?', {
      relevant: { q: 'zzp_volgende', eq: 'ja' },
      inSummary: true,
    }),
  ]),
  section('leerbedrijf', 'Leren en Werken als zzp-er', [
    info(
      'info_leerbedrijf',
      'Een student opleiden als zelfstandige',
      'In een aantal sectoren kan ook een zzp-er erkend leerbedrijf worden en een mbo-student begeleiden. Of dat kan, hangt af van de sector en van de eisen die SBB stelt, bijvoorbeeld aan begeleiding en werkplek.',
    ),
    single('zzp_erkend', 'Bent u erkend leerbedrijf?', {
      choices: [
        { value: 'ja', label: 'Ja' },
        { value: 'aangevraagd', label: 'Aangevraagd' },
        { value: 'nee', label: 'Nee' },
        { value: 'weet-niet', label: 'Weet niet' },
      ],
      copyTo: { field: 'erkendLeerbedrijf', map: { ja: true, nee: false } },
    }),
    single('zzp_erkend_mogelijk', 'Kunt u in uw sector erkend leerbedrijf worden, denkt u?', {
      relevant: whenIn('zzp_erkend', ['nee', 'weet-niet']),
      choiceList: 'jaNeeWeetNiet',
      hint: 'Zoek het zo nodig samen op bij SBB; noteer een vervolgactie als het onduidelijk blijft.',
    }),
    yesno(
      'zzp_student_ervaring',
      'Heeft u ooit een student, stagiair of nieuwe collega in het vak begeleid?',
    ),
    longtext('zzp_student_ja', 'Hoe ging dat?', { relevant: whenYes('zzp_student_ervaring') }),
    single('zzp_student_interesse', 'Zou u (weer) een student willen begeleiden?', {
      choiceList: 'openVoor',
      inSummary: true,
    }),
    longtext('zzp_student_waarom', 'Waarom wel of niet?', {
      relevant: whenAnswered('zzp_student_interesse'),
    }),
  ]),
  section('wensen', 'Wensen, behoeften en belemmeringen', [
    longtext(
      'zzp_wensen',
      'Wat zou u willen op het gebied van leren en werken, voor uzelf of voor een student?',
      { inSummary: true },
    ),
    multi('zzp_belemmeringen', 'Waar loopt u tegenaan?', {
      choices: [
        { value: 'tijd', label: 'Geen tijd voor begeleiding' },
        { value: 'werkplek', label: 'Geen vaste werkplek of ruimte' },
        { value: 'inkomen', label: 'Onzeker inkomen of wisselende opdrachten' },
        { value: 'erkenning', label: 'Eisen voor erkenning als leerbedrijf' },
        { value: 'administratie', label: 'Administratie en regels' },
        { value: 'onbekend', label: 'Niet bekend met de mogelijkheden' },
        {
          value: 'specialistisch',
          label: 'Mijn werk is te specialistisch om een student te laten meedoen',
        },
        {
          value: 'kwetsbaar',
          label: 'Als eenpersoonsbedrijf te kwetsbaar: uitval van mij of de student raakt alles',
        },
        { value: 'financieel', label: 'Financieel risico' },
      ],
      other: true,
      inSummary: true,
      // The reasons of the 2017 report go to the company's "waarom niet".
      copyTo: {
        field: 'reasonsNot',
        map: {
          tijd: 'tijd',
          specialistisch: 'specialistisch',
          kwetsbaar: 'kwetsbaar',
          financieel: 'financieel-risico',
          inkomen: 'financieel-risico',
          onbekend: 'onbekendheid',
        },
      },
    }),
    longtext('zzp_belemmeringen_toelichting', 'Kunt u dat toelichten?', {
      relevant: whenAnswered('zzp_belemmeringen'),
    }),
    multi('zzp_ondersteuning', 'Waarbij zou ondersteuning u helpen?', {
      choiceList: 'ondersteuning',
      other: true,
      copyTo: { field: 'needs' },
    }),
    multi('zzp_informatie_kanaal', 'Hoe wilt u over de mogelijkheden geïnformeerd worden?', {
      choices: [
        { value: 'netwerk', label: 'Via een zzp-netwerk, zoals ZZPer Drechtsteden' },
        { value: 'vereniging', label: 'Via een ondernemers- of beroepsvereniging' },
        { value: 'bijeenkomst', label: 'Op een bijeenkomst of workshop' },
        { value: 'email', label: 'Per e-mail of nieuwsbrief' },
        { value: 'gesprek', label: 'In een persoonlijk gesprek' },
      ],
      other: true,
      inSummary: true,
    }),
  ]),
  section('afsluiting', 'Afsluiting', [
    yesno(
      'afs_kent_bedrijven',
      'Kent u andere zelfstandigen of {bedrijven} voor wie dit gesprek ook nuttig is?',
    ),
    longtext('afs_bedrijven_welke', 'Welke?', {
      relevant: whenYes('afs_kent_bedrijven'),
      copyTo: { field: 'leads' },
    }),
    longtext('afs_vragen', 'Heeft u nog vragen of opmerkingen?'),
  ]),
];

export const zzpGuide = seedGuide({
  guideKey: 'zzp',
  // Version 2: the report's reasons (specialistisch, kwetsbaar) reach "waarom niet"; one level of education.
  version: 2,
  title: 'Gesprek met zzp-ers over leren en werken',
  description:
    'Gespreksleidraad voor zelfstandigen zonder personeel: wensen, behoeften en belemmeringen, hoe ze zelf leren en of ze erkend leerbedrijf kunnen worden.',
  audience: 'zzp',
  date: '2026-11-23',
  sections,
  choiceLists: listsFor(sections),
});
