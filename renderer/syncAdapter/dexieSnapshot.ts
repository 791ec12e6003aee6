import { joinRows, conflictChanges, type Conflict, type MergeRow } from '../../shared/sync/merge';
import { newestClock, sharedRowOf, type SnapshotState } from '../../shared/sync/snapshot';
import { SYNCED_TABLES, isSyncedTable } from '../../shared/sync/tables';
import { ensureDeviceId, observeHlc } from '../db/clock';
import type { PeerRow, StoredRow, VeldwerkDb } from '../db/database';
import { LAST_PUSHED_SEQ_KEY, SEEN_SEQS_KEY } from '../db/queries/syncStatus';
import { APPLY_STORES, readSeen, UNREVIEWED_FIELDS, writeConflicts } from './dexieSyncState';
import { ERASED_FIELD, namesOf, scrubPerson } from './erasure';

/** Rows per IndexedDB request when a snapshot is read or loaded. */
const SNAPSHOT_CHUNK = 2_000;

/**
 * The shared state of this database for a snapshot, in one read transaction so rows and
 * frontier agree: shared rows as partners hold them (under a row private here only the
 * replicated state it carries; a row that was never shared not at all), the applied seq of
 * every partner and the own last pushed seq. Null while own batches wait to be pushed.
 */
export async function exportSnapshot(db: VeldwerkDb): Promise<SnapshotState | null> {
  const own = await db.transaction('rw', db.settings, () => ensureDeviceId(db));
  return db.transaction('r', [...SYNCED_TABLES, 'outbox', 'peers', 'settings'], async () => {
    const pushed = (await db.settings.get(LAST_PUSHED_SEQ_KEY))?.value;
    const lastPushed = typeof pushed === 'number' ? pushed : 0;
    const newestOwn = await db.outbox.orderBy('seq').last();
    if (newestOwn && newestOwn.seq > lastPushed) return null;
    const frontier: Record<string, number> = {};
    const peers: SnapshotState['peers'] = {};
    for (const p of await db.peers.toArray()) {
      if (p.deviceId === own || p.appliedSeq <= 0) continue;
      frontier[p.deviceId] = p.appliedSeq;
      peers[p.deviceId] = {
        newestHlc: p.newestHlc,
        ...(p.advisorName !== undefined && { advisorName: p.advisorName }),
        ...(p.organisation !== undefined && { organisation: p.organisation }),
      };
    }
    if (lastPushed > 0) {
      frontier[own] = lastPushed;
      peers[own] = { newestHlc: newestOwn?.hlc ?? null };
    }
    const rows: SnapshotState['rows'] = [];
    for (const table of SYNCED_TABLES) {
      const stored = (await db.syncedTable(table).toArray()) as MergeRow[];
      for (const row of stored) {
        const shared = sharedRowOf(row);
        if (shared) rows.push({ table, row: shared });
      }
    }
    return { frontier, seen: await readSeen(db, own), peers, rows };
  });
}

/**
 * Join a snapshot into this database in one transaction (see `LocalStorePort.importSnapshot`):
 * rows joined with the local ones (a new device usually has none), the conflicts they hold, the
 * frontier as each partner's applied seq, the snapshot's vector as seen, the clock past every
 * clock in it. A person the snapshot says is erased leaves nothing behind here either.
 */
export async function importSnapshot(
  db: VeldwerkDb,
  state: SnapshotState,
  at: number,
  onProgress?: (done: number, total: number) => void,
): Promise<{ conflicts: number; erased: [string, string[]][] }> {
  const own = await db.transaction('rw', db.settings, () => ensureDeviceId(db));
  const byTable = new Map<string, MergeRow[]>();
  for (const { table, row } of state.rows) {
    if (!isSyncedTable(table)) continue;
    const list = byTable.get(table) ?? [];
    list.push(row);
    byTable.set(table, list);
  }
  return db.transaction('rw', [...APPLY_STORES], async () => {
    const conflicts = new Map<string, Conflict | null>();
    const erased = new Map<string, string[]>();
    let done = 0;
    for (const [table, rows] of byTable) {
      const store = db.table<StoredRow, string>(table);
      const empty = (await store.count()) === 0;
      for (let i = 0; i < rows.length; i += SNAPSHOT_CHUNK) {
        const chunk = rows.slice(i, i + SNAPSHOT_CHUNK);
        const existing = empty ? [] : ((await store.bulkGet(chunk.map((r) => r.id))) as (MergeRow | undefined)[]);
        const out = chunk.map((row, k) => {
          const before = existing[k];
          const after = before ? joinRows(before, row) : row;
          const changes = conflictChanges(table, before, after, at);
          for (const id of changes.cleared) conflicts.set(id, null);
          for (const c of changes.conflicts) if (!UNREVIEWED_FIELDS.has(c.field)) conflicts.set(c.id, c);
          if (table === 'contactPersons' && after[ERASED_FIELD] === true && before) erased.set(row.id, namesOf(before as StoredRow));
          return after;
        });
        await store.bulkPut(out as StoredRow[]);
        done += chunk.length;
        onProgress?.(done, state.rows.length);
      }
    }
    const opened = await writeConflicts(db, conflicts);
    for (const [peer, seq] of Object.entries(state.frontier)) {
      if (peer === own || seq <= 0) continue;
      const previous = await db.peers.get(peer);
      const info = state.peers[peer];
      const newest = [previous?.newestHlc, info?.newestHlc].reduce<string | null>(
        (max, h) => (h && (max === null || h > max) ? h : max),
        null,
      );
      const advisorName = previous?.advisorName ?? info?.advisorName;
      const organisation = previous?.organisation ?? info?.organisation;
      await db.peers.put({
        deviceId: peer,
        appliedSeq: Math.max(previous?.appliedSeq ?? 0, seq),
        newestHlc: newest,
        lastSeenAt: previous?.lastSeenAt ?? null,
        ...(advisorName !== undefined && { advisorName }),
        ...(organisation !== undefined && { organisation }),
      } satisfies PeerRow);
    }
    const seen = await readSeen(db, own);
    for (const vector of [state.seen, state.frontier]) {
      for (const [peer, seq] of Object.entries(vector)) if (peer !== own && seq > (seen[peer] ?? 0)) seen[peer] = seq;
    }
    await db.settings.put({ key: SEEN_SEQS_KEY, value: seen });
    const newest = newestClock(state);
    if (newest) await observeHlc(db, newest, at);
    for (const [personId, names] of erased) await scrubPerson(db, personId, names);
    return { conflicts: opened, erased: [...erased] };
  });
}
