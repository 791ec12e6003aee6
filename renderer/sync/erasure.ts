import { PERSON_BLANK_FIELDS, namePattern, redactValue } from '../../shared/privacy/personData';
import { ERASED_FIELD, type ChangeBatch, type JsonValue, type RowChange } from '../../shared/sync/types';
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
const MENTION_TABLES = ['contactPersons', 'contactLogs', 'interviews', 'followUps', 'companies'] as const;
const PERSON_FIELDS = Object.keys(PERSON_BLANK_FIELDS) as (keyof typeof PERSON_BLANK_FIELDS)[];

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
  const patterns = names.map(namePattern).filter((p): p is RegExp => p !== null);
  const redact = <T>(value: T): T => patterns.reduce<unknown>((v, p) => redactValue(v, p), value) as T;
  const blankPerson = (fields: Record<string, JsonValue>): Record<string, JsonValue> => {
    const out = { ...fields };
    for (const f of PERSON_FIELDS) if (f in out) out[f] = PERSON_BLANK_FIELDS[f];
    return out;
  };

  const scrubRow = (table: string, row: StoredRow): boolean => {
    const before = JSON.stringify(row);
    const isPerson = table === 'contactPersons' && row.id === personId;
    const clean = (r: Record<string, unknown>) => {
      const rivals = r._rivals as Record<string, unknown> | undefined;
      if (rivals) {
        if (isPerson) for (const f of PERSON_FIELDS) delete rivals[f];
        r._rivals = redact(rivals);
        if (Object.keys(r._rivals as object).length === 0) delete r._rivals;
      }
      if (isPerson) for (const f of PERSON_FIELDS) if (f in r) r[f] = PERSON_BLANK_FIELDS[f];
      // Current values too, hidden (deleted) rows included: a partner's copy of a row the eraser
      // holds private or deleted is not reached by the erasure batch. Every device redacts the
      // same values the same way, so they stay alike.
      for (const key of Object.keys(r)) if (!key.startsWith('_') && key !== 'id') r[key] = redact(r[key]);
    };
    clean(row);
    if (row._shared && typeof row._shared === 'object') {
      const shared = { ...(row._shared as Record<string, unknown>) };
      clean(shared);
      row._shared = shared;
    }
    return JSON.stringify(row) !== before;
  };
  for (const table of MENTION_TABLES) {
    await db.table<StoredRow, string>(table).toCollection().modify((row) => {
      scrubRow(table, row);
    });
  }

  await db.conflicts.toCollection().modify((c: ConflictRow) => {
    if (c.table === 'contactPersons' && c.rowId === personId) {
      const blank = (PERSON_BLANK_FIELDS as Record<string, JsonValue>)[c.field];
      if (blank !== undefined) {
        c.winner = { ...c.winner, value: blank };
        c.loser = { ...c.loser, value: blank };
      }
    }
    c.winner = redact(c.winner);
    c.loser = redact(c.loser);
  });

  const scrubChange = (c: RowChange): RowChange => {
    const fields = c.table === 'contactPersons' && c.rowId === personId ? blankPerson(c.fields) : c.fields;
    return { ...c, fields: redact(fields) };
  };
  for (const table of [db.inbox, db.outbox] as const) {
    await table.toCollection().modify((batch: StoredBatch) => {
      batch.changes = batch.changes.map(scrubChange);
      batch.label = redact(batch.label);
      if (batch.sharedLabel !== undefined) batch.sharedLabel = redact(batch.sharedLabel);
    });
  }
}
