import { changedFields } from '../data/equality';
import type { Company } from '../domain/company';
import { deriveCompany, emptyCompanyInput, newCompany } from '../domain/company';
import { columnRef, importing } from '../i18n/nl/import';
import { portfolio } from '../i18n/nl/portfolio';
import type { DedupeKeys, DuplicateIndex, DuplicateMatch, PreparedKeys } from '../rules/dedupe';
import { addToDuplicateIndex, createDuplicateIndex, findDuplicates, isSameCompany, prepareKeys } from '../rules/dedupe';
import type { ColumnMapping } from './mapping';
import { exactHeading, mightBeHeading } from './mapping';
import type { ImportIssue, ImportValues } from './readRow';
import { fieldColumns, readRow } from './readRow';

export type ImportMode = 'create' | 'update-by-kvk' | 'skip-duplicates';
export type ImportAction = 'create' | 'update' | 'skip' | 'error';
/** Rows without a KvK number: add them anyway, or skip them (and list them for download). */
export type WithoutKvk = 'add' | 'skip';

export type PlanRow = {
  rowNumber: number;
  action: ImportAction;
  values: ImportValues;
  issues: ImportIssue[];
  /** The existing company this row updates ('update'). */
  existingId: string | null;
  /** Existing companies this row may duplicate, strongest first. */
  duplicates: DuplicateMatch[];
  /** An earlier row of the same file with the same company. */
  duplicateOfRow: number | null;
  /** A readable row without a KvK number: it cannot be matched on KvK now or updated later. */
  missingKvk: boolean;
};

export type ImportPlan = {
  mode: ImportMode;
  rows: PlanRow[];
  counts: Record<ImportAction, number>;
  blankRows: number;
  /** Problems with the file or mapping as a whole, in Dutch; while any remain, nothing is imported. */
  problems: string[];
  /** Points the advisor should know about the file as a whole, in Dutch; they do not block. */
  notices: string[];
  withoutKvk: WithoutKvk;
  /** Readable rows without a KvK number. */
  missingKvk: number;
};

export type BuildPlanInput = {
  /** Data rows (below the header); `firstRowNumber` is the spreadsheet number of rows[0]. */
  rows: readonly (readonly string[])[];
  firstRowNumber: number;
  headers: readonly string[];
  mapping: ColumnMapping;
  existing: DuplicateIndex | readonly DedupeKeys[];
  mode: ImportMode;
  withoutKvk?: WithoutKvk;
};

const msg = portfolio.import;

const isBlank = (row: readonly string[]) => row.every((c) => c === undefined || c.trim() === '');
/** A "name" of only digits and separators: a KvK number, a postcode number or a row number. */
const NUMERIC_NAME = /^[\d\s.,\-/]*\d[\d\s.,\-/]*$/;

/**
 * Cheap first check, done on every row: is a name cell (or the KvK cell of a row with errors)
 * a known heading? Only then is the whole row compared with the headings.
 */
function looksLikeHeadingCell(cells: readonly string[], nameCols: readonly number[] | undefined, issues: readonly { severity: string }[]): boolean {
  for (const c of nameCols ?? []) {
    const v = cells[c];
    if (v && mightBeHeading(v)) return true;
  }
  if (issues.some((i) => i.severity === 'error')) return cells.some((c) => mightBeHeading(c));
  return false;
}

/** True when two or more cells of the row are known headings, each naming a different field. */
function isHeadingRow(cells: readonly string[]): boolean {
  const fields = new Set<string>();
  for (const c of cells) {
    const f = c.length < 40 ? exactHeading(c) : null;
    if (f) fields.add(f);
  }
  return fields.size >= 2;
}

/**
 * Validates every row, finds duplicates in the file and against the portfolio, and decides an
 * action per row. Nothing is written: the renderer shows this plan, and writes it on confirm.
 *
 * - create: every valid row becomes a new company, duplicates are only flagged;
 * - update-by-kvk: a row whose KvK number is known updates that company, the rest is new;
 * - skip-duplicates: any likely duplicate is skipped.
 * A second row with the same KvK number in one file is always skipped: it is the same company.
 */
export function buildImportPlan(input: BuildPlanInput): ImportPlan {
  const existing = 'byKvk' in input.existing ? input.existing : createDuplicateIndex(input.existing);
  const inFile = new InFileIndex();
  const cols = fieldColumns(input.mapping);
  const problems: string[] = [];
  const notices: string[] = [];
  const withoutKvk = input.withoutKvk ?? 'add';
  if (!cols.name) problems.push(msg.noNameColumn);
  else if (!cols.kvk) notices.push(importing.plan.noKvkColumn);
  const headingRows: number[] = [];
  let numericNames = 0;
  let readable = 0;
  let missingKvk = 0;
  const rows: PlanRow[] = [];
  const counts: Record<ImportAction, number> = { create: 0, update: 0, skip: 0, error: 0 };
  let blankRows = 0;
  // Rows with data beyond the last heading: in a few rows a separator that slipped into a name
  // shifts every value after it into the wrong column; in most rows it is the file's layout.
  const width = input.headers.length;
  const wideAt = (cells: readonly string[]) => {
    for (let c = cells.length - 1; c >= width; c--) if ((cells[c] ?? '').trim() !== '') return c + 1;
    return 0;
  };
  let wideRows = 0;
  let filledRows = 0;
  for (const cells of input.rows) {
    if (cells.length > width && wideAt(cells) > 0) wideRows++;
    if (!isBlank(cells)) filledRows++;
  }
  const shifted = width > 0 && wideRows > 0 && wideRows <= filledRows / 2;
  if (width > 0 && wideRows > filledRows / 2) notices.push(importing.plan.unnamedColumns(columnRef(width - 1, input.headers[width - 1])));

  for (let i = 0; i < input.rows.length; i++) {
    const cells = input.rows[i]!;
    if (isBlank(cells)) {
      blankRows++;
      continue;
    }
    const rowNumber = input.firstRowNumber + i;
    const read = readRow(cells, cols, input.headers, rowNumber);
    const values = read.values;
    let issues = read.issues;
    if (!cols.name) issues.push({ severity: 'error', rowNumber, column: '', message: msg.noNameColumn });
    readable++;
    const name = values.name;
    if (looksLikeHeadingCell(cells, cols.name, issues) && isHeadingRow(cells)) {
      // A row of column headings (the real header under a group row, or a header repeated on
      // every page of a CRM export) is not a company.
      headingRows.push(rowNumber);
      issues = [{ severity: 'error', rowNumber, column: '', message: importing.row.isHeadingRow }];
    } else if (shifted && cells.length > width && wideAt(cells) > 0) {
      issues = [{ severity: 'error', rowNumber, column: '', message: importing.row.tooManyCells(wideAt(cells), width) }];
    } else if (name !== undefined && NUMERIC_NAME.test(name)) {
      numericNames++;
      issues.unshift({ severity: 'error', rowNumber, column: input.headers[cols.name![0]!] ?? '', message: importing.row.nameIsNumber(name) });
    }

    const row: PlanRow = {
      rowNumber, action: 'create', values, issues, existingId: null, duplicates: [], duplicateOfRow: null, missingKvk: false,
    };
    if (issues.some((x) => x.severity === 'error')) {
      row.action = 'error';
    } else {
      const keys = prepareKeys({
        id: `#${rowNumber}`,
        name: values.name ?? '',
        kvk: values.kvk ?? null,
        vestigingsnummer: values.vestigingsnummer ?? null,
        place: values.place ?? '',
      } satisfies DedupeKeys);
      row.duplicates = findDuplicates(keys, existing);
      const fileMatch = inFile.find(keys);
      if (fileMatch) row.duplicateOfRow = Number(fileMatch.id.slice(1));
      decide(row, fileMatch, input.mode);
      inFile.add(keys);
      if (!values.kvk) {
        row.missingKvk = true;
        missingKvk++;
        if (withoutKvk === 'skip' && row.action === 'create') row.action = 'skip';
      }
    }
    counts[row.action]++;
    rows.push(row);
  }
  if (cols.name && numericNames > 0 && numericNames >= readable * 0.2) {
    problems.push(importing.plan.namesLookLikeNumbers(input.headers[cols.name[0]!] ?? '', numericNames, readable));
  }
  if (headingRows.length > 0) {
    const firstDataRow = rows[0]?.rowNumber;
    if (headingRows[0] === firstDataRow) problems.push(importing.plan.headingRows(headingRows));
    else notices.push(importing.plan.repeatedHeadings(headingRows));
  }
  return { mode: input.mode, rows, counts, blankRows, problems, notices, withoutKvk, missingKvk };
}

/**
 * Earlier rows of the same file, to find a row that is the same company. Same answers as one
 * duplicate index over all rows, at a fraction of the cost for KvK exports: a row with a KvK
 * number is the same company as an earlier row with that number (unless both name different
 * vestigingen), and can only be a name match of an earlier row WITHOUT a KvK number — two
 * different KvK numbers are two companies. So rows with a KvK number are only compared by name
 * with the (few) rows without one; the index of all rows is built only once a row without KvK
 * number needs it.
 */
class InFileIndex {
  private readonly byKvk = new Map<string, PreparedKeys[]>();
  private readonly withoutKvk = createDuplicateIndex();
  private readonly seen: PreparedKeys[] = [];
  private all: DuplicateIndex | null = null;

  find(keys: PreparedKeys): DuplicateMatch | undefined {
    const kvk = keys.keys.kvk;
    if (kvk) {
      const vest = keys.keys.vestigingsnummer;
      for (const e of this.byKvk.get(kvk) ?? []) {
        const otherBranch = !!vest && !!e.keys.vestigingsnummer && vest !== e.keys.vestigingsnummer;
        if (!otherBranch) return { id: e.keys.id, name: e.keys.name, place: e.keys.place, reason: 'kvk', score: 1, message: '' };
      }
      return findDuplicates(keys, this.withoutKvk).find(isSameCompany);
    }
    if (!this.all) {
      this.all = createDuplicateIndex();
      for (const k of this.seen) addToDuplicateIndex(this.all, k);
    }
    return findDuplicates(keys, this.all).find(isSameCompany);
  }

  add(keys: PreparedKeys): void {
    const kvk = keys.keys.kvk;
    if (kvk) {
      const list = this.byKvk.get(kvk);
      if (list) list.push(keys);
      else this.byKvk.set(kvk, [keys]);
    } else addToDuplicateIndex(this.withoutKvk, keys);
    if (this.all) addToDuplicateIndex(this.all, keys);
    else this.seen.push(keys);
  }
}

function decide(row: PlanRow, fileMatch: DuplicateMatch | undefined, mode: ImportMode): void {
  if (fileMatch && row.duplicateOfRow !== null) {
    if (fileMatch.reason === 'kvk') {
      row.action = 'skip';
      row.issues.push({ severity: 'warning', rowNumber: row.rowNumber, column: '', message: msg.duplicateInFileKvk(row.duplicateOfRow) });
      return;
    }
    row.issues.push({ severity: 'warning', rowNumber: row.rowNumber, column: '', message: msg.duplicateInFileName(row.duplicateOfRow) });
    if (mode === 'skip-duplicates') {
      row.action = 'skip';
      return;
    }
  }
  const same = row.duplicates.filter(isSameCompany);
  const byKvk = same.find((d) => d.reason === 'kvk');
  if (mode === 'update-by-kvk' && byKvk) {
    row.action = 'update';
    row.existingId = byKvk.id;
  } else if (mode === 'skip-duplicates' && same.length > 0) {
    row.action = 'skip';
  } else {
    row.action = 'create';
  }
}

/** The new row for a 'create' action. */
export function companyFromPlanRow(
  row: PlanRow,
  opts: { id: string; now: string; importBatchId: string; demo?: boolean },
): Company {
  const input = emptyCompanyInput({ ...row.values, source: 'import' });
  return newCompany(input, opts.now, opts.id, { importBatchId: opts.importBatchId, demo: opts.demo ?? false });
}

/**
 * The fields an 'update' action changes on the existing company: the values the file holds
 * (empty cells never wipe what an advisor entered), with the size class recomputed.
 */
export function updateFromPlanRow(existing: Company, row: PlanRow, now: string): Partial<Company> {
  const next = deriveCompany({ ...existing, ...row.values });
  const patch: Partial<Company> = changedFields(existing, next);
  if (Object.keys(patch).length > 0) patch.updatedAt = now;
  return patch;
}

/** "Rij 12, kolom "KvK-nummer": …" for a list of issues. */
export function describeIssue(issue: ImportIssue): string {
  return `${msg.rowLabel(issue.rowNumber, issue.column)}: ${issue.message}`;
}
