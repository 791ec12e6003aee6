// A team of real Veldwerk databases (Dexie on fake-indexeddb) sharing one in-memory target,
// each device with its own wall clock (skew), for sync integrity tests and the property-based
// convergence model. Only `Date` is faked, so IndexedDB keeps its real scheduling.
import 'fake-indexeddb/auto';
import { vi } from 'vitest';
import { syncOnce } from '../../shared/sync/engine';
import { memoryTransport, type MemoryTransport } from '../../shared/sync/memoryTransport';
import { SHARED_FIELD, effectiveClock, isPrivateRow, type MergeRow } from '../../shared/sync/merge';
import { SYNCED_TABLES, type SyncedTable } from '../../shared/sync/tables';
import type { SyncLimits, SyncReport } from '../../shared/sync/ports';
import type { ChangeBatch, JsonValue } from '../../shared/sync/types';
import { ensureDeviceId } from '../../renderer/db/clock';
import { VeldwerkDb, type ConflictRow, type StoredRow } from '../../renderer/db/database';
import { write, type Writer } from '../../renderer/db/repository';
import { dexieStore } from '../../renderer/syncAdapter/dexieStore';

export type Device = {
  name: string;
  db: VeldwerkDb;
  id: string;
  skewMs: number;
  /** Erasures a sync round applied here, as the app's `afterErasure` hook receives them. */
  erasedBySync: [string, string[]][];
};

export const MINUTE = 60_000;
const WORLD_START = Date.UTC(2026, 2, 2, 9, 0, 0);

export type Team = {
  devices: Device[];
  target: MemoryTransport;
  /** Real time, the same for everyone; each device's wall clock is `world + skewMs`. */
  world: number;
  advance(ms?: number): void;
  /** Run `fn` with `Date` showing `device`'s wall clock. */
  at<T>(device: Device, fn: () => Promise<T>): Promise<T>;
  write<T>(device: Device, label: string, fn: (w: Writer) => Promise<T>): Promise<T>;
  sync(device: Device, options?: { failAfterOps?: number; passphrase?: string }): Promise<SyncReport>;
  /** Everyone syncs in turn until nothing moves (at most `rounds` times around). */
  settle(rounds?: number): Promise<void>;
  /** Limits of every round (e.g. a small `snapshotEveryBatches`). */
  limits: Partial<SyncLimits>;
  /** A new laptop with an empty database joins the team (it syncs when told to). */
  join(name: string): Promise<Device>;
  close(): Promise<void>;
};

export async function createTeam(names: string[], skews: number[] = []): Promise<Team> {
  vi.useFakeTimers({ toFake: ['Date'] });
  const devices: Device[] = [];
  const open = async (name: string, skewMs: number): Promise<Device> => {
    const db = new VeldwerkDb(`${name}-${crypto.randomUUID()}`);
    await db.open();
    const id = await db.transaction('rw', db.settings, () => ensureDeviceId(db));
    return { name, db, id, skewMs, erasedBySync: [] };
  };
  for (const [i, name] of names.entries()) devices.push(await open(name, skews[i] ?? 0));
  const team: Team = {
    devices,
    target: memoryTransport({ now: () => team.world }),
    world: WORLD_START,
    limits: {},
    async join(name) {
      const device = await open(name, 0);
      devices.push(device);
      return device;
    },
    advance(ms = 1000) {
      team.world += ms;
    },
    async at(device, fn) {
      vi.setSystemTime(team.world + device.skewMs);
      return fn();
    },
    write(device, label, fn) {
      return team.at(device, () => write(device.db, label, fn));
    },
    async sync(device, options = {}) {
      team.target.faults.failAfterOps = options.failAfterOps;
      try {
        return await team.at(device, () =>
          syncOnce({
            transport: team.target,
            local: dexieStore(device.db, {
              afterErasure: async (persons) => void device.erasedBySync.push(...persons.map((p): [string, string[]] => [p.personId, p.names])),
            }),
            deviceId: device.id,
            now: () => Date.now(),
            appVersion: '0.1.0',
            schemaVersion: 2,
            confirmMassDeletion: async () => true,
            limits: team.limits,
            ...(options.passphrase && { crypto: { passphrase: options.passphrase, iterations: 1000 } }),
          }),
        );
      } finally {
        team.target.faults.failAfterOps = undefined;
      }
    },
    async settle(rounds = 3) {
      for (let r = 0; r < rounds; r++) {
        let moved = 0;
        for (const d of devices) {
          team.advance();
          const report = await team.sync(d);
          moved += report.appliedBatches + report.pushedBatches;
        }
        if (moved === 0 && r > 0) return;
      }
    },
    async close() {
      vi.useRealTimers();
      await Promise.all(devices.map((d) => d.db.delete()));
    },
  };
  return team;
}

export async function row(device: Device, table: SyncedTable, id: string): Promise<StoredRow | undefined> {
  return device.db.syncedTable(table).get(id);
}

/** What partners hold of a row: the row itself, or the replicated state kept under a private row. */
export function sharedView(stored: StoredRow | undefined): MergeRow | undefined {
  if (!stored) return undefined;
  if (isPrivateRow(stored)) return stored[SHARED_FIELD] as MergeRow | undefined;
  return stored as MergeRow;
}

/** Rows as partners should agree on them: values, deletion, clocks, rivals (no stamps order). */
function canonical(view: MergeRow | undefined, rivals: boolean): unknown {
  if (!view) return undefined;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(view).sort()) {
    if (key === SHARED_FIELD || key === '_stamps' || (!rivals && key === '_rivals')) continue;
    const value = key === '_clock' ? clocks(view) : view[key];
    if (value === null || value === undefined) continue;
    out[key] = value;
  }
  return JSON.parse(JSON.stringify(out));
}

/** Per-field clocks, with a local insert's `''` default spelled out as a peer stores it. */
function clocks(view: MergeRow): Record<string, string> {
  const out: Record<string, string> = {};
  const fields = new Set([...Object.keys(view), ...Object.keys(view._clock)]);
  for (const field of [...fields].sort()) {
    if (field === '' || field === 'id' || field.startsWith('_') && field !== '_deleted') continue;
    const clock = effectiveClock(view, field);
    if (clock !== undefined) out[field] = clock;
  }
  return out;
}

/**
 * Every shared row as partners should agree on it. `rivals: false` leaves out the losing writes
 * the merge keeps for conflict detection (a restored device cannot know every one it displaced).
 */
export async function sharedState(device: Device, options = { rivals: true }): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of SYNCED_TABLES) {
    for (const stored of await device.db.syncedTable(table).toArray()) {
      const view = canonical(sharedView(stored), options.rivals);
      if (view !== undefined) out[`${table}/${stored.id}`] = view;
    }
  }
  return out;
}

export async function openConflicts(device: Device): Promise<ConflictRow[]> {
  return (await device.db.conflicts.toArray()).filter((c) => c.status === 'open');
}

/**
 * Every batch anyone wrote, from the outboxes (and, with `received`, the inboxes: the batches
 * of an identity a restore retired live on only there). Deduplicated by id.
 */
export async function allBatches(team: Team, options = { received: false }): Promise<ChangeBatch[]> {
  const out = new Map<string, ChangeBatch>();
  for (const d of team.devices) {
    for (const b of (await d.db.outbox.toArray()) as ChangeBatch[]) out.set(b.id, b);
    if (options.received) for (const b of (await d.db.inbox.toArray()) as ChangeBatch[]) out.set(b.id, b);
  }
  return [...out.values()];
}

export type JsonRecord = Record<string, JsonValue>;
