import { SHARED_FIELD, effectiveClock, isPrivateRow, applyLocalWrite, type MergeRow } from '../../shared/sync/merge';
import { SYNCED_TABLES, isSyncedTable } from '../../shared/sync/tables';
import type { JsonValue, RowChange, SeenVector } from '../../shared/sync/types';
import { hlcDevice, type Hlc } from '../../shared/sync/hlc';
import { ensureDeviceId, newDeviceId, nextHlc } from '../db/clock';
import { LAST_PUSHED_SEQ_KEY, SEEN_SEQS_KEY } from '../db/queries/syncStatus';
import { PROFILE_KEY } from '../db/queries/settings';
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
/**
 * After a restore or a rollback, the old device id is an ordinary peer: what it had pushed counts
 * as applied (it is in this database already) and its newest clock is that of the history kept.
 * Inside the caller's transaction (peers).
 */
export async function keepOldIdentityAsPeer(db: VeldwerkDb, oldDevice: string, pushed: number, history: StoredBatch[]): Promise<void> {
  const peer = await db.peers.get(oldDevice);
  await db.peers.put({
    deviceId: oldDevice,
    appliedSeq: Math.max(peer?.appliedSeq ?? 0, pushed),
    newestHlc: history.at(-1)?.hlc ?? peer?.newestHlc ?? null,
    lastSeenAt: peer?.lastSeenAt ?? null,
    ...(peer?.advisorName !== undefined && { advisorName: peer.advisorName }),
    ...(peer?.organisation !== undefined && { organisation: peer.organisation }),
  });
}

export function restoredSeen(stored: unknown, oldDevice: string | undefined, pushed: number): SeenVector {
  const seen: SeenVector = {};
  if (stored !== null && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [peer, seq] of Object.entries(stored)) if (typeof seq === 'number' && seq > 0) seen[peer] = seq;
  }
  if (oldDevice && pushed > 0) seen[oldDevice] = Math.max(seen[oldDevice] ?? 0, pushed);
  return seen;
}


/**
 * This database was rolled back outside the app (an old copy of the profile, a virtual machine
 * snapshot) or cloned to another computer: the target already holds segments of its device id
 * that it never wrote. Continue as a new device, as after a restore: the old id becomes an
 * ordinary peer (its segments are pulled like anyone's), pushed history moves to the inbox, and
 * unsent changes are re-issued as the new identity's own. One transaction. Returns the new id.
 */
export async function retireIdentity(db: VeldwerkDb): Promise<string> {
  const stores = [...SYNCED_TABLES, 'outbox', 'inbox', 'peers', 'settings'] as const;
  return db.transaction('rw', [...stores], async () => {
    const oldDevice = await ensureDeviceId(db);
    const pushedValue = (await db.settings.get(LAST_PUSHED_SEQ_KEY))?.value;
    const pushed = typeof pushedValue === 'number' ? pushedValue : 0;
    const outbox = await db.outbox.orderBy('seq').toArray();
    const history = outbox.filter((b) => b.seq <= pushed);
    const pending = outbox.filter((b) => b.seq > pushed);
    const seen = restoredSeen((await db.settings.get(SEEN_SEQS_KEY))?.value, oldDevice, pushed);
    const deviceId = newDeviceId();
    await db.outbox.clear();
    if (history.length > 0) await db.inbox.bulkPut(history);
    await keepOldIdentityAsPeer(db, oldDevice, pushed, history);
    await db.settings.put({ key: 'deviceId', value: deviceId });
    await db.settings.put({ key: LAST_PUSHED_SEQ_KEY, value: 0 });
    await db.settings.put({ key: SEEN_SEQS_KEY, value: seen });
    const profile = (await db.settings.get(PROFILE_KEY))?.value;
    if (profile && typeof profile === 'object' && !Array.isArray(profile)) {
      await db.settings.put({ key: PROFILE_KEY, value: { ...profile, deviceId } });
    }
    const reissued = await reissuePending(db, pending, deviceId, seen);
    if (reissued.length > 0) await db.outbox.bulkAdd(reissued);
    return deviceId;
  });
}
