import type { CopyTo, ItemInput, SectionInput } from '../../domain/guide';
import {
  longtext,
  multi,
  section,
  single,
  whenAnswered,
  whenNo,
  whenYes,
  yesno,
  text,
} from './build';

/*
 * The four forms of Leren en Werken in bijlage 4 share one pattern: "Ervaring met …?", a Zo ja
 * branch (how long, specifics, internal arrangement, contacts, what goes well or better,
 * future) and a Zo nee branch (why not, deliberate, open to it?), then knelpunten and vragen.
 * One builder keeps the four sections, and both 001 guides, consistent.
 */

type FormSpec = {
  prefix: 'bpv' | 'stage' | 'kort' | 'evc';
  title: string;
  /** How the questions refer to the form mid-sentence. */
  noun: string;
  experience: string;
  experienceHint: string;
  /** Company activity fields this form fills (see the companyFields labels). */
  fields: string[];
  /** Ja-branch questions specific to the form, asked right after "how long". */
  specifics: ItemInput[];
  contactsHint: string;
};

const interest = { ja: 'interesse', misschien: 'interesse' };

function formSection(spec: FormSpec): SectionInput {
  const p = spec.prefix;
  const has = `${p}_ervaring`;
  // With a "which kind" question the ja-branch decides per field; otherwise "ja" does.
  const decidesPerKind = spec.specifics.some((i) => i.kind === 'multi' && i.copyTo !== undefined);
  const experienceMap: Record<string, string> = decidesPerKind
    ? { nee: 'niet' }
    : { ja: 'in-gebruik', nee: 'niet' };
  const experienceCopy: CopyTo[] = spec.fields.map((field) => ({ field, map: experienceMap }));
  const yes = { relevant: whenYes(has) };
  const no = { relevant: whenNo(has) };
  return section(p, spec.title, [
    yesno(has, spec.experience, {
      required: true,
      hint: spec.experienceHint,
      copyTo: experienceCopy,
    }),
    single(`${p}_ja_hoelang`, 'Hoe lang heeft u hier al ervaring mee?', {
      ...yes,
      choiceList: 'ervaringsduur',
    }),
    ...spec.specifics.map((item) => ({ ...item, relevant: whenYes(has) })),
    longtext(
      `${p}_ja_intern`,
      `Hoe regelt uw {bedrijf} ${spec.noun} intern? Is er iemand verantwoordelijk voor?`,
      yes,
    ),
    multi(
      `${p}_ja_contacten`,
      `Met welke partijen of personen heeft u contact over ${spec.noun}?`,
      {
        ...yes,
        choiceList: 'contactpartijen',
        other: true,
        hint: spec.contactsHint,
      },
    ),
    longtext(`${p}_ja_goed`, 'Wat zijn uw ervaringen: wat gaat goed?', yes),
    longtext(`${p}_ja_beter`, 'En wat kan beter?', yes),
    single(`${p}_ja_toekomst`, 'Wilt u hier in de toekomst mee doorgaan?', {
      ...yes,
      choiceList: 'openVoor',
    }),
    longtext(`${p}_ja_toekomst_waarom`, 'Waarom wel of niet?', {
      relevant: whenAnswered(`${p}_ja_toekomst`),
    }),
    longtext(`${p}_nee_waarom`, 'Waarom niet?', {
      ...no,
      hint: 'Denk aan: geen tijd of mensen voor begeleiding, te specialistisch werk, financieel risico, geen erkenning als leerbedrijf, of niet bekend met de mogelijkheden.',
    }),
    yesno(`${p}_nee_bewust`, 'Is dat een bewuste keuze?', no),
    single(`${p}_nee_open`, 'Staat u er wel voor open?', {
      ...no,
      choiceList: 'openVoor',
      copyTo: spec.fields.map((field) => ({ field, map: interest })),
    }),
    longtext(`${p}_nee_open_waarom`, 'Waarom wel of niet?', {
      relevant: whenAnswered(`${p}_nee_open`),
    }),
    longtext(`${p}_knelpunten`, `Welke knelpunten of vragen heeft u over ${spec.noun}?`, {
      inSummary: true,
    }),
  ]);
}

const ageAndDuration = (p: string, durationLabel: string) => [
  multi(`${p}_ja_leeftijd`, 'Hoe oud zijn de studenten meestal?', {
    choiceList: 'leeftijdStudenten',
  }),
  single(`${p}_ja_duur`, durationLabel, { choiceList: 'periodeduur' }),
];

/** Items added at the end of a form section. */
function atEnd(s: SectionInput, items: ItemInput[]): SectionInput {
  return { ...s, items: [...s.items, ...items] };
}

export const bpvSection = formSection({
  prefix: 'bpv',
  title: 'Beroepspraktijkvorming (bpv) in de BOL of BBL (mbo)',
  noun: 'de bpv',
  experience:
    'Heeft uw {bedrijf} ervaring met beroepspraktijkvorming (bpv) van mbo-studenten, in de BOL of de BBL?',
  experienceHint:
    'BOL: de student volgt vooral onderwijs en loopt stage (20 tot 60% praktijk). BBL: de student werkt minstens 60% van de tijd in het leerbedrijf en gaat daarnaast naar school. Beide leiden tot hetzelfde diploma.',
  fields: ['activities.bpvBol', 'activities.bpvBbl'],
  specifics: [
    multi('bpv_ja_soort', 'Om welke leerweg gaat het?', {
      choices: [
        { value: 'bol', label: 'BOL (beroepsopleidende leerweg)' },
        { value: 'bbl', label: 'BBL (beroepsbegeleidende leerweg)' },
      ],
      copyTo: [
        { field: 'activities.bpvBol', ifIncludes: 'bol', map: { ja: 'in-gebruik' } },
        { field: 'activities.bpvBbl', ifIncludes: 'bbl', map: { ja: 'in-gebruik' } },
      ],
    }),
    longtext('bpv_ja_studenten', 'Wat voor studenten zijn het (achtergrond, motivatie)?'),
    ...ageAndDuration('bpv', 'Hoe lang duurt een bpv-periode meestal?'),
    multi('bpv_ja_niveaus', 'Van welk mbo-niveau zijn de opleidingen?', {
      choiceList: 'mboNiveaus',
    }),
    text('bpv_ja_opleidingen', 'Van welke opleidingen (richting)?'),
  ],
  contactsHint: 'Bijvoorbeeld de school, SBB, de studenten zelf of Baanbrekend Drechtsteden.',
});


const stageBase = formSection({
  prefix: 'stage',
  title: 'Stages van hbo- en universitaire opleidingen',
  noun: 'stages',
  experience: 'Heeft uw {bedrijf} ervaring met stagiairs van een hogeschool of universiteit?',
  experienceHint:
    'Een meewerk-, onderzoeks- of afstudeerstage; meestal tussen twee en twaalf maanden.',
  fields: ['activities.stageHbo', 'activities.stageWo'],
  specifics: [
    multi('stage_ja_instelling', 'Van welk type opleiding komen de stagiairs?', {
      choices: [
        { value: 'hbo', label: 'Hbo (hogeschool)' },
        { value: 'wo', label: 'Wo (universiteit)' },
      ],
      copyTo: [
        { field: 'activities.stageHbo', ifIncludes: 'hbo', map: { ja: 'in-gebruik' } },
        { field: 'activities.stageWo', ifIncludes: 'wo', map: { ja: 'in-gebruik' } },
      ],
    }),
    multi('stage_ja_soort', 'Wat voor stages zijn het?', {
      choices: [
        { value: 'meewerk', label: 'Meewerk- of oriëntatiestage' },
        { value: 'onderzoek', label: 'Onderzoeksstage' },
        { value: 'afstuderen', label: 'Afstudeerstage' },
      ],
      other: true,
    }),
    longtext('stage_ja_studenten', 'Wat voor studenten zijn het (achtergrond, motivatie)?'),
    ...ageAndDuration('stage', 'Hoe lang duurt een stage meestal?'),
    text('stage_ja_opleidingen', 'Van welke opleidingen (niveau en richting)?'),
  ],
  contactsHint:
    'Bijvoorbeeld de hogeschool of universiteit, de studenten zelf of Baanbrekend Drechtsteden.',
});

/** The Mkb-route (duaal hbo, student in dienst): asked of every company, as 003 recommends. */
export const stageSection = atEnd(stageBase, [
  single(
    'stage_mkbroute',
    'Heeft u een student in dienst die een duale hbo-opleiding volgt, zoals de Mkb-route of een Associate degree?',
    {
      choices: [
        { value: 'ja', label: 'Ja' },
        { value: 'interesse', label: 'Nee, maar we hebben er interesse in' },
        { value: 'nee', label: 'Nee' },
      ],
      hint: 'Bij de Mkb-route werkt de student bij het bedrijf in dienst en studeert tegelijk aan de hogeschool, met een overeenkomst tussen student, hogeschool en bedrijf.',
      copyTo: {
        field: 'activities.mkbRoute',
        map: { ja: 'in-gebruik', interesse: 'interesse', nee: 'niet' },
      },
    },
  ),
]);

export const kortSection = formSection({
  prefix: 'kort',
  title: 'Korte opleidingstrajecten met baangarantie',
  noun: 'deze trajecten',
  experience:
    'Heeft uw {bedrijf} ervaring met korte opleidingstrajecten met baangarantie: een korte opleiding voor werkzoekenden, met vooraf de afspraak dat zij daarna bij u aan het werk kunnen?',
  experienceHint: 'Bijvoorbeeld een cursus van enkele weken voor een functie op instapniveau.',
  fields: ['activities.kortTraject'],
  specifics: [
    longtext('kort_ja_functies', 'Voor welke functie(s)?'),
    multi('kort_ja_doelgroepen', 'Voor welke doelgroep(en)?', {
      choiceList: 'doelgroepen',
      other: true,
      hint: 'Bijvoorbeeld werkzoekenden via UWV of de Sociale Dienst, jongeren of ouderen, statushouders.',
    }),
    text('kort_ja_duur', 'Hoe lang duurt zo’n traject?'),
    multi('kort_ja_instanties', 'Via welke instantie(s) liep het?', {
      choiceList: 'instanties',
      other: true,
    }),
  ],
  contactsHint: 'Bijvoorbeeld Baanbrekend Drechtsteden, SBB of het ROC.',
});

export const evcSection = formSection({
  prefix: 'evc',
  title: 'EVC (ervaringscertificaat)',
  noun: 'EVC',
  experience:
    'Heeft uw {bedrijf} ervaring met EVC: het laten vastleggen en erkennen van wat medewerkers eerder of elders al hebben geleerd?',
  experienceHint:
    'Met een ervaringscertificaat kan iemand vrijstellingen, een certificaat of een diploma halen, ook voor wat in vrijwilligerswerk of privé is geleerd.',
  fields: ['activities.evc'],
  specifics: [
    longtext('evc_ja_functies', 'Voor welke functie(s)?'),
    multi('evc_ja_doelgroepen', 'Voor welke doelgroep(en)?', {
      choiceList: 'doelgroepen',
      other: true,
    }),
    text('evc_ja_duur', 'Hoe lang duurt een EVC-traject?'),
  ],
  contactsHint: 'Bijvoorbeeld SBB, het ROC of een EVC-aanbieder.',
});

export const FORM_SECTIONS = [bpvSection, stageSection, kortSection, evcSection];
