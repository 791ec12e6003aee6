import { SHARED_FIELD, effectiveClock, isPrivateRow, applyLocalWrite, type MergeRow } from '../../shared/sync/merge';
import { isSyncedTable } from '../../shared/sync/tables';
import type { JsonValue, RowChange, SeenVector } from '../../shared/sync/types';
import { hlcDevice, type Hlc } from '../../shared/sync/hlc';
import { nextHlc } from '../db/clock';
import type { StoredBatch, StoredRow, VeldwerkDb } from '../db/database';

/**
 * After a restore under a new device id, the changes that were still waiting to be sent must be
 * this device's own writes in every respect, not only by name: the old identity never published
 * them, so partners must see them as writes of the new device, stamped with what it had seen.
 * Otherwise a partner's crossing edit would count them as seen (their seq is read against the
 * old device's) and hide them without a conflict.
 *
 * Runs inside the restore transaction, after the tables, the new `deviceId` and the seen vector
 * are in place. Each pending batch gets a new HLC of the new device; only fields the pending
 * write still wins here are re-stamped and sent (a field a partner overwrote since is that
 * partner's). The row's clocks move to the new HLC, so this device ends with the row partners
 * compute; the superseded unsent write is not kept as a rival (nobody else ever had it).
 */
export async function reissuePending(
  db: VeldwerkDb,
  pending: StoredBatch[],
  deviceId: string,
  seen: SeenVector,
): Promise<StoredBatch[]> {
  const out: StoredBatch[] = [];
  for (const batch of pending) {
    const at = Date.now();
    const hlc = await nextHlc(db, at);
    const seq = out.length + 1;
    const stamp = Object.keys(seen).length > 0 ? { seq, seen } : { seq };
    const changes: RowChange[] = [];
    for (const change of batch.changes) {
      if (!isSyncedTable(change.table)) continue;
      const table = db.syncedTable(change.table);
      const stored = await table.get(change.rowId);
      if (!stored) continue;
      const shadow = isPrivateRow(stored) ? (stored[SHARED_FIELD] as MergeRow | undefined) : (stored as MergeRow);
      if (!shadow) continue;
      const fields: Record<string, JsonValue> = {};
      for (const [field, value] of Object.entries(change.fields)) {
        if (effectiveClock(shadow, field) === batch.hlc) fields[field] = value;
      }
      if (Object.keys(fields).length === 0) continue;
      const next = dropRivals(applyLocalWrite(shadow, fields, hlc, stamp), batch.hlc);
      await table.put((shadow === stored ? next : { ...stored, [SHARED_FIELD]: next }) as StoredRow);
      changes.push({ table: change.table, rowId: change.rowId, fields });
    }
    if (changes.length === 0) continue;
    out.push({
      ...batch,
      id: crypto.randomUUID(),
      deviceId,
      seq,
      hlc,
      changes,
      ...(stamp.seen ? { seen: stamp.seen } : { seen: undefined }),
      at,
    });
  }
  for (const b of out) if (b.seen === undefined) delete b.seen;
  return out;
}

function dropRivals(row: MergeRow, old: Hlc): MergeRow {
  if (!row._rivals) return row;
  const device = hlcDevice(old);
  for (const [field, byDevice] of Object.entries(row._rivals)) {
    if (byDevice[device]?.hlc === old) delete byDevice[device];
    if (Object.keys(byDevice).length === 0) delete row._rivals[field];
  }
  if (Object.keys(row._rivals).length === 0) delete row._rivals;
  return row;
}

/** The seen vector a restored device starts from: the backup's, plus its old identity's pushes. */
export function restoredSeen(stored: unknown, oldDevice: string | undefined, pushed: number): SeenVector {
  const seen: SeenVector = {};
  if (stored !== null && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [peer, seq] of Object.entries(stored)) if (typeof seq === 'number' && seq > 0) seen[peer] = seq;
  }
  if (oldDevice && pushed > 0) seen[oldDevice] = Math.max(seen[oldDevice] ?? 0, pushed);
  return seen;
}

