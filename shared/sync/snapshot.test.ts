import { describe, expect, it } from 'vitest';
import { createEncryption, type SyncKey } from './crypto';
import { syncOnce } from './engine';
import { applyBatchesInMemory, conflictsOfRow, effectiveClock, joinRows, type MergeRow } from './merge';
import { memoryDevice, type MemoryDevice } from './memoryLocalStore';
import { memoryTransport, type MemoryTransport } from './memoryTransport';
import type { SyncOptions } from './ports';
import { compactClocks, decodeSnapshot, encodeSnapshot, parseSnapshotPath, snapshotPath, type SnapshotState } from './snapshot';
import { formatHlc } from './hlc';
import type { ChangeBatch } from './types';

const T0 = 1_700_000_000_000;
const clock = { now: T0 };
const now = () => clock.now;

function run(transport: MemoryTransport, device: MemoryDevice, extra: Partial<SyncOptions> = {}) {
  clock.now += 1000;
  return syncOnce({
    transport,
    local: device,
    deviceId: device.deviceId,
    now,
    appVersion: '0.1.0',
    schemaVersion: 1,
    ...extra,
    limits: { snapshotEveryBatches: 4, ...extra.limits },
  });
}
const company = (id: string, naam: string) => ({ table: 'companies', rowId: id, fields: { naam, gemeente: 'Dordrecht' } });
/** Rows with clocks spelled out per field (a snapshot keeps a row's single clock once). */
const rows = (d: MemoryDevice) => Object.fromEntries([...d.replica.rows].sort(([a], [b]) => a.localeCompare(b)).map(([k, r]) => [k, norm(r)]));
const conflicts = (d: MemoryDevice) => [...d.replica.conflicts.keys()].sort();
const snapshots = (t: MemoryTransport) => [...t.files.keys()].filter((p) => p.startsWith('snapshots/'));

const state = (): SnapshotState => ({
  frontier: { a: 3, b: 2 },
  seen: { b: 2 },
  peers: { b: { newestHlc: null, advisorName: 'Els' } },
  rows: [
    { table: 'companies', row: { id: 'c1', name: 'Bakkerij', _clock: { '': 'h1' }, _stamps: { h1: { seq: 1 } } } },
    { table: 'companies', row: { id: 'c2', name: 'Garage', _clock: { name: 'h1' }, _stamps: { h1: { seq: 1 } }, _deleted: true } },
  ],
});

describe('snapshot file', () => {
  it('round-trips plain and encrypted, stamps stored once per batch', async () => {
    const key = (await createEncryption('team', 1000)).key;
    for (const k of [null, key] as (SyncKey | null)[]) {
      const { bytes, covered } = await encodeSnapshot(state(), { deviceId: 'a', createdAt: T0, schemaVersion: 1 }, k);
      const ref = parseSnapshotPath(snapshotPath('a', covered, k !== null))!;
      expect(ref).toMatchObject({ deviceId: 'a', covered: 5 });
      const decoded = await decodeSnapshot(ref, bytes, k);
      expect(decoded.ok).toBe(true);
      if (decoded.ok) expect(decoded.state).toEqual(state());
    }
  });

  it('refuses damaged, cut off, renamed or wrong-passphrase files', async () => {
    const key = (await createEncryption('team', 1000)).key;
    const other = (await createEncryption('ander', 1000)).key;
    const plain = await encodeSnapshot(state(), { deviceId: 'a', createdAt: T0, schemaVersion: 1 }, null);
    const ref = parseSnapshotPath(snapshotPath('a', 5, false))!;
    const flipped = plain.bytes.slice();
    const mid = Math.floor(flipped.length / 2);
    flipped[mid] = flipped[mid]! ^ 0xff;
    expect(await decodeSnapshot(ref, flipped, null)).toMatchObject({ ok: false, reason: 'damaged' });
    expect(await decodeSnapshot(ref, plain.bytes.subarray(0, plain.bytes.length - 20), null)).toMatchObject({ ok: false });
    expect(await decodeSnapshot(parseSnapshotPath(snapshotPath('a', 6, false))!, plain.bytes, null)).toMatchObject({ ok: false, reason: 'mismatch' });
    expect(await decodeSnapshot(parseSnapshotPath(snapshotPath('b', 5, false))!, plain.bytes, null)).toMatchObject({ ok: false, reason: 'mismatch' });
    const sealed = await encodeSnapshot(state(), { deviceId: 'a', createdAt: T0, schemaVersion: 1 }, key);
    const encRef = parseSnapshotPath(snapshotPath('a', 5, true))!;
    expect(await decodeSnapshot(encRef, sealed.bytes, other)).toMatchObject({ ok: false, reason: 'passphrase' });
    expect(await decodeSnapshot(parseSnapshotPath(snapshotPath('b', 5, true))!, sealed.bytes, key)).toMatchObject({ ok: false, reason: 'passphrase' });
    expect(await decodeSnapshot(ref, sealed.bytes, null)).toMatchObject({ ok: false });
  });

  it('never carries a private row', async () => {
    const bad = state();
    bad.rows.push({ table: 'contactLogs', row: { id: 'l1', summary: 'geheim', visibility: 'prive', _clock: { '': 'h1' } } });
    const { bytes } = await encodeSnapshot(bad, { deviceId: 'a', createdAt: T0, schemaVersion: 1 }, null);
    expect(await decodeSnapshot(parseSnapshotPath(snapshotPath('a', 5, false))!, bytes, null)).toMatchObject({ ok: false });
  });
});

describe('compactClocks', () => {
  it('keeps one clock only where every field has it, with the same effective clocks', () => {
    const once: MergeRow = { id: 'c', name: 'A', notes: null, _deleted: false, _clock: { name: 'h1', notes: 'h1', _deleted: 'h1' } };
    expect(compactClocks(once)._clock).toEqual({ '': 'h1' });
    for (const f of ['name', 'notes', '_deleted', 'status']) expect(effectiveClock(compactClocks(once), f)).toBe(effectiveClock(once, f));
    const edited: MergeRow = { id: 'c', name: 'A', notes: 'x', _clock: { name: 'h1', notes: 'h2' } };
    expect(compactClocks(edited)).toBe(edited);
    // A clocked field without a value, or a value without a clock, stays as it is.
    const gap: MergeRow = { id: 'c', name: 'A', _clock: { name: 'h1', notes: 'h1' } };
    expect(compactClocks(gap)).toBe(gap);
    const unclocked: MergeRow = { id: 'c', name: 'A', notes: 'x', _clock: { name: 'h1' } };
    expect(compactClocks(unclocked)).toBe(unclocked);
  });
});

describe('joinRows', () => {
  const batch = (device: string, seq: number, millis: number, fields: Record<string, string | boolean>, seen?: Record<string, number>): ChangeBatch => ({
    id: `${device}-${seq}`,
    deviceId: device,
    seq,
    hlc: formatHlc({ millis: T0 + millis, counter: 0, deviceId: device }),
    label: 'x',
    changes: [{ table: 'companies', rowId: 'c1', fields }],
    ...(seen && { seen }),
  });

  it('gives the row, rivals and conflicts of replaying the union of both sides', () => {
    const all = [
      batch('a', 1, 1, { name: 'A1', notes: 'n' }),
      batch('b', 1, 2, { name: 'B1' }, { a: 1 }),
      batch('c', 1, 3, { name: 'C1' }),
      batch('a', 2, 4, { notes: 'A2' }),
      batch('c', 2, 5, { _deleted: true }),
      batch('b', 2, 6, { notes: 'B2' }, { a: 1 }),
    ];
    const whole = applyBatchesInMemory(all).rows.get('companies\u0000c1')!;
    // Every split of the batches into two replicas joins to the same row.
    for (let mask = 1; mask < 2 ** all.length - 1; mask++) {
      const left = applyBatchesInMemory(all.filter((_, i) => mask & (1 << i))).rows.get('companies\u0000c1');
      const right = applyBatchesInMemory(all.filter((_, i) => !(mask & (1 << i)))).rows.get('companies\u0000c1')!;
      const joined = joinRows(left, right);
      expect(norm(joined), `mask ${mask}`).toEqual(norm(whole));
      expect(conflictsOfRow('companies', joined, 0).map((c) => c.id).sort()).toEqual(conflictsOfRow('companies', whole, 0).map((c) => c.id).sort());
    }
  });
});

/** Clocks with the `''` default spelled out, for comparing rows built different ways. */
function norm(row: MergeRow): unknown {
  const { _clock, ...rest } = row;
  const clocks: Record<string, string> = {};
  for (const f of Object.keys(rest)) if (!f.startsWith('_') && f !== 'id') clocks[f] = _clock[f] ?? _clock['']!;
  if (row._deleted !== undefined) clocks._deleted = _clock._deleted ?? _clock['']!;
  return JSON.parse(JSON.stringify({ ...rest, clocks }));
}

describe('joining from a snapshot', () => {
  async function team(snapshotEvery = 4) {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    for (let i = 0; i < 3; i++) a.write('Bedrijf', [company(`a${i}`, `A ${i}`)]);
    for (let i = 0; i < 3; i++) b.write('Bedrijf', [company(`b${i}`, `B ${i}`)]);
    await run(target, a, { limits: { snapshotEveryBatches: snapshotEvery } });
    await run(target, b, { limits: { snapshotEveryBatches: snapshotEvery } });
    await run(target, a, { limits: { snapshotEveryBatches: 1000 } });
    return { target, a, b };
  }

  it('a new device loads the newest snapshot and applies only the batches after it', async () => {
    const { target, a, b } = await team();
    expect(snapshots(target)).toEqual(['snapshots/000000000006-dev-b.gz']);
    // Crossing edits after the snapshot: a conflict the joiner must see too.
    a.write('Bewerkt', [{ table: 'companies', rowId: 'b1', fields: { naam: 'door A' } }]);
    b.write('Bewerkt', [{ table: 'companies', rowId: 'b1', fields: { naam: 'door B' } }]);
    await run(target, a);
    await run(target, b);
    await run(target, a);
    const c = memoryDevice('dev-c', now);
    const r = await run(target, c);
    expect(r).toMatchObject({ ok: true, snapshotLoaded: 'snapshots/000000000006-dev-b.gz', appliedBatches: 2 });
    expect(rows(c)).toEqual(rows(a));
    expect(conflicts(c)).toEqual(conflicts(a));
    expect(conflicts(c)).toHaveLength(1);
    // What it writes next has seen everything it loaded: no false conflicts elsewhere.
    c.write('Bewerkt', [{ table: 'companies', rowId: 'a0', fields: { naam: 'door C' } }]);
    await run(target, c);
    await run(target, a);
    expect(conflicts(a)).toHaveLength(1);
    expect(rows(a)).toEqual(rows(c));
  });

  it('a damaged snapshot is reported and the device replays the segments instead', async () => {
    const { target, a } = await team();
    const [path] = snapshots(target);
    const bytes = target.files.get(path!)!.bytes;
    target.put(path!, bytes.subarray(0, bytes.length - 10));
    const c = memoryDevice('dev-c', now);
    const r = await run(target, c, { limits: { snapshotEveryBatches: 1000 } });
    expect(r.snapshotLoaded).toBeUndefined();
    expect(r.appliedBatches).toBe(6);
    expect(r.problems.map((p) => p.kind)).toContain('snapshot-unreadable');
    expect(r.skippedFiles.map((f) => f.path)).toContain(path);
    expect(rows(c)).toEqual(rows(a));
  });

  it('a snapshot under another passphrase is refused like a damaged one', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    a.write('Bedrijf', [company('c1', 'Bakkerij')]);
    await run(target, a, { crypto: { passphrase: 'team', iterations: 1000 }, limits: { snapshotEveryBatches: 1 } });
    const [path] = snapshots(target);
    expect(path).toMatch(/\.enc$/);
    // The same file under another device's name fails its binding.
    target.put(path!.replace('dev-a', 'dev-x'), target.files.get(path!)!.bytes);
    target.files.delete(path!);
    const c = memoryDevice('dev-c', now);
    const r = await run(target, c, { crypto: { passphrase: 'team', iterations: 1000 } });
    expect(r.problems.map((p) => p.kind)).toEqual(['snapshot-unreadable']);
    expect(rows(c)).toEqual(rows(a));
  });

  it('keeps the two newest snapshots and never writes while own batches wait', async () => {
    const { target, a, b } = await team(2);
    for (let round = 0; round < 3; round++) {
      for (let i = 0; i < 2; i++) a.write('Bewerkt', [company(`a${i}`, `ronde ${round}`)]);
      await run(target, a, { limits: { snapshotEveryBatches: 2 } });
      await run(target, b, { limits: { snapshotEveryBatches: 2 } });
    }
    expect(snapshots(target)).toHaveLength(2);
    expect(await a.exportSnapshot!()).not.toBeNull();
    a.write('Bewerkt', [company('a0', 'wacht')]);
    expect(await a.exportSnapshot!()).toBeNull();
  });

  it('a device that was offline while snapshots were written continues from its own position', async () => {
    const { target, a, b } = await team();
    const c = memoryDevice('dev-c', now);
    await run(target, c);
    c.write('Offline', [{ table: 'companies', rowId: 'a1', fields: { naam: 'door C, offline' } }]);
    for (let i = 0; i < 12; i++) {
      a.write('Bewerkt', [{ table: 'companies', rowId: 'a1', fields: { naam: `A ${i}` } }]);
      await run(target, a);
      await run(target, b);
    }
    expect(snapshots(target).length).toBeGreaterThan(0);
    const back = await run(target, c);
    expect(back.snapshotLoaded).toBeUndefined();
    await run(target, a);
    await run(target, b);
    expect(rows(c)).toEqual(rows(a));
    expect(conflicts(c)).toEqual(conflicts(a));
    expect(conflicts(a)).toHaveLength(1);
  });
});
