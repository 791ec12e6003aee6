import { formatCount, formatInt, formatPercent, formatTime } from '../format';

/**
 * Texts of the meeting's autosave, the blind-spot list, the reach trend and the reach matrix
 * (issues 17 and 18). Kept apart from `alignmentScreens.ts` so parallel work does not collide.
 */
export const alignmentReach = {
  save: {
    idle: 'Wijzigingen worden vanzelf opgeslagen.',
    pending: 'Wijzigingen worden opgeslagen…',
    saving: 'Opslaan…',
    saved: (at: number) => `Alles opgeslagen (${formatTime(new Date(at))}).`,
    error: (message: string) => `Niet opgeslagen: ${message}. Uw invoer staat nog op het scherm; probeer het opnieuw.`,
    retry: 'Opnieuw opslaan',
    restored: 'Invoer die bij het sluiten nog niet was opgeslagen, is teruggezet en opgeslagen.',
  },
  meeting: {
    detailsTitle: 'Gegevens van het overleg',
    dateInvalid: 'Typ een datum als dd-mm-jjjj, bijvoorbeeld 4-12-2026.',
    datePlaceholder: 'dd-mm-jjjj',
    periodFrom: 'Besproken periode: van',
    periodTo: 'tot en met',
    dangerTitle: 'Overleg verwijderen',
    dangerHelp: 'Verwijdert dit overleg met de afspraken; open acties uit de afspraken vervallen.',
    deleteConfirmTitle: 'Dit overleg verwijderen?',
    openThisWeek: (date: string) => `Overleg van ${date} openen`,
    thisWeekMeeting: (date: string) => `Voor deze periode is al een overleg vastgelegd (${date}).`,
    agreementDraft: 'Er is een afspraak in bewerking die nog niet is opgeslagen.',
    agreementDraftContinue: 'Verder met die afspraak',
    agreementDraftDiscard: 'Weggooien',
    takeProposal: 'Als afspraak vastleggen',
  },
  blindSpots: {
    title: 'Waar zitten we nog niet?',
    help: 'Cellen waar de portefeuille bedrijven heeft maar het bereik nul is of ver onder het gemiddelde van de rij, en cellen met een laag bereik ten opzichte van de referentie. Het grootste gat staat bovenaan.',
    empty: 'Geen blinde vlekken in deze periode: overal waar bedrijven in de portefeuille staan, is contact geweest.',
    caption: 'Blinde vlekken, grootste gat eerst',
    colWhere: 'Waar',
    colReached: 'Bereikt',
    colGap: 'Nog niet bereikt',
    colWhy: 'Waarom gemarkeerd',
    colActions: 'Acties',
    zero: 'niemand bereikt',
    belowRow: (rowAverage: number) => `ver onder het rijgemiddelde (${formatPercent(rowAverage)})`,
    belowReference: 'laag bereik t.o.v. de referentie',
    showCompanies: 'Bedrijven',
    showCompaniesLabel: (where: string) => `Bedrijven in ${where} tonen`,
    agree: 'Afspraak maken',
    agreeLabel: (where: string) => `Afspraak maken over ${where}`,
    agreementText: (where: string, gap: number) =>
      `Blinde vlek ${where}: ${formatCount(gap, 'bedrijf', 'bedrijven')} nog niet bereikt. Wie benadert ze?`,
    reached: (reached: number, portfolio: number) => `${formatInt(reached)} van ${formatInt(portfolio)}`,
  },
  marks: {
    zero: 'Niet bereikt',
    belowRow: 'Onder rijgemiddelde',
    belowReference: 'Laag bereik',
    legend:
      '▼ markeert een blinde vlek: bedrijven in de portefeuille maar niemand bereikt, ver onder het gemiddelde van de rij, of laag ten opzichte van de referentie.',
  },
  period: {
    stated: (period: string) => `Periode: ${period}`,
    label: 'Periode',
    yearToDate: 'Dit jaar tot vandaag',
    thisWeek: 'Deze week',
    custom: 'Eigen periode',
    from: 'Van',
    to: 'Tot en met',
    apply: 'Toepassen',
    invalid: 'Het einde ligt vóór het begin.',
    reachedMeans: 'Bereikt = minstens één gedeeld contactmoment in deze periode.',
  },
  reference: {
    label: 'Referentie:',
    age: (year: number, now: number) => `cijfers uit ${year}, ${formatInt(now - year)} jaar oud`,
    stale: 'De referentie is oud: het aantal bedrijven nu kan flink afwijken. Importeer een recente KvK-lijst als referentie voor een actueel beeld.',
  },
  trend: {
    title: 'Bereik per week, tegen het tempo van de doelen',
    help: 'Aantal bereikte kleine MKB-bedrijven en zzp-ers sinds 1 januari, opgeteld per week. De stippellijn is het tempo dat nodig is om het doel op tijd te halen.',
    smallMkb: 'Klein MKB bereikt (opgeteld)',
    zzp: 'Zzp-ers bereikt (opgeteld)',
    pace: (target: string) => `Tempo doel: ${target}`,
    week: (n: number) => `week ${n}`,
    tableCaption: 'Bereik per week (tabel)',
    colWeek: 'Week',
    noTargets: 'Er is nog geen doel voor klein MKB of zzp-ers; voeg er een toe onder Doelen om het tempo te zien.',
  },
  matrix: {
    cellLabel: (reached: number, portfolio: number) => `${formatInt(reached)} van ${formatInt(portfolio)}`,
    of: 'van',
    showCompanies: 'Toon de bedrijven.',
  },
} as const;
