import Dexie, { type Table, type Transaction } from 'dexie';
import { sameFieldValue } from '../../shared/data/equality';
import type { Hlc } from '../../shared/sync/hlc';
import { SHARED_FIELD, applyLocalWrite, type MergeRow } from '../../shared/sync/merge';
import { PRIVATE, SYNCED_TABLES, VISIBILITY_FIELD, type SyncedTable } from '../../shared/sync/tables';
import {
  DELETED_FIELD,
  type BatchStamp,
  type JsonValue,
  type RowChange,
  type SeenVector,
} from '../../shared/sync/types';
import { batchRowKeys } from './batchRows';
import { checkRow } from './rowSchemas';
import { nextHlc, ensureDeviceId } from './clock';
import type { StoredBatch, StoredRow, VeldwerkDb } from './database';
import { SEEN_SEQS_KEY } from './queries/syncStatus';
import { syncUi } from '../../shared/i18n/nl/sync';

/**
 * The one way to change synchronised data. Every write runs in a Dexie transaction that also
 * appends its change batch to the outbox: no write without its change record, no change record
 * without its write. One call of `write` is one user action and replicates all-or-nothing.
 *
 * Every field a write sets is checked against the table's schema (`rowSchemas.ts`); a write that
 * would store an invalid value throws `InvalidRowError` and the whole action is rolled back.
 */
export type Writer = {
  readonly db: VeldwerkDb;
  readonly hlc: Hlc;
  readonly now: Date;
  /**
   * Add new rows (ids must be new). Fast path for creates and imports: no read. With
   * `complete`, each row must be a whole valid row of its table, not only valid in what it sets.
   */
  insert(table: SyncedTable, rows: Record<string, unknown>[], options?: InsertOptions): Promise<void>;
  /**
   * Change some fields of an existing row; only fields that really change are recorded. With
   * `restore`, the fields are values the row held before (undo) and are not checked again: a
   * field that was absent comes back as null even where the schema wants a value.
   */
  patch(table: SyncedTable, id: string, fields: Record<string, unknown>, options?: PatchOptions): Promise<StoredRow>;
  /** Insert or replace a whole row; recorded per changed field. */
  put(table: SyncedTable, row: Record<string, unknown> & { id: string }): Promise<StoredRow>;
  /** Delete as a tombstone (the row stays, marked deleted, so the deletion can replicate). */
  remove(table: SyncedTable, id: string): Promise<void>;
  /**
   * Write fields even where they already hold these values: a decision peers must receive
   * (keeping the current side of a conflict settles it on the other devices too). Not checked
   * against the schema: the values are already in this database, some of them from partners.
   */
  confirm(table: SyncedTable, id: string, fields: Record<string, unknown>): Promise<StoredRow>;
};

export type InsertOptions = { complete?: boolean };
export type PatchOptions = { restore?: boolean };

const BASE_STORES = [...SYNCED_TABLES, 'outbox', 'settings'] as const;
/** With `conflicts`, so a write settles the open conflicts of the fields it writes. */
const ALL_STORES = [...BASE_STORES, 'conflicts'] as const;
/** The merge's bookkeeping: never sent as data, never patched. */
const META_FIELDS = new Set(['id', '_clock', '_rivals', '_stamps', SHARED_FIELD]);

/**
 * Keep only JSON values: drop undefined, turn Dates into ISO strings and NaN/Infinity into null
 * (as JSON does), so the stored value is the value the other devices receive.
 */
function toJson(value: unknown): JsonValue {
  if (value === undefined) return null;
  if (typeof value === 'number' && !Number.isFinite(value)) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map(toJson);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, JsonValue> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJson(v);
    return out;
  }
  return value as JsonValue;
}

function isPrivate(row: Record<string, unknown> | undefined): boolean {
  return row?.[VISIBILITY_FIELD] === PRIVATE;
}

function dataFields(row: Record<string, unknown>): Record<string, JsonValue> {
  const out: Record<string, JsonValue> = {};
  for (const [k, v] of Object.entries(row)) if (!META_FIELDS.has(k) && v !== undefined) out[k] = toJson(v);
  return out;
}

/** What the batch of this write will carry: its seq and what this device had seen of peers. */
type PendingBatch = { deviceId: string; stamp: BatchStamp };

class BatchBuilder implements Writer {
  readonly changes: RowChange[] = [];
  /** Set when the action wrote a private row: its label must not reach partners. */
  touchedPrivate = false;

  constructor(
    readonly db: VeldwerkDb,
    readonly hlc: Hlc,
    readonly now: Date,
    readonly pending: PendingBatch,
    /** False inside a caller's transaction without `conflicts` (company import). */
    private readonly settlesConflicts: boolean,
  ) {}

  private table(name: SyncedTable): Table<StoredRow, string> {
    return this.db.syncedTable(name);
  }

  /**
   * Record what partners may see of a row change and return the row this device stores.
   * Privacy toggles (see README, Synchronisation):
   * - Withdraw (shared → private): partners receive a tombstone. The row keeps, in `_shared`,
   *   the replicated state with that tombstone applied; partners' later writes go there, never
   *   into the private row.
   * - Re-share (private → shared): a fresh publication of every field (and `null` for fields
   *   only partners wrote) plus `_deleted: false`, applied here to the replicated state exactly
   *   as partners apply it, so every device ends with the same row.
   */
  private record(
    table: SyncedTable,
    current: StoredRow,
    fields: Record<string, JsonValue>,
  ): StoredRow {
    const after = { ...current, ...fields };
    const stamp = this.pending.stamp;
    if (isPrivate(after) || isPrivate(current)) this.touchedPrivate = true;
    if (isPrivate(after)) {
      if (isPrivate(current)) return applyLocalWrite(current, fields, this.hlc, undefined);
      const withdraw = { [DELETED_FIELD]: true };
      this.changes.push({ table, rowId: current.id, fields: withdraw });
      const shared = applyLocalWrite(current as MergeRow, withdraw, this.hlc, stamp);
      delete shared[SHARED_FIELD];
      return { ...applyLocalWrite(current, fields, this.hlc, undefined), [SHARED_FIELD]: shared };
    }
    if (isPrivate(current)) {
      const base: MergeRow = (current[SHARED_FIELD] as MergeRow | undefined) ?? { id: current.id, _clock: {} };
      const publication: Record<string, JsonValue> = {};
      for (const field of Object.keys(dataFields(base))) publication[field] = null;
      Object.assign(publication, dataFields(after), { [DELETED_FIELD]: false });
      this.changes.push({ table, rowId: current.id, fields: publication });
      return applyLocalWrite(base, publication, this.hlc, stamp) as StoredRow;
    }
    this.changes.push({ table, rowId: current.id, fields });
    return applyLocalWrite(current, fields, this.hlc, stamp);
  }

  async insert(table: SyncedTable, rows: Record<string, unknown>[], options: InsertOptions = {}): Promise<void> {
    const stored: StoredRow[] = rows.map((row) => {
      const id = row.id;
      if (typeof id !== 'string' || id === '') throw new Error(`Row without id in ${table}`);
      const fields = dataFields(row);
      const storedRow: StoredRow = { ...fields, id, _clock: { '': this.hlc } };
      checkRow(table, storedRow, options.complete ? undefined : new Set(Object.keys(fields)));
      if (isPrivate(storedRow)) this.touchedPrivate = true;
      else {
        this.changes.push({ table, rowId: id, fields });
        // The same stamp a peer stores when it applies this batch.
        storedRow._stamps = { [this.hlc]: this.pending.stamp };
      }
      return storedRow;
    });
    await this.table(table).bulkAdd(stored);
  }

  async patch(table: SyncedTable, id: string, fields: Record<string, unknown>, options: PatchOptions = {}): Promise<StoredRow> {
    const current = await this.table(table).get(id);
    if (!current) throw new Error(`Row ${id} does not exist in ${table}`);
    return this.applyFields(table, current, fields, { check: !options.restore });
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
    // A tombstone is valid whatever the row holds.
    await this.applyFields(table, current, { [DELETED_FIELD]: true }, { check: false });
  }

  async confirm(table: SyncedTable, id: string, fields: Record<string, unknown>): Promise<StoredRow> {
    const current = await this.table(table).get(id);
    if (!current) throw new Error(`Row ${id} does not exist in ${table}`);
    return this.applyFields(table, current, fields, { evenIfSame: true, check: false });
  }

  private async applyFields(
    table: SyncedTable,
    current: StoredRow,
    fields: Record<string, unknown>,
    { evenIfSame = false, check = true }: { evenIfSame?: boolean; check?: boolean } = {},
  ): Promise<StoredRow> {
    const changed: Record<string, JsonValue> = {};
    for (const [field, raw] of Object.entries(fields)) {
      if (META_FIELDS.has(field)) continue;
      const value = toJson(raw);
      if (!evenIfSame && sameFieldValue(current[field], value)) continue;
      changed[field] = value;
    }
    if (Object.keys(changed).length === 0) return current;
    if (check) checkRow(table, { ...current, ...changed }, new Set(Object.keys(changed)));
    // Clocks, rivals and stamp as the merge keeps them, so every device ends with the same row.
    const next = this.record(table, current, changed);
    await this.table(table).put(next);
    if (this.settlesConflicts) await this.settleConflicts(table, current.id, Object.keys(changed));
    return next;
  }

  /**
   * The user wrote these fields knowing the row as it is here, so the open conflicts on them are
   * settled by this write (and peers will not see a conflict: the batch says what it had seen).
   * Writing `_deleted` (restore or delete again) settles the row's edits-on-deleted.
   */
  private async settleConflicts(table: SyncedTable, rowId: string, fields: string[]): Promise<void> {
    const written = new Set(fields);
    const settled = await this.db.conflicts
      .where('rowId')
      .equals(rowId)
      .filter(
        (c) =>
          c.table === table &&
          c.status === 'open' &&
          (c.kind === 'value' ? written.has(c.field) : written.has(DELETED_FIELD)),
      )
      .primaryKeys();
    await Promise.all(settled.map((id) => this.db.conflicts.update(id, { status: 'opgelost' })));
  }
}

/** Builders of the writes in progress, by transaction, so a nested `write` joins its caller. */
const active = new WeakMap<Transaction, BatchBuilder>();

function outerBuilder(db: VeldwerkDb): BatchBuilder | undefined {
  for (let tx: Transaction | undefined = Dexie.currentTransaction ?? undefined; tx; tx = tx.parent) {
    const builder = active.get(tx);
    if (builder?.db === db) return builder;
  }
  return undefined;
}

/** This write's device, seq and causal stamp; inside the write transaction. */
async function pendingBatch(db: VeldwerkDb): Promise<PendingBatch> {
  const deviceId = await ensureDeviceId(db);
  const last = await db.outbox.orderBy('seq').last();
  const raw = (await db.settings.get(SEEN_SEQS_KEY))?.value;
  const seen: SeenVector = {};
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [peer, seq] of Object.entries(raw)) {
      if (peer !== deviceId && typeof seq === 'number' && seq > 0) seen[peer] = seq;
    }
  }
  const seq = (last?.seq ?? 0) + 1;
  return { deviceId, stamp: Object.keys(seen).length > 0 ? { seq, seen } : { seq } };
}

/**
 * A label that says only which kinds of shared records changed ("Bedrijf bijgewerkt"), for an
 * action that also touched private items: "Contactmoment vastgelegd" next to a status change
 * would tell partners a private contact happened.
 */
function neutralLabel(changes: RowChange[]): string {
  const tables = [...new Set(changes.map((c) => c.table))];
  const names = tables.map((table) => syncUi.tables[table as keyof typeof syncUi.tables] ?? table);
  return syncUi.sharedLabel(names);
}

/** Run one user action. `label` is shown in history and the sync log, in Dutch. */
export async function write<T>(
  db: VeldwerkDb,
  label: string,
  fn: (writer: Writer) => Promise<T>,
): Promise<T> {
  // A write inside a write is part of the same user action: its rows were stamped with the
  // outer batch's seq, so it must land in that batch rather than take a seq of its own.
  const outer = outerBuilder(db);
  if (outer) return fn(outer);
  const parent: Transaction | null = Dexie.currentTransaction;
  const stores = parent && !parent.storeNames.includes('conflicts') ? BASE_STORES : ALL_STORES;
  return db.transaction('rw', [...stores], async () => {
    const now = new Date();
    const hlc = await nextHlc(db, now.getTime());
    const pending = await pendingBatch(db);
    const builder = new BatchBuilder(db, hlc, now, pending, stores === ALL_STORES);
    const tx = Dexie.currentTransaction;
    active.set(tx, builder);
    try {
      const result = await fn(builder);
      if (builder.changes.length > 0) {
        const shared = builder.touchedPrivate ? neutralLabel(builder.changes) : undefined;
        await appendBatch(db, hlc, label, builder.changes, now.getTime(), pending, shared);
      }
      return result;
    } finally {
      active.delete(tx);
    }
  });
}

async function appendBatch(
  db: VeldwerkDb,
  hlc: Hlc,
  label: string,
  changes: RowChange[],
  at: number,
  { deviceId, stamp }: PendingBatch,
  sharedLabel: string | undefined,
): Promise<void> {
  const rows = batchRowKeys(changes);
  const batch: StoredBatch = {
    id: crypto.randomUUID(),
    deviceId,
    seq: stamp.seq,
    hlc,
    label,
    changes,
    ...(stamp.seen && { seen: stamp.seen }),
    rows,
    at,
    ...(sharedLabel !== undefined && { sharedLabel }),
  };
  await db.outbox.add(batch);
}
