import { formatInt } from '../format';

/** Smaller texts of the afstemming screens: sections, the company list, the reference picker, the export. */
export const overviewText = {
  nothingYet: 'Nog niets om af te stemmen',
  actions: 'Acties',
  contactsAt: (company: string) => `Contactmomenten bij ${company}`,
  ownedByBoth: 'Eigenaar bij beide organisaties',
  unknownAdvisor: 'Onbekende adviseur',
  freshness: 'Actualiteit per partnerapparaat',
  leads: 'Tips uit gesprekken',
  report: 'Verslag',
  sizeUnknown: 'grootteklasse onbekend',
  labels: {
    sectorUnknown: 'Sector onbekend',
    gemeenteUnknown: 'Gemeente onbekend',
    unknown: 'Onbekend',
  },
  list: {
    count: (n: number) => `${formatInt(n)} ${n === 1 ? 'bedrijf' : 'bedrijven'}`,
    reached: (n: number) => `, waarvan ${formatInt(n)} bereikt in de periode`,
    company: 'Bedrijf',
    gemeente: 'Gemeente',
    sector: 'Sector',
    yes: 'ja',
    no: 'nee',
    more: (n: number) =>
      `De eerste ${formatInt(n)} staan hier; gebruik de portefeuille voor de rest.`,
    close: 'Sluiten',
  },
  reference: {
    none: 'Er is nog geen lijst geïmporteerd. Importeert u een KvK-lijst van de regio, dan kunt u die hier als referentie kiezen; tot dan rekent Veldwerk met de cijfers uit het rapport van 2017.',
    lists: 'Geïmporteerde lijsten die als referentie tellen',
    listsHelp:
      'Zonder keuze gebruikt Veldwerk de cijfers uit het rapport van 2017. Deze keuze geldt alleen op deze computer.',
    list: (file: string, date: string, created: number) =>
      `${file} (${date}, ${formatInt(created)} nieuwe bedrijven)`,
  },
  export: {
    file: (from: string, to: string) => `Afstemmingsoverleg ${from} tot ${to}.xlsx`,
    ownedByBoth: '2b Eigenaar bij beide',
    openActions: '3 Open acties',
    late: 'Te laat',
    news: '4 Nieuw',
    what: 'Wat',
    withoutSize: '4b Zonder grootteklasse',
    leads: '5 Tips uit gesprekken',
    yes: 'ja',
    no: 'nee',
  },
} as const;
