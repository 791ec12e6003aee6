import { formatInt } from '../format';

/** Texts of the targets screen of afstemming (`/afstemming/doelen`): cards, dialog, list. */
export const targetsText = {
  title: 'Doelen',
  description:
    'SMART-doelen van het LeerWerkLoket en Baanbrekend, samen of per organisatie: hoeveel kleine bedrijven en zzp-ers bereikt, hoeveel gesprekken gevoerd. Alleen gedeelde contactmomenten tellen mee, zodat iedereen dezelfde cijfers ziet.',
  add: '+ Doel toevoegen',
  loading: 'Doelen laden…',
  none: 'Nog geen doelen',
  noneBody:
    'Spreek in het overleg samen af hoeveel kleine bedrijven en zzp-ers u dit kwartaal wilt bereiken, en leg het hier vast.',
  groups: { samen: 'Samen', partner: 'Andere partners' },
  saved: (title: string) => `Doel "${title}" opgeslagen.`,
  removed: (title: string) => `Doel "${title}" verwijderd.`,
  removeTitle: 'Doel verwijderen',
  remove: 'Verwijderen',
  removeBody: (title: string) =>
    `Het doel "${title}" verdwijnt, ook bij de partners na synchronisatie. De contactmomenten blijven.`,
  card: {
    value: (value: string, target: string, percent: string) =>
      `${value} van ${target} (${percent})`,
    reached: 'Gehaald',
    expected: (n: string) => ` · verwacht bij gelijkmatig tempo: ${n}`,
    showOne: (interviews: boolean) => `Bekijk het bedrijf${interviews ? ' met een gesprek' : ''}`,
    showMany: (n: number, interviews: boolean) =>
      `Bekijk de ${formatInt(n)} ${interviews ? 'bedrijven met een gesprek' : 'bedrijven'}`,
    edit: 'Bewerken',
    editOf: (title: string) => `Bewerken: ${title}`,
    remove: 'Verwijderen',
    removeOf: (title: string) => `Verwijderen: ${title}`,
  },
  dialog: {
    edit: 'Doel bewerken',
    add: 'Doel toevoegen',
    name: 'Naam van het doel',
    nameHelp: 'Bijvoorbeeld: Samen 40 kleine MKB-bedrijven bereiken in het eerste kwartaal.',
    owner: 'Van wie is het doel?',
    together: 'Samen (LWL en Baanbrekend)',
    advisor: 'Adviseur (optioneel)',
    wholeOrganisation: 'Hele organisatie',
    metric: 'Wat telt mee?',
    sector: 'Sector',
    gemeente: 'Gemeente',
    from: 'Van',
    to: 'Tot en met',
    count: 'Aantal',
    notes: 'Toelichting (optioneel)',
    cancel: 'Annuleren',
    save: 'Doel opslaan',
  },
} as const;
