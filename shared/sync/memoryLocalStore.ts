import { formatHlc, receive, tick, type HlcState } from './hlc';
import { mergeSeen } from './causal';
import { applyBatchesInMemory, conflictChanges, joinRows, rowKey, type MemoryReplica } from './merge';
import { newestClock, sharedRowOf, type SnapshotState } from './snapshot';
import type { LocalStorePort, SyncProblem } from './ports';
import type { ChangeBatch, RowChange, SeenVector } from './types';

/**
 * A whole device in memory: outbox, replica, peers and problems behind the `LocalStorePort`
 * the renderer implements over Dexie. For engine tests and benchmarks.
 */
export type MemoryDevice = LocalStorePort & {
  deviceId: string;
  replica: MemoryReplica;
  outbox: ChangeBatch[];
  problems: SyncProblem[];
  peers: Map<string, { newestHlc: string; lastSeenAt: number }>;
  /** One user action: applied locally and queued for push. */
  write(label: string, changes: RowChange[]): ChangeBatch;
};

export function memoryDevice(deviceId: string, now: () => number): MemoryDevice {
  let clock: HlcState = { millis: 0, counter: 0, deviceId };
  let lastPushed = 0;
  const applied = new Map<string, number>();
  const seen: SeenVector = {};
  const manifests = new Map<string, string>();
  let tally: Record<string, Record<string, number>> = {};
  const prints = new Map<string, Record<string, string>>();
  const device: MemoryDevice = {
    deviceId,
    replica: { rows: new Map(), conflicts: new Map(), skipped: 0 },
    outbox: [],
    problems: [],
    peers: new Map(),
    write(label, changes) {
      clock = tick(clock, now());
      const batch: ChangeBatch = {
        id: crypto.randomUUID(),
        deviceId,
        seq: device.outbox.length + 1,
        hlc: formatHlc(clock),
        label,
        changes,
        ...(Object.keys(seen).length > 0 && { seen: { ...seen } }),
      };
      device.outbox.push(batch);
      applyBatchesInMemory([batch], device.replica, now());
      return batch;
    },
    async pendingBatches(afterSeq, limit) {
      return device.outbox.filter((b) => b.seq > afterSeq).slice(0, limit);
    },
    async lastPushedSeq() {
      return lastPushed;
    },
    async markPushed(seq) {
      lastPushed = Math.max(lastPushed, seq);
    },
    async appliedSeq(peer) {
      return applied.get(peer) ?? 0;
    },
    async applySegment(peer, batches) {
      const before = device.replica.conflicts.size;
      applyBatchesInMemory(batches, device.replica, now());
      for (const b of batches) clock = receive(clock, b.hlc, now());
      for (const b of batches) mergeSeen(seen, deviceId, b);
      applied.set(peer, batches[batches.length - 1]!.seq);
      return { conflicts: Math.max(0, device.replica.conflicts.size - before), skipped: 0 };
    },
    async liveRowCounts(table, rowIds) {
      const isLive = (key: string) => {
        const row = device.replica.rows.get(key);
        return row !== undefined && row._deleted !== true;
      };
      const live = rowIds.filter((id) => isLive(rowKey(table, id))).length;
      const total = [...device.replica.rows.keys()].filter((k) => k.startsWith(`${table}\u0000`) && isLive(k)).length;
      return { live, total };
    },
    async recordProblem(problem) {
      device.problems.push(problem);
    },
    async notePeer(peer, seen) {
      device.peers.set(peer, seen);
    },
    async knownManifest(target) {
      return manifests.get(target) ?? null;
    },
    async setKnownManifest(target, text) {
      manifests.set(target, text);
    },
    async ownSegmentPrints(target) {
      return { ...prints.get(target) };
    },
    async setOwnSegmentPrints(target, value) {
      prints.set(target, { ...value });
    },
    async deletionTally() {
      return structuredClone(tally);
    },
    async setDeletionTally(value) {
      tally = structuredClone(value);
    },
    async restartPush() {
      lastPushed = 0;
    },
    async appliedSeqs() {
      return Object.fromEntries(applied);
    },
    async exportSnapshot() {
      if (device.outbox.length > lastPushed) return null;
      const rows: SnapshotState['rows'] = [];
      for (const [key, stored] of device.replica.rows) {
        const row = sharedRowOf(stored);
        if (row) rows.push({ table: key.slice(0, key.indexOf('\u0000')), row: structuredClone(row) });
      }
      const peers: SnapshotState['peers'] = {};
      for (const [peer, info] of device.peers) peers[peer] = { newestHlc: info.newestHlc };
      const own = device.outbox[device.outbox.length - 1];
      if (own) peers[deviceId] = { newestHlc: own.hlc };
      const frontier = { ...Object.fromEntries(applied), ...(lastPushed > 0 && { [deviceId]: lastPushed }) };
      return { frontier, seen: { ...seen }, peers, rows };
    },
    async importSnapshot(state, onProgress) {
      let opened = 0;
      const at = now();
      for (const [i, { table, row }] of state.rows.entries()) {
        const key = rowKey(table, row.id);
        const before = device.replica.rows.get(key);
        const after = joinRows(before, row);
        device.replica.rows.set(key, after);
        const changes = conflictChanges(table, before, after, at);
        for (const id of changes.cleared) device.replica.conflicts.delete(id);
        for (const c of changes.conflicts) {
          if (!device.replica.conflicts.has(c.id)) opened++;
          device.replica.conflicts.set(c.id, c);
        }
        if ((i + 1) % 1000 === 0) onProgress?.(i + 1, state.rows.length);
      }
      for (const [peer, seq] of Object.entries(state.frontier)) {
        if (peer === deviceId) continue;
        applied.set(peer, Math.max(applied.get(peer) ?? 0, seq));
        if (seq > (seen[peer] ?? 0)) seen[peer] = seq;
        const info = state.peers[peer];
        if (info?.newestHlc) device.peers.set(peer, { newestHlc: info.newestHlc, lastSeenAt: 0 });
      }
      const newest = newestClock(state);
      if (newest) clock = receive(clock, newest, now());
      for (const [peer, seq] of Object.entries(state.seen)) if (peer !== deviceId && seq > (seen[peer] ?? 0)) seen[peer] = seq;
      onProgress?.(state.rows.length, state.rows.length);
      return { conflicts: opened };
    },
  };
  return device;
}
