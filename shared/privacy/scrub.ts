/**
 * AVG erasure of one contact person from stored data, as pure functions over plain rows: the
 * live database (renderer/syncAdapter/erasure.ts runs them inside its transaction) and the backups on
 * this laptop (renderer/db/backupErasure.ts) are scrubbed by the same code, so a backup restored
 * after an erasure cannot bring the person back.
 *
 * What is removed: the person's own fields (blanked to `PERSON_BLANK_FIELDS`), every mention of
 * their names in current values, displaced values (`_rivals`), the replicated state under
 * private rows (`_shared`), conflicts, and the change history (inbox and outbox batches).
 */
import type { JsonValue, RowChange } from '../sync/types';
import { namePattern, PERSON_BLANK_FIELDS, redactValue } from './personData';

export type Redact = <T>(value: T) => T;

const PERSON_FIELDS = Object.keys(PERSON_BLANK_FIELDS) as (keyof typeof PERSON_BLANK_FIELDS)[];
/** The tables whose rows can mention a person by name. */
export const MENTION_TABLES = ['contactPersons', 'contactLogs', 'interviews', 'followUps', 'companies'] as const;

/** Redacts every one of `names` wherever it appears in a value. */
export function redactorFor(names: readonly string[]): Redact {
  const patterns = names.map(namePattern).filter((p): p is RegExp => p !== null);
  return <T>(value: T): T => patterns.reduce<unknown>((v, p) => redactValue(v, p), value) as T;
}

function blankPersonFields(fields: Record<string, JsonValue>): Record<string, JsonValue> {
  const out = { ...fields };
  for (const f of PERSON_FIELDS) if (f in out) out[f] = PERSON_BLANK_FIELDS[f];
  return out;
}

/**
 * Scrubs one stored row in place (and the state kept under it when it is private). `isPerson`:
 * this is the erased person's own row. Returns whether anything changed.
 */
export function scrubStoredRow(row: Record<string, unknown>, isPerson: boolean, redact: Redact): boolean {
  const before = JSON.stringify(row);
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
}

type ConflictLike = { table: string; rowId: string; field: string; winner: { value?: unknown }; loser: { value?: unknown } };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const isConflictLike = (c: Record<string, unknown>): c is Record<string, unknown> & ConflictLike =>
  typeof c.table === 'string' && typeof c.rowId === 'string' && typeof c.field === 'string' && isObject(c.winner) && isObject(c.loser);

/** Scrubs one kept conflict in place: both values, blanked when they are the person's own fields. */
export function scrubConflict(c: ConflictLike, personId: string, redact: Redact): void {
  if (c.table === 'contactPersons' && c.rowId === personId) {
    const blank = (PERSON_BLANK_FIELDS as Record<string, JsonValue>)[c.field];
    if (blank !== undefined) {
      c.winner = { ...c.winner, value: blank };
      c.loser = { ...c.loser, value: blank };
    }
  }
  c.winner = redact(c.winner);
  c.loser = redact(c.loser);
}

type BatchLike = { changes: RowChange[]; label: string; sharedLabel?: string };

const isBatchLike = (b: Record<string, unknown>): b is Record<string, unknown> & BatchLike =>
  Array.isArray(b.changes) && b.changes.every((c) => isObject(c) && isObject(c.fields)) && typeof b.label === 'string';

/** Scrubs one stored change batch (inbox or outbox) in place. */
export function scrubBatch(batch: BatchLike, personId: string, redact: Redact): void {
  batch.changes = batch.changes.map((c) => {
    const fields = c.table === 'contactPersons' && c.rowId === personId ? blankPersonFields(c.fields) : c.fields;
    return { ...c, fields: redact(fields) };
  });
  batch.label = redact(batch.label);
  if (batch.sharedLabel !== undefined) batch.sharedLabel = redact(batch.sharedLabel);
}

/**
 * A backup's tables with the person erased, as `scrubPerson` leaves the live database. Returns
 * null when the backup holds nothing of the person (then it is left as it is).
 */
export function scrubBackupTables(
  tables: Record<string, Record<string, unknown>[]>,
  personId: string,
  names: readonly string[],
): Record<string, Record<string, unknown>[]> | null {
  const redact = redactorFor(names);
  const out = structuredClone(tables);
  let changed = false;
  for (const table of MENTION_TABLES) {
    for (const row of out[table] ?? []) {
      if (scrubStoredRow(row, table === 'contactPersons' && row.id === personId, redact)) changed = true;
    }
  }
  for (const c of out.conflicts ?? []) {
    const before = JSON.stringify(c);
    if (isConflictLike(c)) scrubConflict(c, personId, redact);
    if (JSON.stringify(c) !== before) changed = true;
  }
  for (const table of ['inbox', 'outbox']) {
    for (const b of out[table] ?? []) {
      const before = JSON.stringify(b);
      if (isBatchLike(b)) scrubBatch(b, personId, redact);
      if (JSON.stringify(b) !== before) changed = true;
    }
  }
  return changed ? out : null;
}
