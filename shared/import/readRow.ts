import type { CompanyInput, CompanyStatus, Erkend } from '../domain/company';
import { z } from 'zod';
import { COMPANY_STATUSES, COMPANY_STATUS_LABELS, companySchema } from '../domain/company';
import { checkKvk, checkVestigingsnummer, gemeenteFromPlace, gemeenteFromText, normalizePostcode } from '../domain/kvk';
import { sectorFromText } from '../domain/sectors';
import { portfolio } from '../i18n/nl/portfolio';
import { parseEmployees } from '../rules/sizeClass';
import { compactKey, normalizeForSearch } from '../text/normalize';
import { employeesBasisOfHeading, IMPORT_FIELDS, type ColumnMapping, type ImportField } from './mapping';

export type ImportIssue = {
  severity: 'error' | 'warning';
  /** Row number as the spreadsheet shows it. */
  rowNumber: number;
  /** The heading of the column in the file ('' for the row as a whole). */
  column: string;
  message: string;
};

/** The company fields an import row can set; only those present in the file are listed. */
export type ImportValues = Partial<
  Pick<
    CompanyInput,
    | 'kind' | 'name' | 'kvk' | 'vestigingsnummer' | 'street' | 'postcode' | 'place' | 'gemeente'
    | 'website' | 'employees' | 'employeeBand' | 'employeesBasis' | 'sbi' | 'sector' | 'status' | 'erkendLeerbedrijf' | 'notes'
  >
>;

export type ReadRow = { values: ImportValues; issues: ImportIssue[] };

const msg = portfolio.import;

const STATUS_BY_KEY = new Map<string, CompanyStatus>(
  COMPANY_STATUSES.flatMap((s) => [
    [compactKey(s), s],
    [compactKey(COMPANY_STATUS_LABELS[s]), s],
  ]),
);

function readErkend(v: string): Erkend {
  const k = normalizeForSearch(v);
  if (/^(ja|j|yes|y|x|1|true|erkend)/.test(k)) return 'ja';
  if (/^(nee|n|no|0|false|niet)/.test(k)) return 'nee';
  return 'onbekend';
}

/** Positions of each field's columns, computed once per plan rather than per row. */
export type FieldColumns = Partial<Record<ImportField, number[]>>;
export function fieldColumns(mapping: ColumnMapping): FieldColumns {
  const out: FieldColumns = {};
  mapping.forEach((f, col) => {
    if (f) (out[f] ??= []).push(col);
  });
  return out;
}

/**
 * Reads one data row into company values with Dutch issues. Errors keep the row out of the
 * import; warnings explain what was changed or left empty.
 */
export function readRow(cells: readonly string[], cols: FieldColumns, headers: readonly string[], rowNumber: number): ReadRow {
  const issues: ImportIssue[] = [];
  const values: ImportValues = {};
  const cell = (f: ImportField): { text: string; column: string } | null => {
    const list = cols[f];
    if (!list) return null;
    const parts: string[] = [];
    for (const c of list) {
      const t = (cells[c] ?? '').trim();
      if (t !== '') parts.push(t);
    }
    return { text: parts.join(' '), column: headers[list[0]!] ?? '' };
  };
  const add = (severity: ImportIssue['severity'], column: string, message: string) =>
    issues.push({ severity, rowNumber, column, message });

  const name = cell('name');
  if (name) {
    const v = name.text.replace(/\s+/g, ' ');
    if (v === '') add('error', name.column, msg.nameMissing);
    else values.name = v.slice(0, 200);
  }

  const kvk = cell('kvk');
  if (kvk) {
    const r = checkKvk(kvk.text);
    if (!r.ok) add('error', kvk.column, r.message);
    else {
      values.kvk = r.value;
      if (r.warning) add('warning', kvk.column, r.warning);
    }
  }
  const vest = cell('vestigingsnummer');
  if (vest) {
    const r = checkVestigingsnummer(vest.text);
    if (!r.ok) add('warning', vest.column, r.message);
    else {
      values.vestigingsnummer = r.value;
      if (r.warning) add('warning', vest.column, r.warning);
    }
  }

  const street = cell('street');
  const houseNumber = cell('houseNumber');
  const addition = cell('houseNumberAddition');
  if (street || houseNumber) {
    values.street = [street?.text, houseNumber?.text, addition?.text].filter(Boolean).join(' ').replace(/\s+/g, ' ');
  }
  const postcode = cell('postcode');
  if (postcode && postcode.text !== '') {
    const p = normalizePostcode(postcode.text);
    if (p) values.postcode = p;
    else add('warning', postcode.column, msg.postcodeInvalid(postcode.text));
  }
  const place = cell('place');
  if (place) values.place = place.text;
  const gemeente = cell('gemeente');
  const fromColumn = gemeente ? gemeenteFromText(gemeente.text) : null;
  values.gemeente = fromColumn ?? gemeenteFromPlace(values.place ?? '') ?? 'buiten-regio';

  const website = cell('website');
  if (website) values.website = website.text;

  const size = cell('employees');
  let maxEmployees: number | null = null;
  if (size && size.text !== '') {
    const r = parseEmployees(size.text);
    if (!r.ok) add('warning', size.column, msg.employeesInvalid(size.text));
    else {
      values.employees = r.employees;
      values.employeeBand = r.band;
      // The heading says what the figure counts; a new figure never keeps an older base.
      values.employeesBasis = employeesBasisOfHeading(size.column);
      maxEmployees = r.employees ?? r.band?.max ?? null;
    }
  }

  const sbi = cell('sbi');
  if (sbi && sbi.text !== '') {
    const g = sectorFromText(sbi.text);
    if (g.sbi) values.sbi = g.sbi;
    if (g.sector) values.sector = g.sector;
    if (!g.sbi && !g.sector) add('warning', sbi.column, msg.sectorUnknown(sbi.text));
  }
  const sector = cell('sector');
  if (sector && sector.text !== '') {
    const g = sectorFromText(sector.text);
    if (g.sector) values.sector = g.sector;
    if (g.sbi && !values.sbi) values.sbi = g.sbi;
    if (!g.sector) add('warning', sector.column, msg.sectorUnknown(sector.text));
  }

  const kind = cell('kind');
  const legal = cell('legalForm');
  if (kind && kind.text !== '') {
    values.kind = /zzp|zelfstandig|eenpitter|freelance/.test(normalizeForSearch(kind.text)) ? 'zzp' : 'mkb';
  } else if (legal && /eenmanszaak/.test(normalizeForSearch(legal.text)) && maxEmployees !== null && maxEmployees <= 1) {
    // KvK counts the owner as a "werkzame persoon": an eenmanszaak with 0–1 is a zzp-er.
    values.kind = 'zzp';
    add('warning', legal.column, msg.kindSuggestedZzp);
  } else if (kind || legal || size) values.kind = 'mkb';
  if (values.kind === 'zzp' && values.employees !== undefined && values.employees !== null && values.employees > 1) {
    values.kind = 'mkb';
    add('warning', kind?.column ?? '', msg.zzpWithEmployees(values.employees));
  }

  const status = cell('status');
  if (status && status.text !== '') {
    const s = STATUS_BY_KEY.get(compactKey(status.text));
    if (s) values.status = s;
    else add('warning', status.column, msg.statusUnknown(status.text));
  }
  const erkend = cell('erkendLeerbedrijf');
  if (erkend && erkend.text !== '') values.erkendLeerbedrijf = readErkend(erkend.text);
  const notes = cell('notes');
  if (notes && notes.text !== '') values.notes = notes.text;

  // Every value must fit the stored company (the repository refuses what does not): a cell too
  // long for its field keeps this row out of the import instead of failing the whole file.
  const shape: Record<string, z.ZodType> = companySchema.shape;
  for (const [field, value] of Object.entries(values)) {
    const checked = shape[field]?.safeParse(value, { error: nl });
    const column = IMPORT_FIELDS.find((f) => f === field);
    if (checked && !checked.success) add('error', (column && cell(column)?.column) ?? '', checked.error.issues[0]!.message);
  }
  return { values, issues };
}

const nl = z.locales.nl().localeError;
