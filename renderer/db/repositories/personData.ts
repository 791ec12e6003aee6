import { erasurePatches, findMentions, PERSON_BLANK_FIELDS, type Mentions } from '../../../shared/privacy/personData';
import {
  getDb,
  type StoredCompany,
  type StoredContactLog,
  type StoredContactPerson,
  type StoredFollowUp,
  type StoredInterview,
} from '../database';
import { write } from '../repository';
import { eraseFromBackups, type BackupErasure } from '../backupErasure';
import { SYNCED_TABLES } from '../../../shared/sync/tables';
import { ERASED_FIELD, namesOf, scrubPerson } from '../../syncAdapter/erasure';
import { history } from '../../../shared/i18n/nl/history';

export type PersonDossier = {
  person: StoredContactPerson;
  company: StoredCompany | undefined;
  mentions: Mentions;
  logs: StoredContactLog[];
  interviews: StoredInterview[];
  followUps: StoredFollowUp[];
};

async function candidateRows() {
  const db = getDb();
  const [logs, interviews, followUps] = await Promise.all([
    db.contactLogs.toArray(),
    db.interviews.toArray(),
    db.followUps.toArray(),
  ]);
  return { logs, interviews, followUps };
}

/** Everything Veldwerk holds about one contact person (for an inzageverzoek). */
export async function loadDossier(personId: string): Promise<PersonDossier | null> {
  const db = getDb();
  const person = await db.contactPersons.get(personId);
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
 * the erasure replicates to partners like any other change; marked `erased`, it makes every
 * device that applies it scrub what the merge and history keep besides the current values
 * (see `renderer/syncAdapter/erasure.ts`). Here that happens in the same transaction as the write.
 * Segments already on the shared target are immutable; with encryption on they are ciphertext.
 */
export type Erasure = { redacted: number; backups: BackupErasure };

export async function erasePerson(personId: string): Promise<Erasure> {
  const db = getDb();
  const stores = [...SYNCED_TABLES, 'outbox', 'inbox', 'settings', 'conflicts'];
  const names = new Set<string>();
  const redacted = await db.transaction('rw', stores, async () => {
    const person = await db.contactPersons.get(personId);
    if (!person || person._deleted) return null;
    for (const name of namesOf(person)) names.add(name);
    for (const b of (await db.outbox.toArray()).concat(await db.inbox.toArray())) {
      for (const c of b.changes) {
        if (c.table === 'contactPersons' && c.rowId === personId && typeof c.fields.name === 'string') names.add(c.fields.name);
      }
    }
    const n = await write(db, 'Persoon gewist (AVG)', async (w) => {
      const patches = erasurePatches(person, await candidateRows());
      for (const p of patches) await w.patch(p.table, p.id, p.fields);
      await w.patch('contactPersons', personId, { ...PERSON_BLANK_FIELDS, [ERASED_FIELD]: true, _deleted: true });
      return patches.length;
    });
    await scrubPerson(db, personId, [...names]);
    return n;
  });
  if (redacted === null) return { redacted: 0, backups: { rewritten: 0, failed: [] } };
  // The backups on this laptop: after the database, so the erasure itself never waits on them.
  const backups = await eraseFromBackups([{ personId, names: [...names] }]);
  return { redacted, backups };
}

/** Delete reviewed old contact logs and interviews (as tombstones, so partners delete them too). */
export async function deleteOldRecords(items: { table: 'contactLogs' | 'interviews'; id: string }[]): Promise<void> {
  await write(getDb(), history.personData.purged(items.length), async (w) => {
    for (const item of items) await w.remove(item.table, item.id);
  });
}
