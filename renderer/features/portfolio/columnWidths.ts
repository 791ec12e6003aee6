import type { ColumnSpec } from './columns';
import { CONTEXT_COLUMNS, type PreparedRow, type RowContext } from './tableModel';

/**
 * Column widths from their content (issue 18): every column as wide as its header and its
 * longest value (within bounds), the name column taking what is left. Values are measured on a
 * spread sample of the rows, so a 100k portfolio costs a few thousand measurements, once per
 * data change.
 */
const PADDING = 20;
const SORT_MARK = 16;
const BADGE_PADDING = 16;
const MIN = 56;
const MAX = 240;
/** Text columns other than the name wrap to a second line beyond this width (issue 18). */
const WRAP_AT = 170;
const SAMPLE = 1000;
/** The name column never gets narrower than this (it grows to fill the row). */
export const NAME_MIN = 220;

let canvas: CanvasRenderingContext2D | null | undefined;
let family = 'system-ui, sans-serif';
const measured = new Map<string, number>();

function textWidth(text: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'n'}${text}`;
  const known = measured.get(key);
  if (known !== undefined) return known;
  if (canvas === undefined) {
    try {
      canvas = document.createElement('canvas').getContext('2d');
      family = getComputedStyle(document.body).fontFamily || family;
    } catch {
      canvas = null;
    }
  }
  let width: number;
  if (canvas) {
    canvas.font = `${bold ? 600 : 400} 14.72px ${family}`;
    width = canvas.measureText(text).width;
  } else {
    width = text.length * (bold ? 8.2 : 7.6);
  }
  if (measured.size > 20_000) measured.clear();
  measured.set(key, width);
  return width;
}

/**
 * The width that fits a header and the widest of some values (sampled by the caller), within
 * bounds: for any table that sizes its columns to their content.
 */
export function fitWidth(header: string, values: Iterable<string>, extra = 0, max = MAX): number {
  // `extra` is the values' own padding (a badge), not the header's.
  let widest = textWidth(header, true) + SORT_MARK;
  for (const v of values) widest = Math.max(widest, textWidth(v, false) + extra);
  return Math.ceil(Math.min(max, Math.max(MIN, widest + PADDING)));
}

const cache = new WeakMap<readonly PreparedRow[], Map<string, { ctx: RowContext; width: number }>>();

export function contentWidth(spec: ColumnSpec, rows: readonly PreparedRow[], ctx: RowContext): number {
  let widths = cache.get(rows);
  if (!widths) {
    widths = new Map();
    cache.set(rows, widths);
  }
  const known = widths.get(spec.id);
  if (known && (known.ctx === ctx || !CONTEXT_COLUMNS.has(spec.id))) return known.width;
  let widest = textWidth(spec.header, true) + SORT_MARK;
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  const seen = new Set<string>();
  for (let i = 0; i < rows.length; i += step) {
    const text = spec.text(rows[i]!.row, ctx);
    if (seen.has(text)) continue;
    seen.add(text);
    // As the cell shows it: a short badge for an unknown size, date above organisation.
    if (spec.id === 'sizeClass' && text === 'grootteklasse onbekend') {
      // Shown as the badge "onbekend", with the badge's own padding.
      widest = Math.max(widest, textWidth('onbekend', false) + BADGE_PADDING);
      continue;
    }
    const parts = spec.id === 'lastContact' ? text.split(' · ') : [text];
    for (const part of parts) widest = Math.max(widest, textWidth(part, spec.id === 'name'));
  }
  const max = spec.id === 'lastContact' ? MAX : WRAP_AT;
  const width = Math.ceil(Math.min(max, Math.max(MIN, widest + PADDING)));
  widths.set(spec.id, { ctx, width });
  return width;
}
