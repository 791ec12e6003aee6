import type { Table } from 'dexie';
import type { Hlc } from '../../shared/sync/hlc';
import { PRIVATE, SYNCED_TABLES, VISIBILITY_FIELD, type SyncedTable } from '../../shared/sync/tables';
import { DELETED_FIELD, type JsonValue, type RowChange } from '../../shared/sync/types';
import { nextHlc, ensureDeviceId } from './clock';
import type { StoredBatch, StoredRow, VeldwerkDb } from './database';

/**
 * The one way to change synchronised data. Every write runs in a Dexie transaction that also
 * appends its change batch to the outbox: no write without its change record, no change record
 * without its write. One call of `write` is one user action and replicates all-or-nothing.
 */
export type Writer = {
  readonly db: VeldwerkDb;
  readonly hlc: Hlc;
  readonly now: Date;
  /** Add new rows (ids must be new). Fast path for creates and imports: no read. */
  insert(table: SyncedTable, rows: Record<string, unknown>[]): Promise<void>;
  /** Change some fields of an existing row; only fields that really change are recorded. */
  patch(table: SyncedTable, id: string, fields: Record<string, unknown>): Promise<StoredRow>;
  /** Insert or replace a whole row; recorded per changed field. */
  put(table: SyncedTable, row: Record<string, unknown> & { id: string }): Promise<StoredRow>;
  /** Delete as a tombstone (the row stays, marked deleted, so the deletion can replicate). */
  remove(table: SyncedTable, id: string): Promise<void>;
};

const ALL_STORES = [...SYNCED_TABLES, 'outbox', 'settings'] as const;
/** Batches touching more rows than this are indexed as bulk (`*`) rather than per row. */
const ROW_INDEX_LIMIT = 200;
const META_FIELDS = new Set(['id', '_clock', '_rivals']);

/** Keep only JSON values: drop undefined, turn Dates into ISO strings. */
function toJson(value: unknown): JsonValue {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  return value as JsonValue;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
    return (a ?? null) === (b ?? null);
  }
  return JSON.stringify(a) === JSON.stringify(b);
}

function isPrivate(row: Record<string, unknown> | undefined): boolean {
  return row?.[VISIBILITY_FIELD] === PRIVATE;
}

function dataFields(row: Record<string, unknown>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(row)) if (!META_FIELDS.has(k) && v !== undefined) out[k] = toJson(v);
  return out;
}

class BatchBuilder implements Writer {
  readonly changes: RowChange[] = [];

  constructor(
    readonly db: VeldwerkDb,
    readonly hlc: Hlc,
    readonly now: Date,
  ) {}

  private table(name: SyncedTable): Table<StoredRow, string> {
    return this.db.syncedTable(name);
  }

  /** Record what partners may see of a row change, honouring private visibility. */
  private record(
    table: SyncedTable,
    rowId: string,
    before: Record<string, unknown> | undefined,
    after: Record<string, unknown>,
    fields: Record<string, JsonValue>,
  ): void {
    const wasShared = before !== undefined && !isPrivate(before);
    if (isPrivate(after)) {
      // A row that turns private is withdrawn from partners; private rows never leave the device.
      if (wasShared) this.changes.push({ table, rowId, fields: { [DELETED_FIELD]: true } });
      return;
    }
    if (before !== undefined && isPrivate(before)) {
      // Shared again: partners need the whole row, not just the fields that changed now.
      this.changes.push({ table, rowId, fields: { ...dataFields(after), [DELETED_FIELD]: false } });
      return;
    }
    if (Object.keys(fields).length > 0) this.changes.push({ table, rowId, fields });
  }

  async insert(table: SyncedTable, rows: Record<string, unknown>[]): Promise<void> {
    const stored: StoredRow[] = rows.map((row) => {
      const id = row.id;
      if (typeof id !== 'string' || id === '') throw new Error(`Rij zonder id in ${table}`);
      const fields = dataFields(row);
      const storedRow = { ...fields, id, _clock: { '': this.hlc } } as StoredRow;
      if (!isPrivate(storedRow)) this.changes.push({ table, rowId: id, fields });
      return storedRow;
    });
    await this.table(table).bulkAdd(stored);
  }

  async patch(table: SyncedTable, id: string, fields: Record<string, unknown>): Promise<StoredRow> {
    const current = await this.table(table).get(id);
    if (!current) throw new Error(`Rij ${id} bestaat niet in ${table}`);
    return this.applyFields(table, current, fields);
  }

  async put(table: SyncedTable, row: Record<string, unknown> & { id: string }): Promise<StoredRow> {
    const current = await this.table(table).get(row.id);
    if (!current) {
      await this.insert(table, [row]);
      return (await this.table(table).get(row.id))!;
    }
    return this.applyFields(table, current, dataFields(row));
  }

  async remove(table: SyncedTable, id: string): Promise<void> {
    const current = await this.table(table).get(id);
    if (!current || current._deleted) return;
    await this.applyFields(table, current, { [DELETED_FIELD]: true });
  }

  private async applyFields(
    table: SyncedTable,
    current: StoredRow,
    fields: Record<string, unknown>,
  ): Promise<StoredRow> {
    const changed: Record<string, JsonValue> = {};
    const clock = { ...current._clock };
    for (const [field, raw] of Object.entries(fields)) {
      if (META_FIELDS.has(field)) continue;
      const value = toJson(raw);
      if (sameValue(current[field], value)) continue;
      changed[field] = value;
      clock[field] = this.hlc;
    }
    if (Object.keys(changed).length === 0) return current;
    const next = { ...current, ...changed, _clock: clock } as StoredRow;
    await this.table(table).put(next);
    this.record(table, current.id, current, next, changed);
    return next;
  }
}

/** Run one user action. `label` is shown in history and the sync log, in Dutch. */
export async function write<T>(
  db: VeldwerkDb,
  label: string,
  fn: (writer: Writer) => Promise<T>,
): Promise<T> {
  return db.transaction('rw', [...ALL_STORES], async () => {
    const now = new Date();
    const hlc = await nextHlc(db, now.getTime());
    const builder = new BatchBuilder(db, hlc, now);
    const result = await fn(builder);
    if (builder.changes.length > 0) await appendBatch(db, hlc, label, builder.changes, now.getTime());
    return result;
  });
}

async function appendBatch(
  db: VeldwerkDb,
  hlc: Hlc,
  label: string,
  changes: RowChange[],
  at: number,
): Promise<void> {
  const deviceId = await ensureDeviceId(db);
  const last = await db.outbox.orderBy('seq').last();
  const seq = (last?.seq ?? 0) + 1;
  const rows =
    changes.length > ROW_INDEX_LIMIT ? ['*'] : [...new Set(changes.map((c) => `${c.table}:${c.rowId}`))];
  const batch: StoredBatch = { id: crypto.randomUUID(), deviceId, seq, hlc, label, changes, rows, at };
  await db.outbox.add(batch);
}
