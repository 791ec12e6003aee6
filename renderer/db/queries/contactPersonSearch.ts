import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '../database';
import { foldText } from '../../../shared/text/normalize';
import { privacyText } from '../../../shared/i18n/nl/privacy';

export type PersonHit = { id: string; name: string; function: string; companyId: string; companyName: string };


/** Contact persons whose name contains the query (case- and accent-insensitive). */
export function usePersonSearch(query: string): PersonHit[] | undefined {
  return useLiveQuery(async () => {
    const q = foldText(query.trim());
    if (q.length < 2) return [];
    const db = getDb();
    const people = await db.contactPersons.filter((p) => !p._deleted && foldText(String(p.name ?? '')).includes(q)).limit(50).toArray();
    const companies = await db.companies.bulkGet([...new Set(people.map((p) => String(p.companyId)))]);
    const names = new Map(companies.filter((c) => c !== undefined).map((c) => [c.id, String(c.name ?? '')]));
    return people.map((p) => ({
      id: p.id,
      name: String(p.name ?? ''),
      function: String(p.function ?? ''),
      companyId: String(p.companyId),
      companyName: names.get(String(p.companyId)) ?? '',
    }));
  }, [query]);
}

export type RetentionRow = { table: 'contactLogs' | 'interviews'; id: string; when: string; companyName: string; text: string };

/** Contact logs and interviews older than `years`, oldest first. */
export function useRetention(years: number): RetentionRow[] | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const cutoff = new Date();
    cutoff.setFullYear(cutoff.getFullYear() - years);
    const iso = cutoff.toISOString();
    const logs = await db.contactLogs.where('at').below(iso).filter((r) => !r._deleted).toArray();
    const interviews = await db.interviews.filter((r) => !r._deleted && String(r.startedAt ?? '') < iso).toArray();
    const companies = await db.companies.bulkGet([...new Set([...logs, ...interviews].map((r) => String(r.companyId)))]);
    const names = new Map(companies.filter((c) => c !== undefined).map((c) => [c.id, String(c.name ?? '')]));
    const rows: RetentionRow[] = [
      ...logs.map((r) => ({ table: 'contactLogs' as const, id: r.id, when: String(r.at), companyName: names.get(String(r.companyId)) ?? '', text: String(r.summary ?? '') })),
      ...interviews.map((r) => ({ table: 'interviews' as const, id: r.id, when: String(r.startedAt), companyName: names.get(String(r.companyId)) ?? '', text: privacyText.retention.interview })),
    ];
    return rows.sort((a, b) => a.when.localeCompare(b.when));
  }, [years]);
}
