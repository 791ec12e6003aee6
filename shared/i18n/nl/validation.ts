/** Messages of form and schema validation that several features share. */
export const validation = {
  maxChars: (n: number) => `Gebruik hoogstens ${n} tekens.`,
  nameRequired: 'Vul een naam in.',
  wholeNumberOrEmpty: 'Vul een heel getal in, of laat leeg.',
  isoDateExample: 'Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2025-01-31.',
  isoDate: 'Schrijf de datum als jjjj-mm-dd.',
  webAddress: 'Geef een webadres dat begint met http of https.',
  endBeforeStart: 'De einddatum ligt voor de begindatum.',
  minAboveMax: 'Het minimum is groter dan het maximum.',
  chooseKind: 'Kies een soort.',
  chooseStatus: 'Kies een status.',
  chooseCompany: 'Kies een bedrijf.',
  nameSource: 'Noem de bron.',
} as const;
