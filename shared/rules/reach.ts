import { GEMEENTEN } from '../domain/common';
import { hasKnownSize, SECTOR_KEYS, SIZE_CLASSES, SMALL_MKB_SIZE_CLASSES } from '../domain/target';
import type { CompanyFacts, SizeClass } from '../domain/target';
import {
  KVK_IMPORT_SOURCE,
  REPORT_SECTOR_COUNTS,
  REPORT_SECTOR_SOURCE,
  TABEL_1_BAND_INCLUDES,
  TABEL_1_SIZE_BANDS,
  TABEL_1_SOURCE,
  TABEL_2_LEERBEDRIJVEN,
  TABEL_2_SOURCE,
} from '../seed/referenceFigures';
import type { ReferenceSource } from '../seed/referenceFigures';
import { isShared } from './doubleApproach';
import type { LogFacts } from './doubleApproach';
import { TIME_ZONE } from '../dates/localDate';
import { isInPeriod } from './weeks';
import type { Period } from './weeks';

/**
 * Reach and blind spots (report, recommendation 6): per sector (or gemeente) and size class,
 * how many companies are in the portfolio, how many were reached in the period (at least one
 * shared contact), and how many exist according to a reference. The cells with the lowest reach
 * are flagged, and every number carries the company ids behind it for click-through.
 */

export type ReachDimension = 'sector' | 'gemeente';
/** Row key for companies whose sector or gemeente is not filled in. */
export const UNKNOWN_ROW = 'onbekend';
/** Columns: every size class except "unknown", which is counted separately. */
export const REACH_COLUMNS = SIZE_CLASSES.filter((s) => s !== 'onbekend');
export type ReachColumn = (typeof REACH_COLUMNS)[number];

export type ReferenceCounts = {
  kind: 'kvk-import' | 'rapport-2017';
  sources: ReferenceSource[];
  /** Row key → size class → count; only a real list knows the crossing. */
  cells?: Readonly<Record<string, Partial<Record<SizeClass, number>>>>;
  rows?: Readonly<Record<string, number>>;
  /** What a row figure counts when it is not "companies" (Tabel 2: leerbedrijven). */
  rowsCount?: RowReference;
  columns?: Partial<Record<SizeClass, number>>;
  /**
   * Size classes a column's reference covers besides its own (Tabel 1's 1–4 band includes the
   * zzp-ers): the column total then counts the portfolio of all of them against it.
   */
  columnIncludes?: Partial<Record<SizeClass, readonly SizeClass[]>>;
};

/** A row reference that counts something other than all companies, with its label. */
export type RowReference = { label: string; source: ReferenceSource };

export type ReachFigures = {
  portfolio: number;
  reached: number;
  reference: number | null;
  /** reached / reference; null without a reference. */
  reach: number | null;
  companyIds: string[];
  reachedIds: string[];
  lowest: boolean;
};
export type ReachCell = ReachFigures & { row: string; sizeClass: ReachColumn };
export type ReachRow = { key: string; cells: ReachCell[]; total: ReachFigures };

export type ReachMatrix = {
  dimension: ReachDimension;
  period: Period;
  referenceKind: ReferenceCounts['kind'];
  sources: ReferenceSource[];
  columns: readonly ReachColumn[];
  rows: ReachRow[];
  columnTotals: Record<ReachColumn, ReachFigures>;
  /**
   * Set when the row references count something particular (the gemeente view: leerbedrijven,
   * Tabel 2): show the label beside the row's reference figure.
   */
  rowReference: RowReference | null;
  /**
   * Columns whose total also counts other size classes, to match the reference (rapport 2017:
   * '1-4' → ['zzp', '1-4']). Say so at the column total.
   */
  columnIncludes: Partial<Record<ReachColumn, readonly ReachColumn[]>>;
  /** The Tabel 1 bands together (1–25 employees), against their summed reference. */
  smallMkb: ReachFigures;
  /** Companies still without size: not in any column, counted here so the gap stays visible. */
  withoutSize: {
    count: number;
    companyIds: string[];
    reachedIds: string[];
    byRow: Record<string, string[]>;
  };
};

type Company = Pick<CompanyFacts, 'id' | 'sector' | 'gemeente' | 'sizeClass'> & {
  importBatchId?: string | null;
  _deleted?: boolean;
};

export const rowKeysFor = (dimension: ReachDimension): string[] =>
  dimension === 'sector'
    ? [...SECTOR_KEYS, UNKNOWN_ROW]
    : [...GEMEENTEN, 'buiten-regio', UNKNOWN_ROW];

const rowKeyOf = (c: Company, dimension: ReachDimension): string =>
  (dimension === 'sector' ? c.sector : c.gemeente) ?? UNKNOWN_ROW;

/** Companies with at least one shared contact in the period. */
export function reachedCompanyIds(
  logs: readonly LogFacts[],
  period: Period,
  timeZone = TIME_ZONE,
): Set<string> {
  const ids = new Set<string>();
  for (const log of logs)
    if (isShared(log) && isInPeriod(log.at, period, timeZone)) ids.add(log.companyId);
  return ids;
}

/** Label of the Tabel 2 row reference in the gemeente view. */
export const LEERBEDRIJVEN_LABEL = 'leerbedrijven';

/**
 * The report's figures: size bands always (the 1–4 band with the zzp-ers, as Tabel 1 counts
 * them); sector totals in the sector view; leerbedrijven per gemeente (Tabel 2) in the gemeente
 * view, labelled as what they are.
 */
export function seededReference(dimension: ReachDimension): ReferenceCounts {
  const bands = { columns: TABEL_1_SIZE_BANDS, columnIncludes: TABEL_1_BAND_INCLUDES };
  return dimension === 'sector'
    ? {
        kind: 'rapport-2017',
        sources: [TABEL_1_SOURCE, REPORT_SECTOR_SOURCE],
        ...bands,
        rows: REPORT_SECTOR_COUNTS,
      }
    : {
        kind: 'rapport-2017',
        sources: [TABEL_1_SOURCE, TABEL_2_SOURCE],
        ...bands,
        rows: TABEL_2_LEERBEDRIJVEN,
        rowsCount: { label: LEERBEDRIJVEN_LABEL, source: TABEL_2_SOURCE },
      };
}

/** Reference counts from an imported KvK list: the companies of the import batches marked as reference. */
export function referenceFromCompanies(
  companies: readonly Company[],
  referenceBatchIds: readonly string[],
  dimension: ReachDimension,
): ReferenceCounts | null {
  const batches = new Set(referenceBatchIds);
  const cells: Record<string, Partial<Record<SizeClass, number>>> = {};
  const rows: Record<string, number> = {};
  const columns: Partial<Record<SizeClass, number>> = {};
  let any = false;
  for (const c of companies) {
    if (c._deleted || !c.importBatchId || !batches.has(c.importBatchId)) continue;
    any = true;
    const row = rowKeyOf(c, dimension);
    rows[row] = (rows[row] ?? 0) + 1;
    if (!hasKnownSize(c) || c.sizeClass === null) continue;
    const rowCells = (cells[row] ??= {});
    rowCells[c.sizeClass] = (rowCells[c.sizeClass] ?? 0) + 1;
    columns[c.sizeClass] = (columns[c.sizeClass] ?? 0) + 1;
  }
  return any ? { kind: 'kvk-import', sources: [KVK_IMPORT_SOURCE], cells, rows, columns } : null;
}

function figures(
  companyIds: string[],
  reached: ReadonlySet<string>,
  reference: number | null | undefined,
): ReachFigures {
  const reachedIds = companyIds.filter((id) => reached.has(id));
  const ref = reference ?? null;
  return {
    portfolio: companyIds.length,
    reached: reachedIds.length,
    reference: ref,
    reach: ref ? reachedIds.length / ref : null,
    companyIds,
    reachedIds,
    lowest: false,
  };
}

/**
 * Flag the bottom `share` (by reach) of the items that have a reference; ties with the cut-off
 * are flagged too, so equal cells are treated alike. With fewer than two candidates there is
 * nothing to compare, so nothing is flagged.
 */
export function markLowest(items: readonly ReachFigures[], share = 0.2): void {
  const eligible = items.filter((i) => i.reference !== null && i.reference > 0 && i.reach !== null);
  if (eligible.length < 2) return;
  const sorted = [...eligible].sort((a, b) => (a.reach ?? 0) - (b.reach ?? 0));
  const cutoff = sorted[Math.max(1, Math.ceil(sorted.length * share)) - 1]!.reach ?? 0;
  for (const i of eligible) i.lowest = (i.reach ?? 0) <= cutoff;
}

export function buildReachMatrix(input: {
  companies: readonly Company[];
  logs: readonly LogFacts[];
  period: Period;
  dimension?: ReachDimension;
  /** Omit to use an imported list if given via `referenceBatchIds`, else the report's figures. */
  reference?: ReferenceCounts | null;
  referenceBatchIds?: readonly string[];
  lowestShare?: number;
  timeZone?: string;
}): ReachMatrix {
  const { period, dimension = 'sector', lowestShare = 0.2, timeZone = TIME_ZONE } = input;
  const reference =
    input.reference ??
    (input.referenceBatchIds?.length
      ? referenceFromCompanies(input.companies, input.referenceBatchIds, dimension)
      : null) ??
    seededReference(dimension);
  const reached = reachedCompanyIds(input.logs, period, timeZone);
  const rowKeys = rowKeysFor(dimension);

  const ids = new Map<string, Map<ReachColumn, string[]>>(rowKeys.map((k) => [k, new Map()]));
  const withoutSize: ReachMatrix['withoutSize'] = {
    count: 0,
    companyIds: [],
    reachedIds: [],
    byRow: {},
  };
  for (const c of input.companies) {
    if (c._deleted) continue;
    const row = rowKeyOf(c, dimension);
    if (!ids.has(row)) ids.set(row, new Map());
    if (c.sizeClass === null || c.sizeClass === 'onbekend') {
      withoutSize.companyIds.push(c.id);
      if (reached.has(c.id)) withoutSize.reachedIds.push(c.id);
      (withoutSize.byRow[row] ??= []).push(c.id);
      continue;
    }
    const cols = ids.get(row)!;
    cols.set(c.sizeClass, [...(cols.get(c.sizeClass) ?? []), c.id]);
  }
  withoutSize.count = withoutSize.companyIds.length;

  const rows: ReachRow[] = [...ids.entries()].map(([key, cols]) => {
    const cells = REACH_COLUMNS.map((sizeClass): ReachCell => ({
      row: key,
      sizeClass,
      ...figures(cols.get(sizeClass) ?? [], reached, reference.cells?.[key]?.[sizeClass]),
    }));
    const rowIds = [...cells.flatMap((c) => c.companyIds), ...(withoutSize.byRow[key] ?? [])];
    return { key, cells, total: figures(rowIds, reached, reference.rows?.[key]) };
  });

  const includes = (reference.columnIncludes ?? {}) as Partial<Record<ReachColumn, readonly ReachColumn[]>>;
  // A class counted inside another column's reference has no reference of its own.
  const countedElsewhere = new Set(
    Object.entries(includes).flatMap(([col, cls]) => (cls ?? []).filter((c) => c !== col)),
  );
  const idsOf = (classes: readonly ReachColumn[]) =>
    rows.flatMap((r) => r.cells.filter((c) => classes.includes(c.sizeClass)).flatMap((c) => c.companyIds));
  const columnTotals = Object.fromEntries(
    REACH_COLUMNS.map((col) => [
      col,
      figures(
        idsOf(includes[col] ?? [col]),
        reached,
        countedElsewhere.has(col) ? null : reference.columns?.[col],
      ),
    ]),
    // fromEntries loses the key type; REACH_COLUMNS supplies every key.
  ) as Record<ReachColumn, ReachFigures>;

  const smallRef = SMALL_MKB_SIZE_CLASSES.reduce<number | null>((sum, col) => {
    const n = reference.columns?.[col];
    return n === undefined ? sum : (sum ?? 0) + n;
  }, null);
  // Compared like with like: the classes the summed reference covers, zzp-ers included for Tabel 1.
  const smallClasses = [
    ...new Set(SMALL_MKB_SIZE_CLASSES.flatMap((c) => includes[c as ReachColumn] ?? [c as ReachColumn])),
  ];
  const smallMkb = figures(idsOf(smallClasses), reached, smallRef);

  markLowest(
    rows.flatMap((r) => r.cells),
    lowestShare,
  );
  markLowest(
    rows.map((r) => r.total),
    lowestShare,
  );
  markLowest(Object.values(columnTotals), lowestShare);

  return {
    dimension,
    period,
    referenceKind: reference.kind,
    sources: reference.sources,
    columns: REACH_COLUMNS,
    rows,
    columnTotals,
    rowReference: reference.rowsCount ?? null,
    columnIncludes: includes,
    smallMkb,
    withoutSize,
  };
}
