import { PERSON_BLANK_FIELDS } from '../../shared/privacy/personData';
import { MENTION_TABLES, redactorFor, scrubBatch, scrubConflict, scrubStoredRow } from '../../shared/privacy/scrub';
import { ERASED_FIELD, type ChangeBatch } from '../../shared/sync/types';
import type { ConflictRow, StoredBatch, StoredRow, VeldwerkDb } from '../db/database';

/**
 * AVG erasure on every device. The erasing laptop's batch blanks the contact person and marks
 * the change `erased: true`; every device that applies it (and the erasing one, in its own write)
 * then removes the person's data from everything the merge and the history keep besides the
 * current values: displaced values (`_rivals`), the replicated state under private rows
 * (`_shared`), the conflicts table, inbox and outbox. All inside the caller's transaction, which
 * must include the tables of `ERASURE_STORES`.
 */
export { ERASED_FIELD };
export const ERASURE_STORES = ['contactPersons', 'contactLogs', 'interviews', 'followUps', 'companies', 'conflicts', 'inbox', 'outbox'] as const;

/** Contact persons erased by these batches. */
export function erasedPersons(batches: ChangeBatch[]): string[] {
  const ids = new Set<string>();
  for (const b of batches) {
    for (const c of b.changes) if (c.table === 'contactPersons' && c.fields[ERASED_FIELD] === true) ids.add(c.rowId);
  }
  return [...ids];
}

/** Every name a stored person row holds: current, displaced, and under a private row. */
export function namesOf(row: StoredRow | undefined): string[] {
  if (!row) return [];
  const out = new Set<string>();
  const add = (v: unknown) => {
    if (typeof v === 'string' && v !== PERSON_BLANK_FIELDS.name) out.add(v);
  };
  const scan = (r: Record<string, unknown> | undefined) => {
    if (!r) return;
    add(r.name);
    const rivals = r._rivals as Record<string, Record<string, { value: unknown }>> | undefined;
    for (const rival of Object.values(rivals?.name ?? {})) add(rival.value);
  };
  scan(row);
  scan(row._shared as Record<string, unknown> | undefined);
  return [...out];
}

export async function scrubPerson(db: VeldwerkDb, personId: string, names: string[]): Promise<void> {
  const redact = redactorFor(names);
  for (const table of MENTION_TABLES) {
    await db.table<StoredRow, string>(table).toCollection().modify((row) => {
      scrubStoredRow(row, table === 'contactPersons' && row.id === personId, redact);
    });
  }
  await db.conflicts.toCollection().modify((c: ConflictRow) => scrubConflict(c, personId, redact));
  for (const table of [db.inbox, db.outbox] as const) {
    await table.toCollection().modify((batch: StoredBatch) => scrubBatch(batch, personId, redact));
  }
}
