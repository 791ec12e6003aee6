import {
  erasurePatches,
  namePattern,
  redactValue,
  findMentions,
  PERSON_BLANK_FIELDS,
  type FollowUpRef,
  type InterviewRef,
  type LogRef,
  type Mentions,
  type PersonRef,
} from '../../../shared/privacy/personData';
import { getDb, type StoredRow } from '../database';
import { write } from '../repository';

export type PersonDossier = {
  person: StoredRow & PersonRef;
  company: StoredRow | undefined;
  mentions: Mentions;
  logs: StoredRow[];
  interviews: StoredRow[];
  followUps: StoredRow[];
};

async function candidateRows() {
  const db = getDb();
  const [logs, interviews, followUps] = await Promise.all([
    db.contactLogs.toArray(),
    db.interviews.toArray(),
    db.followUps.toArray(),
  ]);
  return {
    logs: logs as unknown as (StoredRow & LogRef)[],
    interviews: interviews as unknown as (StoredRow & InterviewRef)[],
    followUps: followUps as unknown as (StoredRow & FollowUpRef)[],
  };
}

/** Everything Veldwerk holds about one contact person (for an inzageverzoek). */
export async function loadDossier(personId: string): Promise<PersonDossier | null> {
  const db = getDb();
  const person = (await db.contactPersons.get(personId)) as (StoredRow & PersonRef) | undefined;
  if (!person || person._deleted) return null;
  const rows = await candidateRows();
  const mentions = findMentions(person, rows);
  const pick = <T extends { id: string }>(list: T[], ids: { id: string }[]) =>
    list.filter((r) => ids.some((m) => m.id === r.id));
  return {
    person,
    company: await db.companies.get(person.companyId),
    mentions,
    logs: pick(rows.logs, mentions.logs),
    interviews: pick(rows.interviews, mentions.interviews),
    followUps: pick(rows.followUps, mentions.followUps),
  };
}

/**
 * Erase a person in one user action: the contact person row is blanked and tombstoned, the
 * name is redacted in logs, interviews and follow-ups. Because it goes through the repository,
 * the erasure replicates to partners like any other change.
 */
export async function erasePerson(personId: string): Promise<number> {
  const db = getDb();
  return write(db, 'Persoon gewist (AVG)', async (w) => {
    const person = (await db.contactPersons.get(personId)) as (StoredRow & PersonRef) | undefined;
    if (!person || person._deleted) return 0;
    const patches = erasurePatches(person, await candidateRows());
    for (const p of patches) await w.patch(p.table, p.id, p.fields);
    await w.patch('contactPersons', personId, { ...PERSON_BLANK_FIELDS, _deleted: true });
    return patches.length;
  }).then(async (n) => {
    await scrubHistory(personId);
    return n;
  });
}

/**
 * The local change history (outbox and inbox) still holds the person's old values. Redact the
 * name there too, and blank the person's own fields, so nothing on this laptop keeps them.
 * Segments already on the shared target are immutable; with encryption on they are ciphertext.
 */
async function scrubHistory(personId: string): Promise<void> {
  const db = getDb();
  if (!(await db.contactPersons.get(personId))) return;
  const name = (await db.outbox.toArray())
    .concat(await db.inbox.toArray())
    .flatMap((b) => b.changes)
    .find((c) => c.table === 'contactPersons' && c.rowId === personId && typeof c.fields.name === 'string' && c.fields.name !== PERSON_BLANK_FIELDS.name)
    ?.fields.name as string | undefined;
  const pattern = name ? namePattern(name) : null;
  await db.transaction('rw', db.outbox, db.inbox, async () => {
    for (const table of [db.outbox, db.inbox] as const) {
      await table.toCollection().modify((batch) => {
        batch.changes = batch.changes.map((c) => {
          if (c.table === 'contactPersons' && c.rowId === personId) {
            const blanked = Object.fromEntries(
              Object.keys(c.fields).map((k) => [k, k in PERSON_BLANK_FIELDS ? PERSON_BLANK_FIELDS[k as keyof typeof PERSON_BLANK_FIELDS] : c.fields[k]!]),
            );
            return { ...c, fields: blanked };
          }
          return pattern ? { ...c, fields: redactValue(c.fields, pattern) as typeof c.fields } : c;
        });
      });
    }
  });
}

/** Delete reviewed old contact logs and interviews (as tombstones, so partners delete them too). */
export async function deleteOldRecords(items: { table: 'contactLogs' | 'interviews'; id: string }[]): Promise<void> {
  await write(getDb(), `${items.length} oude registraties verwijderd (bewaartermijn)`, async (w) => {
    for (const item of items) await w.remove(item.table, item.id);
  });
}
