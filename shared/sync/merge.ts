import { hlcDevice, type Hlc } from './hlc';
import { deepEqual } from '../data/equality';
import { canonicalJson } from './json';
import { PRIVATE, VISIBILITY_FIELD, isSyncedTable } from './tables';
import { hasSeen } from './causal';
import { DELETED_FIELD, type BatchStamp, type ChangeBatch, type FieldClocks, type JsonValue } from './types';

/**
 * Per-field last-writer-wins merge with conflict bookkeeping, as pure planning: the renderer
 * reads the rows named by `rowKeysOf`, calls `planApply`, and writes the result in one Dexie
 * transaction.
 *
 * Semantics (all decided by the set of writes alone, so every delivery order gives the same
 * rows and the same conflicts):
 * - A field takes the value of the write with the highest HLC. A write whose HLC is not above
 *   the field's clock changes nothing (idempotent, so duplicates and replays are harmless).
 * - `_deleted` is an ordinary last-writer-wins field. A delete hides the row; a later edit of
 *   another field updates the hidden row but does NOT bring it back: only an explicit
 *   `_deleted: false` with a newer clock resurrects (the repository sends that, with the whole
 *   row, when a private item becomes shared again). Hidden rows keep their field values because
 *   dropping them would make the merge depend on delivery order.
 * - Conflicts. For every field written by more than one device, the row keeps in `_rivals` the
 *   newest write (hlc, seq, value) of each device other than the winner's. A rival is an open
 *   conflict when its value differs from the winner's AND the winner's writer had not seen it:
 *   the winning batch's `seen[rivalDevice]` is below the rival's seq. So an advisor who received
 *   a value and later overwrote it (or resolved a conflict) causes no conflict anywhere; only
 *   writes that really crossed do. A device's own later write supersedes its earlier ones.
 *   Batches without `seen` (older app versions) have seen nothing: every differing loser counts.
 * - The winner's stamp (`BatchStamp`: seq and seen vector of its batch) is kept once per row and
 *   winning batch in `_stamps`, keyed by the batch's HLC, for exactly the HLCs in `_clock`. A
 *   per-field copy would repeat the same vector for every field of an insert; keyed by HLC each
 *   batch is stored once per row, and every field finds its winner's stamp through its clock.
 *   Stamps, like values and rivals, are properties of the winning batches, so conflicts remain a
 *   function of the row and `planApply` reports those that appeared or changed and those that
 *   disappeared.
 * - A delete and an edit of another device that did not see each other are reported
 *   (`edit-on-deleted`), whichever clock is higher: an edit newer than the delete whose writer
 *   had not received it, and an edit the deleting batch had not seen (crossing rounds, or an
 *   editor whose clock runs slow). Decided by the causal stamps, so every device reports it.
 * - Rows private on this device: partners' writes apply to the replicated state the row keeps
 *   in `_shared` (see the repository's privacy toggles), never to the private row itself.
 */

/** `seq` is absent for a displaced winner whose stamp predates causal stamps. */
export type Rival = { hlc: Hlc; value: JsonValue; seq?: number };
/** field → device → that device's newest losing write. */
export type Rivals = Record<string, Record<string, Rival>>;

export type MergeRow = {
  id: string;
  _clock: FieldClocks;
  _deleted?: boolean;
  _rivals?: Rivals;
  _stamps?: Record<Hlc, BatchStamp>;
  _shared?: MergeRow;
  [field: string]: unknown;
};

export type ConflictSide = { value: JsonValue; hlc: Hlc; deviceId: string };
export type Conflict = {
  id: string;
  kind: 'value' | 'edit-on-deleted';
  table: string;
  rowId: string;
  field: string;
  winner: ConflictSide;
  loser: ConflictSide;
  detectedAt: number;
};

export type IgnoredChange = { table: string; rowId: string; reason: 'unknown-table' | 'private' };

export type ApplyPlan = {
  writes: { table: string; rowId: string; row: MergeRow }[];
  /** Conflicts that are new or whose winner changed: upsert by id, keep the user's status. */
  conflicts: Conflict[];
  /** Conflicts that no longer hold (the values agree again, or the loser wrote again). */
  clearedConflictIds: string[];
  /** Field writes that changed nothing because the field already had a newer or equal clock. */
  skipped: number;
  ignored: IgnoredChange[];
};

/**
 * On a row that is private on this device, the replicated state partners hold (what this
 * device withdrew, plus what partners wrote since). Never sent; see `planApply`.
 */
export const SHARED_FIELD = '_shared';
const META = new Set(['id', '_clock', '_rivals', '_stamps', SHARED_FIELD, DELETED_FIELD]);
/** Row bookkeeping a batch can never write. */
const BOOKKEEPING = new Set(['id', '_clock', '_rivals', '_stamps', SHARED_FIELD]);

/** Whether a stored row is private on this device. */
export function isPrivateRow(row: { [field: string]: unknown } | undefined): boolean {
  return row?.[VISIBILITY_FIELD] === PRIVATE;
}

export const rowKey = (table: string, rowId: string) => `${table}\u0000${rowId}`;

export function rowKeysOf(batch: ChangeBatch): string[] {
  return [...new Set(batch.changes.map((c) => rowKey(c.table, c.rowId)))];
}

function readField(row: MergeRow, field: string): JsonValue | undefined {
  if (field === DELETED_FIELD) return row._deleted;
  return row[field] as JsonValue | undefined;
}

/**
 * The clock of a field. The `''` default (set by local inserts) only covers fields the row
 * actually has: a field nobody wrote has no clock, so any incoming write wins it everywhere.
 */
export function effectiveClock(row: MergeRow, field: string): Hlc | undefined {
  const own = row._clock[field];
  if (own !== undefined) return own;
  return readField(row, field) !== undefined ? row._clock[''] : undefined;
}

function setRival(rivals: Rivals, field: string, deviceId: string, rival: Rival): boolean {
  const byDevice = (rivals[field] ??= {});
  const current = byDevice[deviceId];
  if (current !== undefined && rival.hlc <= current.hlc) return false;
  byDevice[deviceId] = rival;
  return true;
}

const rival = (hlc: Hlc, value: JsonValue, seq: number | undefined): Rival =>
  seq === undefined ? { hlc, value } : { hlc, value, seq };

/** Make `hlc` the winner of `field`: the previous winner of another device becomes its rival. */
function win(row: MergeRow, rivals: Rivals, field: string, value: JsonValue, hlc: Hlc): void {
  const clock = effectiveClock(row, field);
  const device = hlcDevice(hlc);
  if (clock !== undefined && hlcDevice(clock) !== device) {
    const previous = rival(clock, readField(row, field) ?? null, row._stamps?.[clock]?.seq);
    setRival(rivals, field, hlcDevice(clock), previous);
  }
  delete rivals[field]?.[device];
  if (field === DELETED_FIELD) row._deleted = value === true;
  else row[field] = value;
  row._clock[field] = hlc;
}

function storeRivals(row: MergeRow, rivals: Rivals, field: string): void {
  if (rivals[field] && Object.keys(rivals[field]).length === 0) delete rivals[field];
  if (Object.keys(rivals).length > 0) row._rivals = rivals;
  else delete row._rivals;
}

/**
 * Keep exactly the stamps of the batches that win some field (the HLCs in `_clock`), adding
 * `stamp` for `hlc`. Deterministic: the result depends only on the winners.
 */
function keepStamps(row: MergeRow, hlc: Hlc, stamp: BatchStamp | undefined): void {
  const all = { ...row._stamps, ...(stamp && { [hlc]: stamp }) };
  const kept: Record<Hlc, BatchStamp> = {};
  for (const clock of Object.values(row._clock)) if (all[clock]) kept[clock] = all[clock];
  if (Object.keys(kept).length > 0) row._stamps = kept;
  else delete row._stamps;
}

/** Apply one field write to a working copy (mutates it). Returns false when it was a no-op. */
function applyField(row: MergeRow, field: string, value: JsonValue, hlc: Hlc, seq: number | undefined): boolean {
  const clock = effectiveClock(row, field);
  const device = hlcDevice(hlc);
  const rivals: Rivals = row._rivals ?? {};
  if (clock !== undefined && hlc <= clock) {
    // Older than the winner: only worth keeping as the newest losing write of another device.
    if (hlc === clock || hlcDevice(clock) === device) return false;
    if (!setRival(rivals, field, device, rival(hlc, value, seq))) {
      storeRivals(row, rivals, field);
      return false;
    }
  } else {
    win(row, rivals, field, value, hlc);
  }
  storeRivals(row, rivals, field);
  return true;
}

/**
 * A local user write, as the repository stores it: the fields take `hlc` unconditionally (the
 * local clock is past everything applied here), with the same rivals and stamp bookkeeping a
 * peer applying the batch does, so both end with the same row. Returns a new row.
 */
export function applyLocalWrite<T extends MergeRow>(
  current: T,
  fields: Record<string, JsonValue>,
  hlc: Hlc,
  stamp: BatchStamp | undefined,
): T {
  // Shallow on purpose: a stored row may hold values JSON would not round-trip (dates).
  const row: T = { ...current, _clock: { ...current._clock } };
  if (current._rivals) row._rivals = structuredCloneJson(current._rivals);
  for (const [field, value] of Object.entries(fields)) {
    if (BOOKKEEPING.has(field)) continue;
    const rivals: Rivals = row._rivals ?? {};
    win(row, rivals, field, value, hlc);
    storeRivals(row, rivals, field);
  }
  keepStamps(row, hlc, stamp);
  return row;
}

function cloneRow(row: MergeRow): MergeRow {
  return structuredCloneJson(row);
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

/** The open conflicts a row holds, derived from its clocks and rivals. */
export function conflictsOfRow(table: string, row: MergeRow, detectedAt: number): Conflict[] {
  const out: Conflict[] = [];
  for (const [field, byDevice] of Object.entries(row._rivals ?? {})) {
    const hlc = effectiveClock(row, field);
    if (hlc === undefined) continue;
    const winner: ConflictSide = { value: readField(row, field) ?? null, hlc, deviceId: hlcDevice(hlc) };
    const stamp = row._stamps?.[hlc];
    for (const [deviceId, rival] of Object.entries(byDevice)) {
      if (deviceId === winner.deviceId || deepEqual(rival.value, winner.value)) continue;
      // The winner's writer had this value in front of it and chose to overwrite it.
      if (hasSeen(stamp, deviceId, rival.seq)) continue;
      out.push({
        id: `value|${table}|${row.id}|${field}|${rival.hlc}`,
        kind: 'value',
        table,
        rowId: row.id,
        field,
        winner,
        loser: { value: rival.value, hlc: rival.hlc, deviceId },
        detectedAt,
      });
    }
  }
  const deletedAt = row._deleted === true ? effectiveClock(row, DELETED_FIELD) : undefined;
  if (deletedAt !== undefined) {
    const deleter = hlcDevice(deletedAt);
    const deleteStamp = row._stamps?.[deletedAt];
    for (const field of Object.keys(row)) {
      if (META.has(field)) continue;
      const hlc = effectiveClock(row, field);
      if (hlc === undefined || hlc === deletedAt || hlcDevice(hlc) === deleter) continue;
      const editStamp = row._stamps?.[hlc];
      if (hlc > deletedAt) {
        // Edited later: a conflict unless the editor had received the delete.
        if (hasSeen(editStamp, deleter, deleteStamp?.seq)) continue;
      } else {
        // Edited earlier by the clock, but the delete may not have seen it (crossing rounds or a
        // slow clock on the editor). Rows from before causal stamps count as seen.
        if (!deleteStamp || !editStamp) continue;
        if (hasSeen(deleteStamp, hlcDevice(hlc), editStamp.seq)) continue;
      }
      out.push({
        id: `deleted|${table}|${row.id}|${field}|${hlc}`,
        kind: 'edit-on-deleted',
        table,
        rowId: row.id,
        field,
        winner: { value: null, hlc: deletedAt, deviceId: deleter },
        loser: { value: readField(row, field) ?? null, hlc, deviceId: hlcDevice(hlc) },
        detectedAt,
      });
    }
  }
  return out;
}

const conflictSignature = (c: Conflict) =>
  `${c.id}|${c.winner.hlc}|${canonicalJson(c.winner.value)}|${canonicalJson(c.loser.value)}`;

/**
 * Plan the application of one batch. `currentRows` must hold an entry (possibly undefined) for
 * every key of `rowKeysOf(batch)`. Nothing is mutated.
 */
export function planApply(
  batch: ChangeBatch,
  currentRows: ReadonlyMap<string, MergeRow | undefined>,
  now = 0,
): ApplyPlan {
  type Entry = { table: string; before: MergeRow | undefined; row: MergeRow; target: MergeRow; dirty: boolean };
  const working = new Map<string, Entry>();
  const plan: ApplyPlan = { writes: [], conflicts: [], clearedConflictIds: [], skipped: 0, ignored: [] };
  for (const change of batch.changes) {
    if (!isSyncedTable(change.table)) {
      plan.ignored.push({ table: change.table, rowId: change.rowId, reason: 'unknown-table' });
      continue;
    }
    // Defence in depth: a private row must never arrive; if it does, it is not stored.
    if (change.fields[VISIBILITY_FIELD] === PRIVATE) {
      plan.ignored.push({ table: change.table, rowId: change.rowId, reason: 'private' });
      continue;
    }
    const key = rowKey(change.table, change.rowId);
    let entry = working.get(key);
    if (!entry) {
      const before = currentRows.get(key);
      const row = before ? cloneRow(before) : { id: change.rowId, _clock: {} };
      // A row private here stays as its owner keeps it: partners' writes (a re-share too) go to
      // the replicated state it carries, which a later re-share publishes over.
      const target = isPrivateRow(row) ? (row._shared ??= { id: change.rowId, _clock: {} }) : row;
      entry = { table: change.table, before, row, target, dirty: false };
      working.set(key, entry);
    }
    for (const [field, value] of Object.entries(change.fields)) {
      if (BOOKKEEPING.has(field)) continue;
      if (applyField(entry.target, field, value, batch.hlc, batch.seq)) entry.dirty = true;
      else plan.skipped++;
    }
  }
  const stamp: BatchStamp = batch.seen ? { seq: batch.seq, seen: batch.seen } : { seq: batch.seq };
  for (const { table, before, row, target, dirty } of working.values()) {
    if (!dirty) continue;
    keepStamps(target, batch.hlc, stamp);
    plan.writes.push({ table, rowId: row.id, row });
    // A withdrawn row's partner edits are not this device's to review: re-sharing publishes
    // over them, having seen them.
    if (target !== row) continue;
    const old = new Map((before ? conflictsOfRow(table, before, now) : []).map((c) => [c.id, c]));
    for (const c of conflictsOfRow(table, row, now)) {
      const previous = old.get(c.id);
      if (!previous || conflictSignature(previous) !== conflictSignature(c)) plan.conflicts.push(c);
      old.delete(c.id);
    }
    plan.clearedConflictIds.push(...old.keys());
  }
  return plan;
}

export type MemoryReplica = {
  rows: Map<string, MergeRow>;
  conflicts: Map<string, Conflict>;
  skipped: number;
};

/** Apply batches one by one to an in-memory replica (tests, benchmarks, dry runs). */
export function applyBatchesInMemory(
  batches: Iterable<ChangeBatch>,
  replica: MemoryReplica = { rows: new Map(), conflicts: new Map(), skipped: 0 },
  now = 0,
): MemoryReplica {
  for (const batch of batches) {
    const current = new Map(rowKeysOf(batch).map((k) => [k, replica.rows.get(k)]));
    const plan = planApply(batch, current, now);
    for (const w of plan.writes) replica.rows.set(rowKey(w.table, w.rowId), w.row);
    for (const id of plan.clearedConflictIds) replica.conflicts.delete(id);
    for (const c of plan.conflicts) replica.conflicts.set(c.id, c);
    replica.skipped += plan.skipped;
  }
  return replica;
}

/**
 * State-based join of two replicas of one row, as if every write either had seen were applied
 * to one row: a field takes the newer winner, the other becomes the rival of its device, and
 * per device the newest losing write is kept. Both rows summarise their writes exactly (winner
 * plus newest loser per other device, with stamps for every winning clock), so the result is
 * the row replaying the union of their batches gives — what a device joining from a snapshot
 * needs when it already has rows of its own. `local` private here: partners' state goes to the
 * replicated state it carries, as `planApply` does. Returns a new row; nothing is mutated.
 */
export function joinRows(local: MergeRow | undefined, incoming: MergeRow): MergeRow {
  if (!local) return cloneRow(incoming);
  const row = cloneRow(local);
  const target = isPrivateRow(row) ? (row._shared ??= { id: row.id, _clock: {} }) : row;
  // Stamps of both sides, so a displaced winner finds its seq; pruned to the winners below.
  target._stamps = { ...incoming._stamps, ...target._stamps };
  const fields = new Set<string>([...Object.keys(incoming).filter((f) => !META.has(f)), ...Object.keys(incoming._clock)]);
  if (incoming._deleted !== undefined) fields.add(DELETED_FIELD);
  fields.delete('');
  for (const field of fields) {
    const hlc = effectiveClock(incoming, field);
    if (hlc === undefined) continue;
    applyField(target, field, readField(incoming, field) ?? null, hlc, incoming._stamps?.[hlc]?.seq);
    for (const rival of Object.values(incoming._rivals?.[field] ?? {})) applyField(target, field, rival.value, rival.hlc, rival.seq);
  }
  const all = target._stamps;
  const kept: Record<Hlc, BatchStamp> = {};
  for (const clock of Object.values(target._clock)) if (all[clock]) kept[clock] = all[clock];
  if (Object.keys(kept).length > 0) target._stamps = kept;
  else delete target._stamps;
  return row;
}

/**
 * Conflicts that joining changed on a row: new or changed (to upsert) and gone (to clear),
 * compared as `planApply` does. A row private here reports none (its partners' state is not
 * this device's to review).
 */
export function conflictChanges(
  table: string,
  before: MergeRow | undefined,
  after: MergeRow,
  now: number,
): { conflicts: Conflict[]; cleared: string[] } {
  if (isPrivateRow(after)) return { conflicts: [], cleared: [] };
  const old = new Map((before && !isPrivateRow(before) ? conflictsOfRow(table, before, now) : []).map((c) => [c.id, c]));
  const conflicts: Conflict[] = [];
  for (const c of conflictsOfRow(table, after, now)) {
    const previous = old.get(c.id);
    if (!previous || conflictSignature(previous) !== conflictSignature(c)) conflicts.push(c);
    old.delete(c.id);
  }
  return { conflicts, cleared: [...old.keys()] };
}
