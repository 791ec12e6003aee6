/** Texts of the reach screen (`/afstemming/bereik`): summary, matrix, charts. */
export const reachScreen = {
  description:
    'Welke kleine bedrijven en zzp-ers bereiken we, en welke niet? Blinde vlekken zijn gemarkeerd; klik op een getal voor de bedrijven erachter.',
  loading: 'Gegevens laden…',
  smallMkb: 'Klein MKB (1–25 werknemers) bereikt',
  of: (n: string) => ` van ${n}`,
  inPortfolio: 'In de portefeuille',
  withoutSize: 'Zonder grootteklasse',
  withoutSizeList: 'Bedrijven zonder grootteklasse',
  show: 'Bekijk ze',
  rows: 'Rijen',
  perSector: 'Per sector',
  perGemeente: 'Per gemeente',
  showEmpty: 'Toon ook lege rijen',
  dimension: { sector: 'sector', gemeente: 'gemeente' },
  dimensionTitle: { sector: 'Sector', gemeente: 'Gemeente' },
  matrixTitle: (dimension: string) => `Bereik per ${dimension} en grootteklasse`,
  legendStart: 'Per cel:',
  legendReached: 'bereikt',
  legendRest:
    'van in portefeuille (– = geen bedrijven); daaronder de referentie en het bereik als percentage, waar de bron een aantal geeft.',
  legendLowest: '= de laagste 20% van de cellen met referentie.',
  sources: (labels: string) => `Bron van de referentie: ${labels}`,
  table: {
    caption: (dimension: string) =>
      `Bereik per ${dimension} en grootteklasse: bereikt van in portefeuille, met referentie`,
    withoutSize: 'Zonder grootte',
    total: 'Totaal',
    rowWithoutSize: (row: string) => `${row}, zonder grootteklasse`,
    columnTotal: (size: string, includes: string | null) =>
      `Totaal ${size}${includes ? ` (${includes}, zoals tabel 1)` : ''}`,
    totalWithoutSize: 'Totaal zonder grootteklasse',
    all: 'Alle bedrijven',
  },
  charts: {
    unknown: 'Onbekend',
    byRow: (dimension: string) => `Bedrijven per ${dimension}: in portefeuille en bereikt`,
    byRowNote: ' (de cijfers staan ook in de tabel)',
    none: 'Nog geen bedrijven.',
    bySize: 'Bedrijven per grootteklasse: in portefeuille en bereikt',
    bySizeNote: ' (het bereik in % van de referentie staat in de tabel)',
    portfolio: 'In portefeuille',
    reached: 'Bereikt in de periode',
  },
} as const;
