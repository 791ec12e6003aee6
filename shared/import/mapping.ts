import { compactKey } from '../text/normalize';

/** What a column of an import file can hold. Address parts are joined into `street`. */
export const IMPORT_FIELDS = [
  'name', 'kvk', 'vestigingsnummer', 'street', 'houseNumber', 'houseNumberAddition', 'postcode',
  'place', 'gemeente', 'employees', 'sbi', 'sector', 'website', 'legalForm', 'kind', 'status',
  'erkendLeerbedrijf', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Handelsnaam',
  kvk: 'KvK-nummer',
  vestigingsnummer: 'Vestigingsnummer',
  street: 'Straat of adres',
  houseNumber: 'Huisnummer',
  houseNumberAddition: 'Toevoeging huisnummer',
  postcode: 'Postcode',
  place: 'Plaats',
  gemeente: 'Gemeente',
  employees: 'Werkzame personen',
  sbi: 'SBI-code of hoofdactiviteit',
  sector: 'Sector of branche',
  website: 'Website',
  legalForm: 'Rechtsvorm',
  kind: 'MKB of zzp',
  status: 'Status',
  erkendLeerbedrijf: 'Erkend leerbedrijf',
  notes: 'Opmerkingen',
};

/** Column index → field; null leaves the column out. */
export type ColumnMapping = (ImportField | null)[];

// Headings of KvK extracts (Handelsregister, KvK Dataservice), of the Baanbrekend and LWL lists
// and of home-made lists, as compact keys. The first list item is the strongest.
const ALIASES: Record<ImportField, readonly string[]> = {
  name: ['handelsnaam', 'eerstehandelsnaam', 'bedrijfsnaam', 'naam', 'bedrijf', 'organisatie', 'organisatienaam', 'naamonderneming', 'vestigingsnaam', 'statutairenaam', 'onderneming', 'werkgever'],
  kvk: ['kvknummer', 'kvk', 'kvknr', 'dossiernummer', 'kvkdossiernummer', 'kamervankoophandelnummer', 'kvkinschrijvingsnummer', 'inschrijvingsnummer'],
  vestigingsnummer: ['vestigingsnummer', 'vestigingsnr', 'vestnr'],
  street: ['straat', 'straatnaam', 'adres', 'bezoekadres', 'vestigingsadres', 'straatenhuisnummer', 'adresvestiging', 'bezoekstraat'],
  houseNumber: ['huisnummer', 'huisnr', 'nr', 'nummer', 'bezoekhuisnummer'],
  houseNumberAddition: ['toevoeging', 'huisnummertoevoeging', 'huisletter', 'toev'],
  postcode: ['postcode', 'bezoekpostcode', 'postcodevestiging', 'vestigingspostcode', 'pc'],
  place: ['plaats', 'vestigingsplaats', 'woonplaats', 'plaatsnaam', 'stad', 'bezoekplaats', 'plaatsvestiging'],
  gemeente: ['gemeente', 'vestigingsgemeente', 'gemeentenaam'],
  employees: ['werkzamepersonen', 'aantalwerkzamepersonen', 'klassewerkzamepersonen', 'werkzamepersonentotaal', 'totaalwerkzamepersonen', 'aantalwerknemers', 'werknemers', 'aantalmedewerkers', 'medewerkers', 'personeel', 'omvang', 'grootteklasse', 'bedrijfsgrootte', 'wp', 'fte'],
  sbi: ['sbi', 'sbicode', 'hoofdactiviteit', 'sbihoofdactiviteit', 'hoofdactiviteitsbi', 'sbiomschrijving', 'activiteit', 'activiteiten', 'sbiactiviteit'],
  sector: ['sector', 'branche', 'bedrijfstak', 'sectoromschrijving', 'brancheomschrijving'],
  website: ['website', 'internetadres', 'webadres', 'url', 'www', 'homepage', 'site', 'internet'],
  legalForm: ['rechtsvorm', 'rechtsvormomschrijving', 'rechtsvormcode'],
  kind: ['mkbofzzp', 'soort', 'type', 'soortbedrijf', 'zzp', 'mkbzzp'],
  status: ['status', 'statusbenadering', 'benaderingsstatus'],
  erkendLeerbedrijf: ['erkendleerbedrijf', 'leerbedrijf', 'sbberkend', 'erkenning'],
  notes: ['opmerkingen', 'opmerking', 'notities', 'notitie', 'toelichting', 'bijzonderheden'],
};

// Columns that look like an address but are the postal address, not where the company is.
const POSTAL = /^(post|correspondentie|cor)/;

function scoreHeader(key: string, field: ImportField): number {
  if (key === '') return 0;
  const aliases = ALIASES[field];
  const exact = aliases.indexOf(key);
  if (exact >= 0) return 100 - exact;
  if (POSTAL.test(key) && key !== 'postcode') return 0;
  for (const [i, a] of aliases.entries()) {
    if (a.length >= 4 && key.includes(a)) return 50 - i - (key.length - a.length) / 100;
  }
  return 0;
}

/**
 * Suggests a field for each column. Each field goes to its best-scoring column only, so
 * "Postcode" wins over "Postcode correspondentieadres" and "Handelsnaam" over "Statutaire naam".
 */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const keys = headers.map((h) => compactKey(h));
  const mapping: ColumnMapping = headers.map(() => null);
  const candidates: { col: number; field: ImportField; score: number }[] = [];
  keys.forEach((key, col) => {
    for (const field of IMPORT_FIELDS) {
      const score = scoreHeader(key, field);
      if (score > 0) candidates.push({ col, field, score });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.col - b.col);
  const used = new Set<ImportField>();
  for (const c of candidates) {
    if (mapping[c.col] !== null || used.has(c.field)) continue;
    mapping[c.col] = c.field;
    used.add(c.field);
  }
  return mapping;
}

/** How many cells of a row look like known headings. */
export function headingScore(row: readonly string[]): number {
  let n = 0;
  for (const cell of row) {
    const key = compactKey(cell);
    if (key !== '' && IMPORT_FIELDS.some((f) => scoreHeader(key, f) >= 50)) n++;
  }
  return n;
}

/**
 * The header row (0-based): the first of the top rows with at least two known headings, so a
 * title and a date above the table are passed over; otherwise the first non-empty row.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[], maxScan = 30): number {
  const limit = Math.min(rows.length, maxScan);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < limit; i++) {
    const score = headingScore(rows[i]!);
    if (score >= 2 && score > bestScore) {
      best = i;
      bestScore = score;
      // A row that names most of its cells is the header; stop before data rows can compete.
      if (score >= 3) break;
    }
  }
  if (best >= 0) return best;
  const firstFilled = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  return Math.max(0, firstFilled);
}
