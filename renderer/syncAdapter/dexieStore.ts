import type { Table } from 'dexie';
import { hlcMillis, type Hlc } from '../../shared/sync/hlc';
import {
  planApply,
  rowKey,
  rowKeysOf,
  type Conflict,
  type MergeRow,
} from '../../shared/sync/merge';
import type { LocalStorePort, SyncProblem } from '../../shared/sync/ports';
import { isSyncedTable } from '../../shared/sync/tables';
import type { ChangeBatch } from '../../shared/sync/types';
import { observeHlc } from '../db/clock';
import { retireIdentity } from './identity';
import { ERASED_FIELD, namesOf, scrubPerson } from './erasure';
import type { PeerRow, StoredBatch, StoredRow, VeldwerkDb } from '../db/database';
import { LAST_PUSHED_SEQ_KEY } from '../db/queries/syncStatus';
import { batchRowKeys } from '../db/batchRows';
import { exportSnapshot, importSnapshot } from './dexieSnapshot';
import { advanceSeen, APPLY_STORES, UNREVIEWED_FIELDS, writeConflicts } from './dexieSyncState';

/** Per target (its description), the manifest this device published under: see `LocalStorePort`. */
export const KNOWN_MANIFESTS_KEY = 'sync.knownManifests';
/** Per target, `size:mtime` of own segments last verified intact (see `engineRepair.ts`). */
export const OWN_SEGMENTS_KEY = 'sync.ownSegments';
/** Per partner and table, rows their deletions removed since the last confirmation. */
export const DELETION_TALLY_KEY = 'sync.deletionTally';

export type DexieStoreOptions = {
  now?: () => number;
  /**
   * Called after a transaction that erased contact persons (AVG) has committed, once, with every
   * name each person had: the app scrubs its backups there.
   */
  afterErasure?: (persons: { personId: string; names: string[] }[]) => Promise<void>;
};

const toBatch = ({ id, deviceId, seq, hlc, label, sharedLabel, changes, seen }: StoredBatch): ChangeBatch => ({
  id,
  deviceId,
  seq,
  hlc,
  label: sharedLabel ?? label,
  changes,
  ...(seen && { seen }),
});

export function toStoredBatch(batch: ChangeBatch): StoredBatch {
  const rows = batchRowKeys(batch.changes);
  return { ...toBatch(batch as StoredBatch), rows, at: hlcMillis(batch.hlc) };
}

const splitKey = (key: string) => {
  const at = key.indexOf('\u0000');
  return { table: key.slice(0, at), rowId: key.slice(at + 1) };
};

/**
 * Who wrote a peer's advisor row: the first-run profile of a device writes its advisor, so a
 * batch from that device that carries an advisor's name tells us who sits behind the device.
 */
function advisorOf(batches: ChangeBatch[]): { advisorName: string; organisation: string } | null {
  for (const batch of batches) {
    for (const change of batch.changes) {
      const { name, organisation } = change.fields;
      if (
        change.table === 'advisors' &&
        typeof name === 'string' &&
        typeof organisation === 'string'
      ) {
        return { advisorName: name, organisation };
      }
    }
  }
  return null;
}

/**
 * The engine's `LocalStorePort` over the Veldwerk Dexie database. Mirrors `memoryLocalStore`:
 * a segment is applied in one read-write transaction (rows, conflicts, inbox, peer progress,
 * clock), so a crash mid-segment leaves the database as if the segment had not arrived.
 */
export function dexieStore(db: VeldwerkDb, options: DexieStoreOptions = {}): LocalStorePort {
  const now = options.now ?? (() => Date.now());

  async function afterCommit<T>(erased: [string, string[]][], result: T): Promise<T> {
    if (erased.length > 0) await options.afterErasure?.(erased.map(([personId, names]) => ({ personId, names })));
    return result;
  }

  async function applySegment(peer: string, batches: ChangeBatch[]) {
    const erased: [string, string[]][] = [];
    const result = await db.transaction('rw', [...APPLY_STORES], async () => {
      // Read every row the segment touches once, then plan batch by batch in memory: each
      // batch sees the rows as the previous batches left them.
      const keysByTable = new Map<string, Set<string>>();
      for (const batch of batches) {
        for (const key of rowKeysOf(batch)) {
          const { table, rowId } = splitKey(key);
          if (!isSyncedTable(table)) continue;
          const ids = keysByTable.get(table) ?? new Set<string>();
          ids.add(rowId);
          keysByTable.set(table, ids);
        }
      }
      const rows = new Map<string, MergeRow | undefined>();
      await Promise.all(
        [...keysByTable].map(async ([table, ids]) => {
          const list = [...ids];
          const found = await db.table<StoredRow, string>(table).bulkGet(list);
          list.forEach((id, i) => rows.set(rowKey(table, id), found[i] as MergeRow | undefined));
        }),
      );

      // Names of contact persons this segment touches, before it blanks them (AVG erasure).
      const personNames = new Map<string, Set<string>>();
      for (const batch of batches) {
        for (const change of batch.changes) {
          if (change.table !== 'contactPersons') continue;
          const names = personNames.get(change.rowId) ?? new Set(namesOf(rows.get(rowKey('contactPersons', change.rowId)) as StoredRow | undefined));
          if (typeof change.fields.name === 'string') names.add(change.fields.name);
          personNames.set(change.rowId, names);
        }
      }

      const dirty = new Map<string, { table: string; row: MergeRow }>();
      const conflicts = new Map<string, Conflict | null>();
      let skipped = 0;
      const at = now();
      for (const batch of batches) {
        const plan = planApply(batch, rows, at);
        skipped += plan.skipped;
        for (const w of plan.writes) {
          const key = rowKey(w.table, w.rowId);
          rows.set(key, w.row);
          dirty.set(key, { table: w.table, row: w.row });
        }
        for (const id of plan.clearedConflictIds) conflicts.set(id, null);
        for (const c of plan.conflicts) if (!UNREVIEWED_FIELDS.has(c.field)) conflicts.set(c.id, c);
      }

      const byTable = new Map<string, MergeRow[]>();
      for (const { table, row } of dirty.values()) {
        const list = byTable.get(table) ?? [];
        list.push(row);
        byTable.set(table, list);
      }
      await Promise.all(
        [...byTable].map(([table, list]) =>
          db.table<StoredRow, string>(table).bulkPut(list as StoredRow[]),
        ),
      );

      const opened = await writeConflicts(db, conflicts);
      await db.inbox.bulkPut(batches.map(toStoredBatch));
      const last = batches[batches.length - 1]!;
      await observeHlc(
        db,
        batches.reduce<Hlc>((max, b) => (b.hlc > max ? b.hlc : max), last.hlc),
        at,
      );

      const previous = await db.peers.get(peer);
      const advisor = advisorOf(batches);
      const appliedSeq = Math.max(previous?.appliedSeq ?? 0, last.seq);
      await db.peers.put({
        deviceId: peer,
        appliedSeq,
        newestHlc:
          previous?.newestHlc && previous.newestHlc > last.hlc ? previous.newestHlc : last.hlc,
        lastSeenAt: previous?.lastSeenAt ?? null,
        ...(previous?.advisorName !== undefined && { advisorName: previous.advisorName }),
        ...(previous?.organisation !== undefined && { organisation: previous.organisation }),
        ...advisor,
      } satisfies PeerRow);
      await advanceSeen(db, batches);
      // An erased person (now, or by an erasure applied earlier that a late edit crossed) leaves
      // nothing behind here either: rivals, conflicts, inbox, outbox.
      for (const [personId, names] of personNames) {
        const person = rows.get(rowKey('contactPersons', personId));
        if (person?.[ERASED_FIELD] === true) {
          await scrubPerson(db, personId, [...names]);
          erased.push([personId, [...names]]);
        }
      }
      return { conflicts: opened, skipped };
    });
    return afterCommit(erased, result);
  }

  return {
    async pendingBatches(afterSeq, limit) {
      const stored = await db.outbox.where('seq').above(afterSeq).limit(limit).toArray();
      return stored.map(toBatch);
    },
    async lastPushedSeq() {
      const value = (await db.settings.get(LAST_PUSHED_SEQ_KEY))?.value;
      return typeof value === 'number' ? value : 0;
    },
    async markPushed(seq) {
      await db.transaction('rw', db.settings, async () => {
        const value = (await db.settings.get(LAST_PUSHED_SEQ_KEY))?.value;
        if (typeof value === 'number' && value >= seq) return;
        await db.settings.put({ key: LAST_PUSHED_SEQ_KEY, value: seq });
      });
    },
    async appliedSeq(peer) {
      return (await db.peers.get(peer))?.appliedSeq ?? 0;
    },
    applySegment,
    async liveRowCounts(table, rowIds) {
      if (!isSyncedTable(table)) return { live: 0, total: 0 };
      const t: Table<StoredRow, string> = db.syncedTable(table);
      const found = await t.bulkGet(rowIds);
      const live = found.filter((r) => r !== undefined && r._deleted !== true).length;
      const total = await t.filter((r) => r._deleted !== true).count();
      return { live, total };
    },
    async recordProblem(problem: SyncProblem) {
      await db.problems.add({
        at: now(),
        kind: `sync:${problem.kind}`,
        message: problem.message,
        detail: {
          ...(problem.path && { path: problem.path }),
          ...(problem.deviceId && { deviceId: problem.deviceId }),
        },
      });
    },
    async knownManifest(target) {
      const value = (await db.settings.get(KNOWN_MANIFESTS_KEY))?.value;
      const text = value !== null && typeof value === 'object' && !Array.isArray(value) ? value[target] : undefined;
      return typeof text === 'string' ? text : null;
    },
    async setKnownManifest(target, text) {
      await db.transaction('rw', db.settings, async () => {
        const value = (await db.settings.get(KNOWN_MANIFESTS_KEY))?.value;
        const all = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
        await db.settings.put({ key: KNOWN_MANIFESTS_KEY, value: { ...all, [target]: text } });
      });
    },
    async ownSegmentPrints(target) {
      const value = (await db.settings.get(OWN_SEGMENTS_KEY))?.value;
      const all = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
      const mine = all[target];
      const out: Record<string, string> = {};
      if (mine !== null && typeof mine === 'object' && !Array.isArray(mine)) {
        for (const [path, print] of Object.entries(mine)) if (typeof print === 'string') out[path] = print;
      }
      return out;
    },
    async setOwnSegmentPrints(target, prints) {
      await db.transaction('rw', db.settings, async () => {
        const value = (await db.settings.get(OWN_SEGMENTS_KEY))?.value;
        const all = value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
        await db.settings.put({ key: OWN_SEGMENTS_KEY, value: { ...all, [target]: prints } });
      });
    },
    async retireIdentity() {
      await retireIdentity(db);
    },
    async deletionTally() {
      const value = (await db.settings.get(DELETION_TALLY_KEY))?.value;
      const out: Record<string, Record<string, number>> = {};
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
        for (const [peer, tables] of Object.entries(value)) {
          if (tables === null || typeof tables !== 'object' || Array.isArray(tables)) continue;
          out[peer] = {};
          for (const [table, n] of Object.entries(tables)) if (typeof n === 'number') out[peer][table] = n;
        }
      }
      return out;
    },
    async setDeletionTally(tally) {
      await db.settings.put({ key: DELETION_TALLY_KEY, value: tally });
    },
    async describeRows(rows, limit) {
      const out: string[] = [];
      for (const { table, rowId } of rows) {
        if (out.length >= limit) break;
        if (!isSyncedTable(table)) continue;
        const row = await db.syncedTable(table).get(rowId);
        if (!row || row._deleted === true) continue;
        const name = [row.name, row.title, row.term, row.summary].find((v) => typeof v === 'string' && v !== '');
        if (typeof name === 'string') out.push(name.length > 80 ? `${name.slice(0, 79)}…` : name);
      }
      return out;
    },
    async restartPush() {
      await db.settings.put({ key: LAST_PUSHED_SEQ_KEY, value: 0 });
    },
    async appliedSeqs() {
      const out: Record<string, number> = {};
      for (const p of await db.peers.toArray()) if (p.appliedSeq > 0) out[p.deviceId] = p.appliedSeq;
      return out;
    },
    exportSnapshot: () => exportSnapshot(db),
    importSnapshot: async (state, onProgress) => {
      const result = await importSnapshot(db, state, now(), onProgress);
      return afterCommit(result.erased, { conflicts: result.conflicts });
    },
    async notePeer(peer, seen) {
      await db.transaction('rw', db.peers, async () => {
        const previous = await db.peers.get(peer);
        await db.peers.put({
          deviceId: peer,
          appliedSeq: previous?.appliedSeq ?? 0,
          newestHlc:
            previous?.newestHlc && previous.newestHlc > seen.newestHlc
              ? previous.newestHlc
              : seen.newestHlc,
          lastSeenAt: Math.max(previous?.lastSeenAt ?? 0, seen.lastSeenAt),
          ...(previous?.advisorName !== undefined && { advisorName: previous.advisorName }),
          ...(previous?.organisation !== undefined && { organisation: previous.organisation }),
        });
      });
    },
  };
}
