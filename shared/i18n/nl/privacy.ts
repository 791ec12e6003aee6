import { formatInt } from '../format';

/** Dutch texts of the AVG screens: find, export and erase a person; the retention period. */
export const privacyText = {
  /** What an erased person's name becomes in texts and answers. */
  redacted: '[naam verwijderd]',
  persons: {
    title: 'Personen (AVG)',
    description:
      'Zoek een contactpersoon om alle gegevens over die persoon te vinden en te exporteren voor een inzageverzoek, of om de persoon te wissen.',
    search: 'Contactpersoon zoeken',
    name: 'Naam',
    nameHelp: 'Minstens twee letters.',
    noHits: 'Geen contactpersoon gevonden met deze naam.',
    found: 'Gevonden gegevens',
    noneChosen: 'Nog geen persoon gekozen',
    chooseLeft: 'Kies links een contactpersoon.',
    at: 'bij',
    unknownCompany: 'onbekend bedrijf',
    logs: (n: number) => `${formatInt(n)} contactmomenten`,
    interviews: (n: number) => `${formatInt(n)} gesprekken`,
    followUps: (n: number) => `${formatInt(n)} vervolgacties`,
    exportJson: 'Exporteren (JSON)',
    exportHtml: 'Exporteren (leesbaar)',
    erase: 'Persoon wissen…',
    eraseTitle: 'Persoon wissen',
    eraseBefore: 'De contactpersoon',
    eraseAfter:
      'wordt gewist en de naam wordt onleesbaar gemaakt in contactmomenten, gesprekken en vervolgacties, ook in de back-ups op deze laptop. Dit wordt ook naar partners gesynchroniseerd en kan niet ongedaan worden gemaakt.',
    eraseConfirm: 'Definitief wissen',
    erased: (n: number, backups: number) =>
      `De persoon is gewist; de naam is in ${formatInt(n)} registraties onleesbaar gemaakt${
        backups > 0 ? ` en uit ${backups === 1 ? '1 back-up' : `${formatInt(backups)} back-ups`} verwijderd` : ''
      }.`,
    backupsFailed: (names: string) =>
      `In deze back-ups lukte het niet, daar staat de naam nog in: ${names}. Verwijder die bestanden zelf uit de map met back-ups.`,
  },
  retention: {
    title: 'Bewaartermijn',
    olderThan: 'Registraties ouder dan',
    years: (y: string) => `${y} jaar`,
    none: (years: string) => `Er zijn geen contactmomenten of gesprekken ouder dan ${years} jaar.`,
    choose: 'Kiezen',
    date: 'Datum',
    company: 'Bedrijf',
    description: 'Omschrijving',
    chooseRow: (company: string, date: string) => `${company} ${date} kiezen`,
    remove: (n: number) => `${formatInt(n)} gekozen registraties verwijderen`,
    /** An interview in the list, which has no summary of its own. */
    interview: 'Gesprek',
  },
  dossier: {
    kind: 'Veldwerk inzageverzoek',
    none: 'Geen.',
    title: (name: string) => `Inzage ${name}`,
    heading: (name: string) => `Gegevens over ${name}`,
    madeBy: (when: string) =>
      `Opgesteld door Veldwerk op ${when} naar aanleiding van een inzageverzoek.`,
    person: 'Contactpersoon',
    fields: {
      name: 'Naam',
      function: 'Functie',
      phone: 'Telefoon',
      email: 'E-mail',
      notes: 'Notities',
      company: 'Bedrijf',
    },
    logs: 'Contactmomenten',
    interviews: 'Gesprekken',
    followUps: 'Vervolgacties',
    logFields: {
      at: 'Datum',
      advisorName: 'Adviseur',
      channel: 'Kanaal',
      summary: 'Samenvatting',
      outcome: 'Afspraken',
    },
    interviewFields: {
      startedAt: 'Gestart',
      advisorName: 'Adviseur',
      respondentName: 'Respondent',
      answers: 'Antwoorden',
    },
    followUpFields: { title: 'Titel', due: 'Datum', notes: 'Notities' },
  },
} as const;
