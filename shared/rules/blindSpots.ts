import type { ReachCell, ReachColumn, ReachMatrix } from './reach';

/**
 * Blind spots of the reach matrix (report, recommendation 6): where are we not yet?
 *
 * A size-class cell is a blind spot when
 * - `zero`: the portfolio holds companies there and none was reached in the period;
 * - `below-row`: its reach within the portfolio (reached / in portfolio) is far below the
 *   row's own (less than `farBelow` × the row's reach over its sized cells);
 * - `below-reference`: it is among the lowest against the reference (`ReachCell.lowest`), also
 *   when the portfolio holds nobody there — the market exists, we do not know it.
 *
 * A whole row (a sector or gemeente over all size classes) is listed too when its total is among
 * the lowest against a reference for rows (`sizeClass` null).
 *
 * Marking by portfolio as well as by reference matters because the report's reference figures
 * cover a handful of cells only; most gaps show only against the portfolio itself. Pure and
 * computed from the matrix alone, so it can be cached with it.
 */

export type BlindSpotReason = 'zero' | 'below-row' | 'below-reference';

export type BlindSpot = {
  row: string;
  /** Null: the whole row, all size classes together. */
  sizeClass: ReachColumn | null;
  portfolio: number;
  reached: number;
  reference: number | null;
  /** In the portfolio, not reached in the period. */
  gap: number;
  /** The row's reach within the portfolio (sized cells), 0–1; null when the row has nobody. */
  rowAverage: number | null;
  reasons: BlindSpotReason[];
  companyIds: string[];
  /** The companies of the cell that were not reached: the ones to approach. */
  unreachedIds: string[];
};

/** A cell counts as far below its row under this share of the row's reach. */
export const FAR_BELOW_ROW = 0.5;

const key = (row: string, sizeClass: string) => `${row}\u0000${sizeClass}`;

export function findBlindSpots(matrix: ReachMatrix, options: { farBelow?: number } = {}): BlindSpot[] {
  const farBelow = options.farBelow ?? FAR_BELOW_ROW;
  const spots: BlindSpot[] = [];
  for (const row of matrix.rows) {
    const portfolio = row.cells.reduce((n, c) => n + c.portfolio, 0);
    const reached = row.cells.reduce((n, c) => n + c.reached, 0);
    const rowAverage = portfolio > 0 ? reached / portfolio : null;
    for (const cell of row.cells) {
      const reasons = reasonsFor(cell, rowAverage, farBelow);
      if (reasons.length === 0) continue;
      const reachedSet = new Set(cell.reachedIds);
      spots.push({
        row: row.key,
        sizeClass: cell.sizeClass,
        portfolio: cell.portfolio,
        reached: cell.reached,
        reference: cell.reference,
        gap: cell.portfolio - cell.reached,
        rowAverage,
        reasons,
        companyIds: cell.companyIds,
        unreachedIds: cell.companyIds.filter((id) => !reachedSet.has(id)),
      });
    }
    if (row.total.lowest) {
      const reachedSet = new Set(row.total.reachedIds);
      spots.push({
        row: row.key,
        sizeClass: null,
        portfolio: row.total.portfolio,
        reached: row.total.reached,
        reference: row.total.reference,
        gap: row.total.portfolio - row.total.reached,
        rowAverage,
        reasons: ['below-reference'],
        companyIds: row.total.companyIds,
        unreachedIds: row.total.companyIds.filter((id) => !reachedSet.has(id)),
      });
    }
  }
  return spots.sort(compareSpots);
}

function reasonsFor(cell: ReachCell, rowAverage: number | null, farBelow: number): BlindSpotReason[] {
  const reasons: BlindSpotReason[] = [];
  if (cell.portfolio > 0) {
    const own = cell.reached / cell.portfolio;
    if (cell.reached === 0) reasons.push('zero');
    else if (rowAverage !== null && own < rowAverage * farBelow) reasons.push('below-row');
  }
  if (cell.lowest) reasons.push('below-reference');
  return reasons;
}

/**
 * Biggest gap first: most companies in the portfolio not reached; then the larger unreached
 * part of the reference; then the lower reach; then by name of row and column for a stable order.
 */
function compareSpots(a: BlindSpot, b: BlindSpot): number {
  const refGap = (s: BlindSpot) => (s.reference === null ? 0 : Math.max(0, s.reference - s.reached));
  const share = (s: BlindSpot) => (s.portfolio > 0 ? s.reached / s.portfolio : 0);
  return (
    b.gap - a.gap ||
    refGap(b) - refGap(a) ||
    share(a) - share(b) ||
    a.row.localeCompare(b.row) ||
    (a.sizeClass ?? '').localeCompare(b.sizeClass ?? '')
  );
}

/** Look-up for the matrix: the blind spot of a cell (or of a whole row: sizeClass null), if it is one. */
export function blindSpotIndex(spots: readonly BlindSpot[]): (row: string, sizeClass: string | null) => BlindSpot | undefined {
  const map = new Map(spots.map((s) => [key(s.row, s.sizeClass ?? ''), s]));
  return (row, sizeClass) => map.get(key(row, sizeClass ?? ''));
}
