import { describe, expect, it } from 'vitest';
import { syncOnce } from './engine';
import { memoryDevice, type MemoryDevice } from './memoryLocalStore';
import { memoryTransport, type MemoryTransport } from './memoryTransport';
import type { SyncOptions } from './ports';
import { TransportError } from './transport';

const T0 = 1_700_000_000_000;
const clock = { now: T0 };
const now = () => clock.now;

function run(transport: MemoryTransport, device: MemoryDevice, extra: Partial<SyncOptions> = {}) {
  clock.now += 1000;
  return syncOnce({ transport, local: device, deviceId: device.deviceId, now, appVersion: '0.1.0', schemaVersion: 1, ...extra });
}
const company = (id: string, naam: string) => ({ table: 'companies', rowId: id, fields: { naam, gemeente: 'Dordrecht' } });
const rows = (d: MemoryDevice) => Object.fromEntries([...d.replica.rows].map(([k, r]) => [k, r]));

describe('syncOnce', () => {
  it('brings two devices to the same picture and never applies own segments back', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    a.write('Bedrijf toegevoegd', [company('c1', 'Bakkerij Jansen')]);
    b.write('Bedrijf toegevoegd', [company('c2', 'Smederij De Vries')]);
    await run(target, a);
    const rb = await run(target, b);
    const ra = await run(target, a);
    expect(rb).toMatchObject({ ok: true, pushedBatches: 1, appliedBatches: 1 });
    expect(ra).toMatchObject({ ok: true, pushedBatches: 0, appliedBatches: 1 });
    expect(rows(a)).toEqual(rows(b));
    expect(a.peers.get('dev-b')).toBeDefined();
    expect(a.peers.has('dev-a')).toBe(false);
    expect(rb.skew).not.toBeNull();
  });

  it('pages large pushes into segments without splitting batches', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    for (let i = 0; i < 5; i++) a.write('Bewerkt', [company(`c${i}`, `Bedrijf ${i}`)]);
    const r = await run(target, a, { limits: { maxBatchesPerSegment: 2 } });
    expect(r.pushedSegments).toBe(3);
    expect([...target.files.keys()].filter((p) => p.startsWith('devices/'))).toEqual([
      'devices/dev-a/0000000001.jsonl',
      'devices/dev-a/0000000003.jsonl',
      'devices/dev-a/0000000005.jsonl',
    ]);
  });

  it('skips a truncated or corrupted segment with a message and applies it once it is whole', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    b.write('x', [company('c1', 'Bakkerij Jansen')]);
    b.write('y', [company('c2', 'Drukkerij Dordt')]);
    await run(target, b, { limits: { maxBatchesPerSegment: 1 } });
    const path = 'devices/dev-b/0000000001.jsonl';
    const good = target.files.get(path)!.bytes;
    target.put(path, good.subarray(0, good.length - 30));
    const r1 = await run(target, a);
    expect(r1.appliedBatches).toBe(0);
    expect(r1.problems[0]?.message).toContain('onvolledig');
    const flipped = good.slice();
    flipped[good.indexOf(0x4a)] = 0x4b; // "Jansen" → "Kansen"
    target.put(path, flipped);
    expect((await run(target, a)).problems[0]?.message).toContain('controlesom');
    target.put(path, good);
    const r3 = await run(target, a);
    expect(r3).toMatchObject({ ok: true, appliedBatches: 2 });
  });

  it('repairs its own segment when the write was cut off', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    await run(target, a);
    target.faults.truncateWrites = 1;
    a.write('x', [company('c1', 'Bakkerij Jansen')]);
    expect((await run(target, a)).ok).toBe(true);
    expect((await run(target, b)).appliedBatches).toBe(1);
  });

  it('does not rewrite its own segment when reading it back fails for a reason other than damage', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    a.write('x', [company('c1', 'Bakkerij Jansen')]);
    await run(target, a);
    const path = 'devices/dev-a/0000000001.jsonl';
    const whole = await target.read(path);
    // A cloud client touched the file (new modification time), then the connection drops.
    clock.now += 60_000;
    target.put(path, whole);
    const removed: string[] = [];
    const flaky: MemoryTransport = {
      ...target,
      read: async (p) => {
        if (p === path) throw new TransportError('unreachable', 'De server is niet bereikbaar.');
        return target.read(p);
      },
      remove: async (p) => {
        removed.push(p);
        return target.remove!(p);
      },
    };
    const r = await run(flaky, a);
    expect(r.ok).toBe(false);
    expect(removed).toEqual([]);
    expect(await target.read(path)).toEqual(whole);
    // Back online, the check passes and nothing is republished.
    expect((await run(target, a)).problems.map((p) => p.kind)).not.toContain('republished');
  });

  it('reports cloud conflict copies and never applies them', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    b.write('x', [company('c1', 'Bakkerij Jansen')]);
    await run(target, b);
    target.addConflictCopy('devices/dev-b/0000000001.jsonl', '0000000001 (conflict).jsonl');
    target.addConflictCopy('devices/dev-b/0000000001.jsonl', '0000000002-LAPTOP-JAN.jsonl');
    target.put('devices/dev-b/.0000000003.jsonl.tmp-abc', new Uint8Array([1]));
    const r = await run(target, a);
    expect(r.appliedBatches).toBe(1);
    expect(r.skippedFiles.map((f) => f.reason).sort()).toEqual(['conflict-copy', 'conflict-copy', 'temp']);
  });

  it('sets aside batches two hours in the future, with a message, until the clock catches up', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const skewed = () => clock.now + 2 * 3600_000;
    const b = memoryDevice('dev-b', skewed);
    b.write('x', [company('c1', 'Bakkerij Jansen')]);
    await syncOnce({ transport: target, local: b, deviceId: 'dev-b', now: skewed, appVersion: '0.1.0', schemaVersion: 1 });
    const r = await run(target, a);
    expect(r).toMatchObject({ appliedBatches: 0, quarantinedBatches: 1 });
    expect(r.problems[0]).toMatchObject({ kind: 'future-clock', message: expect.stringContaining('2 uur in de toekomst') });
    expect(a.replica.rows.size).toBe(0);
    clock.now += 2 * 3600_000;
    expect((await run(target, a)).appliedBatches).toBe(1);
  });

  it('refuses a wrong passphrase and writes nothing', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    a.write('x', [company('c1', 'Bakkerij Jansen')]);
    await run(target, a, { crypto: { passphrase: 'goed wachtwoord', iterations: 1000 } });
    b.write('y', [company('c2', 'Smederij')]);
    const files = [...target.files.keys()];
    const r = await run(target, b, { crypto: { passphrase: 'fout', iterations: 1000 } });
    expect(r).toMatchObject({ ok: false, stoppedBy: 'passphrase', pushedBatches: 0, appliedBatches: 0 });
    expect(r.problems[0]?.message).toContain('teamwachtwoord klopt niet');
    expect([...target.files.keys()]).toEqual(files);
    expect(b.replica.rows.size).toBe(1);
    expect((await run(target, b)).stoppedBy).toBe('passphrase');
  });

  it('with encryption, the target never holds a personal name in any byte', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    const secret = { passphrase: 'teamwachtwoord Drechtsteden', iterations: 1000 };
    a.write('Contactpersoon', [{ table: 'contactPersons', rowId: 'p1', fields: { naam: 'Fatima Oudewater', telefoon: '06-12345678' } }]);
    await run(target, a, { crypto: secret });
    expect((await run(target, b, { crypto: secret })).appliedBatches).toBe(1);
    expect(rows(b)).toEqual(rows(a));
    for (const [, file] of target.files) {
      const text = new TextDecoder('latin1').decode(file.bytes);
      expect(text).not.toContain('Oudewater');
      expect(text).not.toContain('12345678');
    }
  });

  it('stops cleanly when the target becomes unreachable and completes on the next run', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    for (let i = 0; i < 6; i++) a.write('x', [company(`c${i}`, `Bedrijf ${i}`)]);
    target.faults.failAfterOps = 5;
    const r1 = await run(target, a, { limits: { maxBatchesPerSegment: 2 } });
    expect(r1).toMatchObject({ ok: false, stoppedBy: 'transport' });
    expect(r1.problems[0]?.message).toContain('niet bereikbaar');
    target.faults.failAfterOps = undefined;
    const r2 = await run(target, a, { limits: { maxBatchesPerSegment: 2 } });
    expect(r2.ok).toBe(true);
    expect((await run(target, b)).appliedBatches).toBe(6);
    expect(rows(b)).toEqual(rows(a));
  });

  it('asks before applying a mass deletion and deletes nothing when refused', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    for (let i = 0; i < 12; i++) a.write('x', [company(`c${i}`, `Bedrijf ${i}`)]);
    await run(target, a);
    await run(target, b);
    b.write('Opruimen', Array.from({ length: 10 }, (_, i) => ({ table: 'companies', rowId: `c${i}`, fields: { _deleted: true } })));
    await run(target, b);
    let asked = 0;
    const refused = await run(target, a, { confirmMassDeletion: async (s) => (asked++, expect(s.total).toBe(10), false) });
    expect(refused).toMatchObject({ ok: false, stoppedBy: 'mass-deletion', appliedBatches: 0 });
    expect([...a.replica.rows.values()].filter((r) => r._deleted).length).toBe(0);
    const accepted = await run(target, a, { confirmMassDeletion: async () => true });
    expect(accepted.appliedBatches).toBe(1);
    expect(asked).toBe(1);
    expect([...a.replica.rows.values()].filter((r) => r._deleted).length).toBe(10);
  });

  it('refuses to push a private item', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    a.outbox.push({ id: 'x', deviceId: 'dev-a', seq: 1, hlc: '000000000000001-00000-dev-a', label: 'x', changes: [{ table: 'contactLogs', rowId: 'l1', fields: { visibility: 'prive' } }] });
    const r = await run(target, a);
    expect(r).toMatchObject({ ok: false, stoppedBy: 'push', pushedBatches: 0 });
    expect([...target.files.keys()].some((p) => p.startsWith('devices/'))).toBe(false);
  });

  describe('mass-deletion guard: the cumulative effect since the last confirmation', () => {
    const del = (ids: string[]) => ids.map((id) => ({ table: 'companies', rowId: id, fields: { _deleted: true } }));
    const live = (d: MemoryDevice) => [...d.replica.rows.values()].filter((r) => !r._deleted).length;

    it('asks when a partner deletes 30 of 40 companies in ten small actions', async () => {
      const target = memoryTransport({ now });
      const a = memoryDevice('dev-a', now);
      const b = memoryDevice('dev-b', now);
      for (let i = 0; i < 40; i++) a.write('x', [company(`c${i}`, `Bedrijf ${i}`)]);
      await run(target, a);
      await run(target, b);
      const asked: number[] = [];
      for (let step = 0; step < 10; step++) {
        b.write('Opruimen', del([0, 1, 2].map((k) => `c${step * 3 + k}`)));
        await run(target, b);
        await run(target, a, { confirmMassDeletion: async (s) => (asked.push(s.total), false) });
      }
      expect(asked.length).toBeGreaterThan(0);
      expect(asked[0]).toBeLessThanOrEqual(12);
      expect(live(a)).toBeGreaterThanOrEqual(28);
    });

    it('asks when four partners delete 4 of 20 each, and approving one does not approve another', async () => {
      const target = memoryTransport({ now });
      const a = memoryDevice('dev-a', now);
      const peers = ['dev-b', 'dev-c', 'dev-d', 'dev-e'].map((id) => memoryDevice(id, now));
      for (let i = 0; i < 20; i++) a.write('x', [company(`c${i}`, `Bedrijf ${i}`)]);
      await run(target, a);
      for (const [n, p] of peers.entries()) {
        await run(target, p);
        p.write('Opruimen', del([0, 1, 2, 3].map((k) => `c${n * 4 + k}`)));
        await run(target, p);
      }
      const asked: string[] = [];
      const r = await run(target, a, { confirmMassDeletion: async (s) => (asked.push(s.deviceId), true) });
      expect(r.ok).toBe(true);
      // Each approval covers only that partner's deletions so far: the others are asked about.
      expect(asked.length).toBeGreaterThanOrEqual(2);
      expect(new Set(asked).size).toBe(asked.length);
      expect(live(a)).toBe(4);
    });
  });
});
