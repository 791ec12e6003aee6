import { useLiveQuery } from 'dexie-react-hooks';
import { guideSchema, type Guide } from '../../../shared/domain/guide';
import { getDb, type StoredRow, type VeldwerkDb } from '../database';

/**
 * Guide rows are read through the zod schema: a row that does not parse (a partner on a newer
 * version wrote a field we do not know yet) is skipped rather than crashing the screen.
 */
export function toGuide(row: StoredRow | undefined): Guide | null {
  if (!row || row._deleted) return null;
  const parsed = guideSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

export async function readGuides(db: VeldwerkDb = getDb()): Promise<Guide[]> {
  const rows = await db.guides.toArray();
  return rows.map(toGuide).filter((g): g is Guide => g !== null);
}

export async function readGuide(id: string, db: VeldwerkDb = getDb()): Promise<Guide | null> {
  return toGuide(await db.guides.get(id));
}

/** Every guide version, live, ordered by guide then version. `undefined` while loading. */
export function useGuides(): Guide[] | undefined {
  return useLiveQuery(async () => {
    const guides = await readGuides();
    return guides.sort((a, b) => a.guideKey.localeCompare(b.guideKey) || a.version - b.version);
  }, []);
}

/** One guide version, live. `undefined` while loading, `null` when missing. */
export function useGuide(id: string | undefined): Guide | null | undefined {
  return useLiveQuery(async () => (id ? readGuide(id) : null), [id]);
}

/** How many interviews each guide version (by id) was used for, live. */
export function useGuideUsage(): Map<string, number> | undefined {
  return useLiveQuery(async () => {
    const counts = new Map<string, number>();
    await getDb()
      .interviews.filter((r) => !r._deleted)
      .each((r) => counts.set(String(r.guideId), (counts.get(String(r.guideId)) ?? 0) + 1));
    return counts;
  }, []);
}

/** Whether any interview (live or deleted: history counts) was held with this version. */
export async function isGuideUsed(guideId: string, db: VeldwerkDb = getDb()): Promise<boolean> {
  return (await db.interviews.where('guideId').equals(guideId).count()) > 0;
}
