import type { ItemInput } from '../../domain/guide';
import {
  info,
  instruction,
  longtext,
  multi,
  num,
  scale,
  section,
  single,
  text,
  whenAnswered,
  whenNo,
  whenYes,
  yesno,
} from './build';

/*
 * Sections that the two guides of bijlage 4 (24 February 2017) share word for word in the
 * original. Each guide file composes them with its own purpose text and its own
 * "Mogelijkheden" section. Texts are written anew from the report, not copied.
 */

export const voorbereidingSection = section('voorbereiding', 'Voorbereiding', [
  instruction(
    'voorbereiding_website',
    'Bekijk vóór het bezoek de website van uw gesprekspartner: wat men doet en maakt, waar het gevestigd is, welke functies en vacatures er zijn. Wat u al weet, hoeft u in het gesprek alleen te checken.',
  ),
  longtext('voorbereiding_notities', 'Wat viel op bij de voorbereiding?', {
    hint: 'Eigen aantekeningen, bijvoorbeeld over activiteiten, vacatures of een eerdere samenwerking.',
  }),
]);

export const doelSection = (purpose: string) =>
  section('doel', 'Doel van het gesprek', [
    info(
      'doel_info',
      'Waarom dit gesprek',
      `Het LeerWerkLoket Drechtsteden informeert en adviseert over alles wat met Leren en Werken te maken heeft. Het benadert zelf geen bedrijven: het komt met hen in contact via Baanbrekend Drechtsteden en andere partijen die werkgevers in de regio spreken. Tot nu toe zijn dat vooral grotere bedrijven; kleine bedrijven (tot 25 medewerkers) worden minder goed bereikt. ${purpose}`,
    ),
  ]);

const FUNCTION_SLOTS = [1, 2, 3] as const;

/** Three structured function rows instead of a repeat group: enough for a small company, and exportable. */
function functionRows(): ItemInput[] {
  return FUNCTION_SLOTS.flatMap((n) => {
    const name = `functie_${n}_naam`;
    const shown = whenAnswered(name);
    return [
      text(name, `Functie ${n}: naam`, {
        relevant: n === 1 ? undefined : whenAnswered(`functie_${n - 1}_naam`),
        hint: n === 1 ? 'Begin met de functie waarin de meeste mensen werken.' : undefined,
      }),
      single(`functie_${n}_niveau`, `Functie ${n}: gevraagd opleidingsniveau`, {
        relevant: shown,
        choiceList: 'opleidingsniveaus',
      }),
      num(`functie_${n}_aantal`, `Functie ${n}: aantal medewerkers`, {
        relevant: shown,
        integer: true,
        min: 0,
        unit: 'medewerkers',
      }),
      scale(
        `functie_${n}_werving`,
        `Functie ${n}: hoe moeilijk is het om mensen voor deze functie te vinden?`,
        {
          relevant: shown,
          min: 1,
          max: 5,
          minLabel: 'heel makkelijk',
          maxLabel: 'heel moeilijk',
        },
      ),
    ];
  });
}

export const algemeenSection = section('algemeen', 'Algemeen', [
  text('resp_functie', 'Wat is uw functie binnen uw {bedrijf}?', {
    required: true,
    inSummary: true,
  }),
  longtext('bedrijf_toelichting', 'Kunt u iets meer vertellen over uw {bedrijf}?', {
    hint: 'Vraag in elk geval door op omvang, sector, vestigingsplaats, activiteiten en functies (zie hieronder).',
  }),
  num('bedrijf_medewerkers', 'Hoeveel medewerkers heeft uw {bedrijf}?', {
    integer: true,
    min: 0,
    max: 100000,
    unit: 'medewerkers',
    hint: 'Tel iedereen in loondienst, ook parttimers; niet de ingehuurde krachten en niet de eigenaar zelf. (De KvK telt "werkzame personen", de eigenaar inbegrepen; dat getal is dus vaak één hoger.)',
    constraintMessage: 'Vul het aantal medewerkers in als heel getal, 0 of meer.',
    copyTo: { field: 'employees' },
  }),
  single('bedrijf_sector', 'In welke sector is uw {bedrijf} actief?', {
    choiceList: 'sectoren',
    copyTo: { field: 'sector' },
  }),
  single('bedrijf_vestiging', 'Waar is uw {bedrijf} gevestigd?', {
    choiceList: 'gemeenten',
    copyTo: { field: 'gemeente' },
  }),
  text('bedrijf_vestiging_plaats', 'Welke plaats?', {
    relevant: { q: 'bedrijf_vestiging', eq: 'buiten-regio' },
  }),
  longtext('bedrijf_activiteiten', 'Wat zijn de activiteiten, diensten of producten?'),
  longtext('bedrijf_functies', 'Welke functies zijn er in uw {bedrijf}?', {
    hint: 'Noteer hieronder de belangrijkste functies: opleidingsniveau, aantal medewerkers en hoe lastig werven is.',
  }),
  ...functionRows(),
  num('personeel_vrouwen', 'Welk deel van de medewerkers is vrouw?', {
    min: 0,
    max: 100,
    unit: '%',
    constraintMessage: 'Vul een percentage van 0 tot en met 100 in.',
  }),
  single('personeel_leeftijd', 'Hoe is de leeftijdsopbouw van het personeel?', {
    choiceList: 'leeftijdsopbouw',
  }),
  text('personeel_nationaliteit', 'Welke nationaliteiten werken er?', {
    hint: 'Globaal; geen gegevens van personen.',
  }),
  multi('personeel_contracten', 'Met welke soorten contracten werken uw medewerkers?', {
    choiceList: 'contractvormen',
    other: true,
  }),
  yesno(
    'werkgeversorg_lid',
    'Is uw {bedrijf} aangesloten bij een werkgevers-, branche- of ondernemersorganisatie?',
  ),
  text('werkgeversorg_welke', 'Bij welke?', {
    relevant: whenYes('werkgeversorg_lid'),
    hint: 'Bijvoorbeeld een ondernemersvereniging in de gemeente, een brancheorganisatie of Werkgevers Drechtsteden.',
    copyTo: { field: 'networks' },
    inSummary: true,
  }),
  // SBB recognition decides whether mbo places (and praktijkleren for them) are possible, so it
  // is asked of every company, with or without bpv experience.
  single('bedrijf_erkend', 'Is uw {bedrijf} door SBB erkend als leerbedrijf?', {
    choiceList: 'jaNeeWeetNiet',
    hint: 'Alleen een erkend leerbedrijf mag mbo-studenten (BOL of BBL) in de praktijk opleiden. Voor hbo-stages, hbo-duaal en de Mkb-route is geen SBB-erkenning nodig.',
    copyTo: { field: 'erkendLeerbedrijf', map: { ja: true, nee: false } },
  }),
]);

export const informatieSection = section(
  'informatie',
  'Toelichting: LeerWerkLoket en programma Leren en Werken',
  [
    info(
      'info_lwl',
      'Het LeerWerkLoket Drechtsteden',
      'Het LeerWerkLoket werkt aan een leven lang leren voor iedereen in de regio. Het is opgezet door het samenwerkingsverband Leren en Werken van ondernemers, opleiders en partners op de arbeidsmarkt, en is een samenwerking van de Drechtsteden, UWV en het ROC Da Vinci College. Ondernemersverenigingen, werkgeversorganisaties en andere partners steunen het actief. Het loket geeft informatie en advies over alle vragen rond Leren en Werken en maakt zichtbaar wie in de regio wat aanbiedt.',
    ),
    info(
      'info_programma',
      'Het programma Leren en Werken',
      'Het programma Leren en Werken loopt sinds eind 2009. Het wil onderwijs en arbeidsmarkt beter op elkaar laten aansluiten. De speerpunten: werkend leren stimuleren, loopbaanadvies geven en het ervaringscertificaat (EVC) meer laten gebruiken.',
    ),
  ],
);

export const lerenEnWerkenItems: ItemInput[] = [
  yesno('lw_begrip_bekend', 'Kent u het begrip ‘Leren en Werken’?'),
  longtext('lw_betekenis', 'Wat verstaat u onder Leren en Werken? Wat komt er bij u op?'),
  longtext('lw_ervaring_bedrijf', 'Welke ervaring heeft uw {bedrijf} met Leren en Werken?'),
  longtext('lw_ervaring_persoonlijk', 'En welke ervaring heeft u zelf met Leren en Werken?'),
];

export const vormenIntro = info(
  'vormen_intro',
  'Vier vormen van Leren en Werken',
  'We lopen nu vier vormen van Leren en Werken met u door: beroepspraktijkvorming in het mbo (BOL en BBL), stages van hbo en universiteit, korte opleidingstrajecten met baangarantie, en EVC.',
);

export const ouderenSection = section('ouderen', 'Doelgroep ouderen', [
  yesno(
    'ouderen_ervaring',
    'Heeft u ervaring met Leren en Werken speciaal voor oudere medewerkers of werkzoekenden?',
  ),
  longtext('ouderen_ja_toelichting', 'Kunt u die ervaringen toelichten?', {
    relevant: whenYes('ouderen_ervaring'),
  }),
  longtext('ouderen_nee_waarom', 'Waarom niet?', { relevant: whenNo('ouderen_ervaring') }),
]);

export const laaggeletterdheidSection = section('laaggeletterdheid', 'Laaggeletterdheid', [
  single(
    'laaggel_medewerkers',
    'Werken er bij u mensen die niet of nauwelijks kunnen lezen en schrijven?',
    {
      choiceList: 'jaNeeWeetNiet',
      hint: 'Vraag voorzichtig; het gaat om wat er gebeurt, niet om personen.',
    },
  ),
  // Asked of everyone, as in bijlage 4: after "weet niet" the follow-up matters most.
  longtext(
    'laaggel_aanpak',
    'Wat doet u op het gebied van leren voor medewerkers die moeite hebben met lezen en schrijven, en waarom?',
    {
      hint: 'Ook bij "nee" of "weet niet": vraag wat er zou gebeuren als iemand er moeite mee heeft.',
    },
  ),
]);

export const ondersteuningSection = section('ondersteuning', 'Ondersteuningsbehoeften', [
  yesno(
    'bb_bekend',
    'Kent u Baanbrekend Drechtsteden of het vroegere Werkgeversservicepunt (WSP)?',
    {
      hint: 'Het WSP is in januari 2017 opgegaan in Baanbrekend Drechtsteden.',
    },
  ),
  longtext('bb_ervaringen', 'Wat zijn uw ervaringen met Baanbrekend Drechtsteden of het WSP?', {
    relevant: whenYes('bb_bekend'),
  }),
  longtext(
    'ond_vragen',
    'Welke vragen of knelpunten rond Leren en Werken komt u in de praktijk tegen?',
    { inSummary: true },
  ),
  yesno('ond_behoefte', 'Heeft u behoefte aan ondersteuning bij Leren en Werken?'),
  multi('ond_behoefte_wat', 'Waarbij zou u ondersteund willen worden?', {
    relevant: whenYes('ond_behoefte'),
    choiceList: 'ondersteuning',
    other: true,
    copyTo: { field: 'needs' },
  }),
  longtext('ond_behoefte_hoe', 'Op welke manier het liefst?', {
    relevant: whenYes('ond_behoefte'),
    hint: 'Bijvoorbeeld één vast aanspreekpunt, een bezoek op locatie, een workshop of informatie per e-mail.',
    inSummary: true,
  }),
  longtext('ond_behoefte_nee_waarom', 'Waarom niet?', { relevant: whenNo('ond_behoefte') }),
  longtext(
    'bb_hulp',
    'Hoe zou Baanbrekend Drechtsteden u kunnen helpen bij uw vragen over Leren en Werken?',
  ),
]);

export const afsluitingSection = section('afsluiting', 'Afsluiting', [
  longtext(
    'afs_tips_bereik',
    'Heeft u tips om kleine {bedrijven} in de regio beter te bereiken met Leren en Werken?',
    { inSummary: true },
  ),
  yesno(
    'afs_kent_bedrijven',
    'Kent u andere {bedrijven} die ondersteuning bij Leren en Werken goed zouden kunnen gebruiken?',
  ),
  longtext('afs_bedrijven_welke', 'Welke?', {
    relevant: whenYes('afs_kent_bedrijven'),
    hint: 'Noteer naam en plaats, en vraag of we mogen zeggen wie ons de tip gaf.',
    copyTo: { field: 'leads' },
  }),
  longtext('afs_vragen', 'Heeft u nog vragen of opmerkingen?'),
]);

/** Every section key of bijlage 4, in order; the "mogelijkheden" section differs per guide. */
export const BIJLAGE4_SECTION_KEYS = [
  'voorbereiding',
  'doel',
  'algemeen',
  'informatie',
  'leren_werken',
  'bpv',
  'stage',
  'kort',
  'evc',
  'ouderen',
  'laaggeletterdheid',
  'mogelijkheden',
  'ondersteuning',
  'afsluiting',
] as const;
