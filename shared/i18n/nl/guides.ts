import { formatInt } from '../format';

/** Labels of the company fields that copyTo mappings write to (widened: looked up by path). */
const companyFields: Record<string, string> = {
  employees: 'Aantal medewerkers',
  sector: 'Sector',
  gemeente: 'Vestigingsplaats',
  networks: 'Netwerken en verenigingen',
  needs: 'Ondersteuningsbehoefte',
  leads: 'Tips: andere bedrijven',
  erkendLeerbedrijf: 'Erkend leerbedrijf',
  'activities.bpvBol': 'Bpv (BOL)',
  'activities.bpvBbl': 'Bpv (BBL)',
  'activities.stageHbo': 'Stage hbo',
  'activities.stageWo': 'Stage wo',
  'activities.kortTraject': 'Korte opleidingstrajecten met baangarantie',
  'activities.evc': 'EVC',
  'activities.zijInstroom': 'Zij-instroom',
  'activities.llo': 'Scholing eigen personeel (LLO)',
  'activities.mkbRoute': 'Mkb-route (hbo-duaal)',
  reasonsNot: 'Waarom (nog) niet',
};

const activityValues: Record<string, string> = {
  'in-gebruik': 'in gebruik',
  interesse: 'interesse',
  niet: 'niet',
};

/** Texts of the interview guides: engine messages, editor checks, summary and export headers. */
export const guides = {
  yes: 'Ja',
  no: 'Nee',
  other: 'Anders, namelijk',
  otherShort: 'anders',
  branchYes: 'Zo ja →',
  branchNo: 'Zo nee →',
  branchOther: 'Vervolg →',
  audiences: {
    'mkb-actief': 'MKB, al actief met Leren en Werken',
    'mkb-niet-bereikt': 'MKB, nog niet bereikt of nog niet actief',
    zzp: 'Zzp-ers',
    llo: 'Leven lang ontwikkelen en zij-instroom',
    algemeen: 'Algemeen',
  },
  statuses: {
    concept: 'Concept',
    gepubliceerd: 'Gepubliceerd',
    ingetrokken: 'Ingetrokken',
  },
  validation: {
    required: 'Deze vraag moet nog beantwoord worden.',
    otherMissing: 'U koos "anders": vul in wat u bedoelt.',
    notNumber: 'Vul een getal in.',
    notInteger: 'Vul een heel getal in.',
    min: (min: number) => `Vul een waarde van minstens ${formatInt(min)} in.`,
    max: (max: number) => `Vul een waarde van hoogstens ${formatInt(max)} in.`,
    minLength: (n: number) => `Gebruik minstens ${formatInt(n)} tekens.`,
    maxLength: (n: number) => `Gebruik hoogstens ${formatInt(n)} tekens.`,
    pattern: 'Dit antwoord heeft niet de verwachte vorm.',
    minSelected: (n: number) =>
      `Kies minstens ${formatInt(n)} ${n === 1 ? 'antwoord' : 'antwoorden'}.`,
    maxSelected: (n: number) =>
      `Kies hoogstens ${formatInt(n)} ${n === 1 ? 'antwoord' : 'antwoorden'}.`,
    invalidDate: 'Vul een geldige datum in.',
    invalidChoice: 'Kies een van de mogelijke antwoorden.',
    invalidYesNo: 'Kies ja of nee.',
    scaleRange: (min: number, max: number) =>
      `Kies een waarde van ${formatInt(min)} tot en met ${formatInt(max)}.`,
  },
  definition: {
    noSections: 'Een gesprekshandleiding heeft minstens één sectie nodig.',
    emptySection: (title: string) => `De sectie "${title}" heeft nog geen vragen of teksten.`,
    noTitle: 'Geef de gesprekshandleiding een titel.',
    badKey: (key: string) =>
      `De sleutel "${key}" mag alleen kleine letters, cijfers en liggende streepjes bevatten en moet met een letter beginnen.`,
    duplicateKey: (key: string) =>
      `De sleutel "${key}" komt meer dan eens voor; elke sleutel moet uniek zijn.`,
    duplicateSectionKey: (key: string) => `De sectiesleutel "${key}" komt meer dan eens voor.`,
    unknownRef: (key: string, ref: string) =>
      `"${key}" hangt af van "${ref}", maar die vraag bestaat niet.`,
    laterRef: (key: string, ref: string) =>
      `"${key}" hangt af van "${ref}", maar die vraag komt pas later; een voorwaarde mag alleen naar eerdere vragen verwijzen.`,
    refNotQuestion: (key: string, ref: string) =>
      `"${key}" hangt af van "${ref}", maar dat is geen vraag.`,
    badCompare: (key: string, ref: string, value: string) =>
      `"${key}" vergelijkt "${ref}" met "${value}", maar dat is geen mogelijk antwoord op die vraag.`,
    includesNotMulti: (key: string, ref: string) =>
      `"${key}" gebruikt "bevat" op "${ref}", maar dat kan alleen bij een vraag met meerdere antwoorden.`,
    unknownChoiceList: (key: string, list: string) =>
      `"${key}" gebruikt de keuzelijst "${list}", maar die bestaat niet.`,
    noChoices: (key: string) => `"${key}" heeft nog geen antwoordmogelijkheden.`,
    duplicateChoice: (key: string, value: string) =>
      `"${key}" heeft het antwoord "${value}" meer dan eens.`,
    otherValueTaken: (key: string) =>
      `"${key}" heeft een eigen antwoord "anders" en ook "anders, namelijk" aan; kies één van beide.`,
    badRange: (key: string) => `Bij "${key}" is het minimum groter dan het maximum.`,
    unknownIndent: (key: string, ref: string) =>
      `"${key}" springt in onder "${ref}", maar dat is geen eerder onderdeel.`,
    badPattern: (key: string) => `Het patroon bij "${key}" is geen geldige reguliere expressie.`,
  },
  versioning: {
    locked:
      'Deze versie is al gebruikt of gepubliceerd en kan niet meer worden gewijzigd. Maak een nieuwe versie.',
    notConcept: 'Alleen een conceptversie kan worden gepubliceerd.',
  },
  summary: {
    header: (title: string, version: number, date: string) =>
      `Gesprek met de gesprekshandleiding "${title}" (versie ${version}, ${date}).`,
    finished: (date: string) => `Afgerond op ${date}.`,
    draft: 'Het gesprek is nog niet afgerond.',
    inUse: 'Doet al aan',
    interest: 'Staat open voor',
    notInUse: 'Doet (nog) niet aan',
    pastExperience: 'Heeft eerder ervaring met, maar doet er nu niets mee',
    facts: 'Feiten',
    answers: 'Uit het gesprek',
    answered: (n: number, total: number) =>
      `${formatInt(n)} van ${formatInt(total)} vragen beantwoord.`,
  },
  exportColumns: {
    company: 'Bedrijf',
    date: 'Datum',
    advisor: 'Adviseur',
    organisation: 'Organisatie',
    version: 'Versie',
    status: 'Status',
  },
  interviewStatuses: {
    concept: 'Concept',
    afgerond: 'Afgerond',
  },
  companyFields,
  activityValues,
  /**
   * Words behind the {aanspreekvorm}-style placeholders. Huisartsen and other first-line
   * practices do not see themselves as "MKB" or "werkgever" (report, rec. 1b), zzp-ers have
   * no staff, so the same guide speaks to each in its own terms.
   */
  wording: {
    default: {
      aanspreekvorm: 'werkgever',
      aanspreekvormen: 'werkgevers',
      bedrijf: 'bedrijf',
      bedrijven: 'bedrijven',
    },
    zzp: {
      aanspreekvorm: 'ondernemer',
      aanspreekvormen: 'ondernemers',
      bedrijf: 'onderneming',
      bedrijven: 'ondernemingen',
    },
    eerstelijnszorg: {
      aanspreekvorm: 'praktijkhouder',
      aanspreekvormen: 'praktijkhouders',
      bedrijf: 'praktijk',
      bedrijven: 'praktijken',
    },
  },
} as const;
