import type { Company } from '../domain/company';
import { deriveCompany, emptyCompanyInput, newCompany } from '../domain/company';
import { portfolio } from '../i18n/nl/portfolio';
import type { DedupeKeys, DuplicateIndex, DuplicateMatch } from '../rules/dedupe';
import { addToDuplicateIndex, createDuplicateIndex, findDuplicates, isSameCompany, prepareKeys } from '../rules/dedupe';
import type { ColumnMapping } from './mapping';
import type { ImportIssue, ImportValues } from './readRow';
import { fieldColumns, readRow } from './readRow';

export type ImportMode = 'create' | 'update-by-kvk' | 'skip-duplicates';
export type ImportAction = 'create' | 'update' | 'skip' | 'error';

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
};

export type ImportPlan = {
  mode: ImportMode;
  rows: PlanRow[];
  counts: Record<ImportAction, number>;
  blankRows: number;
  /** Problems with the file or mapping as a whole, in Dutch. */
  problems: string[];
};

export type BuildPlanInput = {
  /** Data rows (below the header); `firstRowNumber` is the spreadsheet number of rows[0]. */
  rows: readonly (readonly string[])[];
  firstRowNumber: number;
  headers: readonly string[];
  mapping: ColumnMapping;
  existing: DuplicateIndex | readonly DedupeKeys[];
  mode: ImportMode;
};

const msg = portfolio.import;

const isBlank = (row: readonly string[]) => row.every((c) => c === undefined || c.trim() === '');

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
  const inFile = createDuplicateIndex();
  const cols = fieldColumns(input.mapping);
  const problems: string[] = [];
  if (!cols.name) problems.push(msg.noNameColumn);
  const rows: PlanRow[] = [];
  const counts: Record<ImportAction, number> = { create: 0, update: 0, skip: 0, error: 0 };
  let blankRows = 0;

  for (let i = 0; i < input.rows.length; i++) {
    const cells = input.rows[i]!;
    if (isBlank(cells)) {
      blankRows++;
      continue;
    }
    const rowNumber = input.firstRowNumber + i;
    const { values, issues } = readRow(cells, cols, input.headers, rowNumber);
    if (!cols.name) issues.push({ severity: 'error', rowNumber, column: '', message: msg.noNameColumn });

    const row: PlanRow = { rowNumber, action: 'create', values, issues, existingId: null, duplicates: [], duplicateOfRow: null };
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
      const fileMatch = findDuplicates(keys, inFile).find(isSameCompany);
      if (fileMatch) row.duplicateOfRow = Number(fileMatch.id.slice(1));
      decide(row, fileMatch, input.mode);
      addToDuplicateIndex(inFile, keys);
    }
    counts[row.action]++;
    rows.push(row);
  }
  return { mode: input.mode, rows, counts, blankRows, problems };
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
  const patch: Partial<Company> = {};
  for (const [k, v] of Object.entries(next) as [keyof Company, unknown][]) {
    if (JSON.stringify(v) !== JSON.stringify(existing[k])) (patch as Record<string, unknown>)[k] = v;
  }
  if (Object.keys(patch).length > 0) patch.updatedAt = now;
  return patch;
}

/** "Rij 12, kolom "KvK-nummer": …" for a list of issues. */
export function describeIssue(issue: ImportIssue): string {
  return `${msg.rowLabel(issue.rowNumber, issue.column)}: ${issue.message}`;
}
