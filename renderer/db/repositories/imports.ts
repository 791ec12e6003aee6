import { z } from 'zod';
import { compactKey } from '../../../shared/text/normalize';
import type { ColumnMapping } from '../../../shared/import/mapping';
import { IMPORT_FIELDS } from '../../../shared/import/mapping';
import { getDb, type VeldwerkDb } from '../database';

/**
 * Column mappings the advisor confirmed, per file layout (the same headings in the same order),
 * so the next file of that layout is mapped the same way. Device-local (settings), not synced.
 */
const KEY = 'import.mappings';
const MAX_LAYOUTS = 50;

/** What is stored; a layout whose mapping names a field that no longer exists is dropped. */
const savedSchema = z.record(
  z.string(),
  z.object({ mapping: z.array(z.enum(IMPORT_FIELDS).nullable()), at: z.number() }).optional().catch(undefined),
);
type Saved = Record<string, { mapping: ColumnMapping; at: number }>;

/** The layout of a file: its headings as compact keys, in order. */
export function layoutKey(headers: readonly string[]): string {
  return headers.map((h) => compactKey(h)).join('|');
}

async function readAll(db: VeldwerkDb): Promise<Saved> {
  const parsed = savedSchema.safeParse((await db.settings.get(KEY))?.value);
  if (!parsed.success) return {};
  const out: Saved = {};
  for (const [layout, saved] of Object.entries(parsed.data)) if (saved) out[layout] = saved;
  return out;
}

/** The remembered mapping for these headings, if it still fits them. */
export async function rememberedMapping(headers: readonly string[], db: VeldwerkDb = getDb()): Promise<ColumnMapping | null> {
  const saved = (await readAll(db))[layoutKey(headers)];
  if (!saved || saved.mapping.length !== headers.length) return null;
  return saved.mapping;
}

/** Remember the mapping used for these headings (the most recent 50 layouts are kept). */
export async function rememberMapping(headers: readonly string[], mapping: ColumnMapping, db: VeldwerkDb = getDb()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const all = await readAll(db);
    all[layoutKey(headers)] = { mapping: [...mapping], at: Date.now() };
    const keep = Object.entries(all)
      .sort((a, b) => b[1].at - a[1].at)
      .slice(0, MAX_LAYOUTS);
    await db.settings.put({ key: KEY, value: Object.fromEntries(keep) });
  });
}
