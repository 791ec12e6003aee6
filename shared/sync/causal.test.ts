import { describe, expect, it } from 'vitest';
import { syncOnce } from './engine';
import { memoryDevice, type MemoryDevice } from './memoryLocalStore';
import { memoryTransport, type MemoryTransport } from './memoryTransport';

const clock = { now: 1_700_000_000_000 };
const now = () => clock.now;

function sync(target: MemoryTransport, device: MemoryDevice) {
  clock.now += 1000;
  return syncOnce({ transport: target, local: device, deviceId: device.deviceId, now, appVersion: '0.1.0', schemaVersion: 1 });
}
function edit(device: MemoryDevice, notes: string) {
  clock.now += 1000;
  return device.write('Bedrijf bewerkt', [{ table: 'companies', rowId: 'c1', fields: { notes } }]);
}
const conflicts = (d: MemoryDevice) => [...d.replica.conflicts.values()];
const notes = (d: MemoryDevice) => d.replica.rows.get('companies\u0000c1')?.notes;

describe('conflicts follow causality', () => {
  it('an edit made after receiving the other value is no conflict on either side', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    edit(a, 'Wil een BBL-plek');
    await sync(target, a);
    await sync(target, b);
    clock.now += 21 * 24 * 3600_000;
    const later = edit(b, 'Plek vervuld');
    expect(later.seen).toEqual({ 'dev-a': 1 });
    await sync(target, b);
    await sync(target, a);
    expect(notes(a)).toBe('Plek vervuld');
    expect(conflicts(a)).toEqual([]);
    expect(conflicts(b)).toEqual([]);
  });

  it('crossing edits conflict on both sides; a resolution synchronises without a new conflict', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    edit(a, 'Basis');
    await sync(target, a);
    await sync(target, b);
    edit(a, 'Wil een BBL-plek');
    edit(b, 'Belt terug in maart');
    await sync(target, a);
    await sync(target, b);
    await sync(target, a);
    expect(conflicts(a)).toHaveLength(1);
    expect(conflicts(b).map((c) => c.id)).toEqual(conflicts(a).map((c) => c.id));
    expect(conflicts(a)[0]).toMatchObject({ winner: { value: 'Belt terug in maart' }, loser: { value: 'Wil een BBL-plek' } });

    // B settles it with a merged text: the write saw A's value, so it is no conflict anywhere.
    edit(b, 'Wil een BBL-plek; belt terug in maart');
    await sync(target, b);
    await sync(target, a);
    expect(notes(a)).toBe('Wil een BBL-plek; belt terug in maart');
    expect(conflicts(a)).toEqual([]);
    expect(conflicts(b)).toEqual([]);
    expect(a.replica.rows).toEqual(b.replica.rows);
  });

  it('counts what a peer had seen as seen: C overwrites B who overwrote A, without having A', async () => {
    const target = memoryTransport({ now });
    const [a, b, c] = ['dev-a', 'dev-b', 'dev-c'].map((id) => memoryDevice(id, now)) as [MemoryDevice, MemoryDevice, MemoryDevice];
    edit(a, 'een');
    await sync(target, a);
    await sync(target, b);
    edit(b, 'twee');
    await sync(target, b);
    // C reads only B's folder first (A's segment has not reached C's cloud copy yet).
    const bOnly = { ...target, list: async (prefix: string) => (await target.list(prefix)).filter((e) => !e.path.includes('dev-a')) };
    clock.now += 1000;
    await syncOnce({ transport: bOnly, local: c, deviceId: 'dev-c', now, appVersion: '0.1.0', schemaVersion: 1 });
    expect(edit(c, 'drie').seen).toEqual({ 'dev-a': 1, 'dev-b': 1 });
    for (const d of [c, a, b, c]) await sync(target, d);
    for (const d of [a, b, c]) expect(conflicts(d)).toEqual([]);
  });
});
