import { compactKey } from '../text/normalize';
import type { EmployeesBasis } from '../rules/sizeClass';
import { importing } from '../i18n/nl/import';

/** What a column of an import file can hold. Address parts are joined into `street`. */
export const IMPORT_FIELDS = [
  'name', 'kvk', 'vestigingsnummer', 'street', 'houseNumber', 'houseNumberAddition', 'postcode',
  'place', 'gemeente', 'employees', 'sbi', 'sector', 'website', 'legalForm', 'kind', 'status',
  'erkendLeerbedrijf', 'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = importing.fields;

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
  employees: ['werkzamepersonen', 'aantalwerkzamepersonen', 'klassewerkzamepersonen', 'werkzamepersonentotaal', 'totaalwerkzamepersonen', 'aantalwerknemers', 'werknemers', 'aantalmedewerkers', 'medewerkers', 'personeel', 'omvang', 'grootteklasse', 'bedrijfsgrootte', 'wp', 'fte', 'inloondienst', 'aantalinloondienst', 'medewerkersinloondienst', 'werknemersinloondienst', 'personeelinloondienst'],
  sbi: ['sbi', 'sbicode', 'hoofdactiviteit', 'sbihoofdactiviteit', 'hoofdactiviteitsbi', 'sbiomschrijving', 'activiteit', 'activiteiten', 'sbiactiviteit'],
  sector: ['sector', 'branche', 'bedrijfstak', 'sectoromschrijving', 'brancheomschrijving'],
  website: ['website', 'internetadres', 'webadres', 'url', 'www', 'homepage', 'site', 'internet'],
  legalForm: ['rechtsvorm', 'rechtsvormomschrijving', 'rechtsvormcode'],
  kind: ['mkbofzzp', 'soort', 'type', 'soortbedrijf', 'zzp', 'mkbzzp'],
  status: ['status', 'statusbenadering', 'benaderingsstatus'],
  erkendLeerbedrijf: ['erkendleerbedrijf', 'leerbedrijf', 'sbberkend', 'erkenning'],
  notes: ['opmerkingen', 'opmerking', 'notities', 'notitie', 'toelichting', 'bijzonderheden'],
};

const BASIS_OF_HEADING = new Map<string, EmployeesBasis>();
/**
 * What the employee figure of a column counts, read from its heading (issue 15): KvK's
 * "(aantal) werkzame personen" include the owner, "in loondienst" does not; "werknemers",
 * "medewerkers", "fte" and the like do not say, so 'onbekend'.
 */
export function employeesBasisOfHeading(heading: string): EmployeesBasis {
  let basis = BASIS_OF_HEADING.get(heading);
  if (basis === undefined) {
    const k = compactKey(heading);
    basis = k.includes('loondienst')
      ? 'in-loondienst'
      : k.includes('werkzamepersonen') || k.includes('werkzamepersoon') || /^(aantal|klasse)?wp$/.test(k)
        ? 'werkzame-personen'
        : 'onbekend';
    if (BASIS_OF_HEADING.size < 1000) BASIS_OF_HEADING.set(heading, basis);
  }
  return basis;
}

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
 * `continued[col]` marks the right-hand part of a merged heading: it takes the field of the
 * column on its left, except that an address merged over two or three columns maps to street,
 * house number and addition.
 */
export function suggestMapping(headers: readonly string[], continued?: readonly boolean[]): ColumnMapping {
  const keys = headers.map((h, col) => (continued?.[col] ? '' : compactKey(h)));
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
  if (continued) {
    for (let col = 1; col < headers.length; col++) {
      if (!continued[col] || mapping[col] !== null) continue;
      const left = mapping[col - 1];
      if (!left) continue;
      const next: ImportField | null =
        left === 'street' ? 'houseNumber' : left === 'houseNumber' ? 'houseNumberAddition' : left === 'houseNumberAddition' ? null : left;
      if (next && (next === left || !used.has(next))) {
        mapping[col] = next;
        used.add(next);
      }
    }
  }
  return mapping;
}

/** The field a cell names, if it is one of the known headings exactly ("KvK-nummer", "Plaats"). */
export function exactHeading(cell: string): ImportField | null {
  return EXACT.get(compactKey(cell)) ?? null;
}
/**
 * A cheap first test for `exactHeading`, fit to run on every row of a 100,000-row file: ASCII
 * letters and digits only, lower-cased, without Unicode normalisation. It never misses a
 * heading (the aliases are plain ASCII); `exactHeading` decides.
 */
export function mightBeHeading(cell: string): boolean {
  if (cell.length > 40) return false;
  let key = '';
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 65 && c <= 90) key += String.fromCharCode(c + 32);
    else if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) key += cell[i];
    else if (c > 127) return EXACT.has(compactKey(cell));
  }
  return EXACT.has(key);
}
const EXACT = new Map<string, ImportField>(
  IMPORT_FIELDS.flatMap((f) => ALIASES[f].filter((a) => a.length >= 4).map((a) => [a, f] as [string, ImportField])).reverse(),
);

/**
 * How many different fields the cells of a row name. A group heading merged over several
 * columns, or repeated in each of them, counts once.
 */
export function headingScore(row: readonly string[]): number {
  const fields = new Set<ImportField>();
  const seen = new Set<string>();
  for (const cell of row) {
    const key = compactKey(cell);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    let best: ImportField | null = null;
    let bestScore = 49;
    for (const f of IMPORT_FIELDS) {
      const score = scoreHeader(key, f);
      if (score > bestScore) {
        best = f;
        bestScore = score;
      }
    }
    if (best) fields.add(best);
  }
  return fields.size;
}

const filled = (row: readonly string[] | undefined) => (row ?? []).reduce((n, c) => (c.trim() !== '' ? n + 1 : n), 0);

/**
 * The header row (0-based): the first of the top rows with at least two known headings, so a
 * title and a date above the table are passed over; otherwise the first non-empty row.
 * A group row ("Bedrijf | Adres | Kenmerken", merged over several columns) also names known
 * headings; when one of the next rows has more filled cells and names more fields, that row
 * holds the real column headings.
 */
export function detectHeaderRow(rows: readonly (readonly string[])[], maxScan = 30): number {
  const limit = Math.min(rows.length, maxScan);
  for (let i = 0; i < limit; i++) {
    const score = headingScore(rows[i]!);
    if (score < 2) continue;
    let best = i;
    let bestScore = score;
    for (let j = i + 1; j < Math.min(limit, i + 4); j++) {
      const s = headingScore(rows[j]!);
      if (s > bestScore && filled(rows[j]) > filled(rows[best])) {
        best = j;
        bestScore = s;
      }
    }
    return best;
  }
  const firstFilled = rows.findIndex((r) => r.some((c) => c.trim() !== ''));
  return Math.max(0, firstFilled);
}
