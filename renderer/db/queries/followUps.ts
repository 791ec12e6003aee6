import { useLiveQuery } from 'dexie-react-hooks';
import type { FollowUp } from '../../../shared/domain/followUp';
import { overdueCount } from '../../../shared/rules/followUpOrder';
import { getDb, type StoredRow } from '../database';

export type FollowUpRow = FollowUp;

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);

/** Read a synced follow-up loosely: a partner on an older version may leave fields out. */
export function toFollowUp(row: StoredRow): FollowUpRow | null {
  if (typeof row.companyId !== 'string' || typeof row.title !== 'string') return null;
  const createdAt = str(row.createdAt, '1970-01-01T00:00:00Z');
  return {
    id: row.id,
    _clock: row._clock,
    ...(row._deleted ? { _deleted: true } : {}),
    companyId: row.companyId,
    title: row.title,
    ownerAdvisorId: str(row.ownerAdvisorId),
    ownerName: str(row.ownerName),
    organisation: str(row.organisation, 'partner') as FollowUp['organisation'],
    due: typeof row.due === 'string' ? row.due : null,
    status: (['open', 'gedaan', 'vervallen'].includes(str(row.status)) ? row.status : 'open') as FollowUp['status'],
    origin: str(row.origin, 'handmatig') as FollowUp['origin'],
    originId: typeof row.originId === 'string' ? row.originId : null,
    notes: str(row.notes),
    visibility: row.visibility === 'prive' ? 'prive' : 'gedeeld',
    doneAt: typeof row.doneAt === 'string' ? row.doneAt : null,
    demo: row.demo === true,
    createdAt,
    updatedAt: str(row.updatedAt, createdAt),
  };
}

const live = (rows: StoredRow[]) => rows.filter((r) => !r._deleted).flatMap((r) => toFollowUp(r) ?? []);

/** Every follow-up on this device, live. */
export function useFollowUps(): FollowUpRow[] | undefined {
  return useLiveQuery(async () => live(await getDb().followUps.toArray()), []);
}

/** One follow-up by id (undefined while loading, null when gone or removed), live. */
export function useFollowUp(id: string | null): FollowUpRow | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const row = await getDb().followUps.get(id);
    return row && !row._deleted ? toFollowUp(row) : null;
  }, [id]);
}

/** The follow-ups one advisor owns (all statuses), live. */
export function useOwnFollowUps(advisorId: string | undefined): FollowUpRow[] | undefined {
  return useLiveQuery(async () => {
    if (!advisorId) return [];
    return live(await getDb().followUps.where('ownerAdvisorId').equals(advisorId).toArray());
  }, [advisorId]);
}

/** The follow-ups at one company, live. */
export function useCompanyFollowUps(companyId: string | null): FollowUpRow[] | undefined {
  return useLiveQuery(async () => {
    if (!companyId) return [];
    return live(await getDb().followUps.where('companyId').equals(companyId).toArray());
  }, [companyId]);
}

/**
 * How many of an advisor's follow-ups are overdue, live. Re-evaluated when the follow-ups change
 * and on every remount; `today` lets the caller refresh it when the date turns.
 */
export function useOverdueCount(advisorId: string | undefined, today: string): number {
  return (
    useLiveQuery(async () => {
      if (!advisorId) return 0;
      const rows = await getDb()
        .followUps.where('ownerAdvisorId')
        .equals(advisorId)
        .filter((r) => r.status === 'open' && !r._deleted && typeof r.due === 'string')
        .toArray();
      return overdueCount(live(rows), advisorId, new Date());
    }, [advisorId, today]) ?? 0
  );
}

/** id → name of the given companies (for lists that show a company per row), live. */
export function useCompanyNames(ids: readonly string[]): Map<string, string> | undefined {
  const key = [...new Set(ids)].sort().join('\u0000');
  return useLiveQuery(async () => {
    const unique = key ? key.split('\u0000') : [];
    const rows = await getDb().companies.bulkGet(unique);
    const out = new Map<string, string>();
    rows.forEach((r, i) => {
      if (r && typeof r.name === 'string') out.set(unique[i]!, r.name);
    });
    return out;
  }, [key]);
}
