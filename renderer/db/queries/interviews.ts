import { useLiveQuery } from 'dexie-react-hooks';
import { interviewSchema, type Interview } from '../../../shared/domain/interview';
import { getDb, type StoredRow, type VeldwerkDb } from '../database';

/** Rows that do not parse (a partner on a newer schema) are skipped, not fatal. */
export function toInterview(row: StoredRow | undefined): Interview | null {
  if (!row || row._deleted) return null;
  const parsed = interviewSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

const parseAll = (rows: StoredRow[]) =>
  rows.map(toInterview).filter((i): i is Interview => i !== null);
const newestFirst = (a: Interview, b: Interview) => b.lastChangeAt.localeCompare(a.lastChangeAt);

/** Every interview, newest change first, live. */
export function useInterviews(): Interview[] | undefined {
  return useLiveQuery(
    async () => parseAll(await getDb().interviews.toArray()).sort(newestFirst),
    [],
  );
}

/** One interview, live. `undefined` while loading, `null` when missing or deleted. */
export function useInterview(id: string | undefined): Interview | null | undefined {
  return useLiveQuery(
    async () => (id ? toInterview(await getDb().interviews.get(id)) : null),
    [id],
  );
}

export async function readInterview(
  id: string,
  db: VeldwerkDb = getDb(),
): Promise<Interview | null> {
  return toInterview(await db.interviews.get(id));
}

/** The interviews held with one company, newest change first, live. */
export function useCompanyInterviews(companyId: string): Interview[] | undefined {
  return useLiveQuery(
    async () =>
      parseAll(await getDb().interviews.where('companyId').equals(companyId).toArray()).sort(
        newestFirst,
      ),
    [companyId],
  );
}

/** All interviews held with any version of a guide (for the export). */
export async function readInterviewsForGuide(
  guideKey: string,
  db: VeldwerkDb = getDb(),
): Promise<Interview[]> {
  return parseAll(await db.interviews.where('guideKey').equals(guideKey).toArray());
}

export type ContactLogView = {
  id: string;
  at: string;
  channel: string;
  summary: string;
  advisorName: string;
};

/** The contactmoment created when an interview was finished, live. */
export function useInterviewContactLog(
  contactLogId: string | null,
): ContactLogView | null | undefined {
  return useLiveQuery(async () => {
    if (!contactLogId) return null;
    const row = await getDb().contactLogs.get(contactLogId);
    if (!row || row._deleted) return null;
    return {
      id: row.id,
      at: String(row.at),
      channel: String(row.channel),
      summary: String(row.summary ?? ''),
      advisorName: String(row.advisorName ?? ''),
    };
  }, [contactLogId]);
}
