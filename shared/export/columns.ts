import { splitDate, wallClock as zonedWallClock } from '../dates/localDate';
import type { WallClock } from '../dates/localDate';

/** A column of an export: the heading a user reads and how to get the cell from a row. */
export type ExportCell = string | number | boolean | Date | null | undefined;
export type ExportColumnType = 'text' | 'number' | 'date' | 'datetime';

export type ExportColumn<Row> = {
  header: string;
  value: (row: Row) => ExportCell;
  /** 'date' and 'datetime' also accept ISO strings; default: from the value. */
  type?: ExportColumnType;
  /** Width in characters (XLSX); default from the heading and the first rows. */
  width?: number;
  /** Wrap long text inside the cell (XLSX), e.g. meeting notes. */
  wrap?: boolean;
};

/** Dates are stored as ISO strings; a column typed as date turns them back into dates. */
export function asDate(v: ExportCell, type: ExportColumnType | undefined): Date | null {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if ((type === 'date' || type === 'datetime') && typeof v === 'string' && v !== '') {
    const d = new Date(v.length === 10 ? `${v}T00:00:00Z` : v);
    return Number.isNaN(d.getTime()) ? null : d;
  }
  return null;
}

/**
 * The date and time an advisor's clock showed at that instant. A calendar date ("2026-11-03")
 * is not an instant and is taken as it is, so it never shifts to the previous day.
 */
export function wallClock(v: ExportCell, date: Date): WallClock {
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) {
    const [year, month, day] = splitDate(v);
    return { year, month, day, hour: 0, minute: 0, second: 0 };
  }
  return zonedWallClock(date);
}
