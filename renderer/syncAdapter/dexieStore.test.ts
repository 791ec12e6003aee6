import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { syncOnce } from '../../shared/sync/engine';
import { memoryTransport, type MemoryTransport } from '../../shared/sync/memoryTransport';
import { utf8 } from '../../shared/sync/bytes';
import { ensureDeviceId } from '../db/clock';
import { VeldwerkDb, type StoredRow } from '../db/database';
import { write } from '../db/repository';
import { dexieStore } from './dexieStore';
import { resolveConflict } from './resolveConflict';

let a: VeldwerkDb;
let b: VeldwerkDb;
let target: MemoryTransport;

async function device(db: VeldwerkDb): Promise<string> {
  return db.transaction('rw', db.settings, () => ensureDeviceId(db));
}

async function sync(db: VeldwerkDb, passphrase?: string) {
  return syncOnce({
    transport: target,
    local: dexieStore(db),
    deviceId: await device(db),
    now: () => Date.now(),
    appVersion: '0.1.0',
    schemaVersion: 2,
    ...(passphrase && { crypto: { passphrase, iterations: 1000 } }),
  });
}

const company = (id: string, name: string) => ({ id, name, gemeente: 'dordrecht', notes: '' });

beforeEach(async () => {
  a = new VeldwerkDb(`a-${crypto.randomUUID()}`);
  b = new VeldwerkDb(`b-${crypto.randomUUID()}`);
  await Promise.all([a.open(), b.open()]);
  target = memoryTransport();
});
afterEach(async () => {
  await Promise.all([a.delete(), b.delete()]);
});

describe('dexieStore with syncOnce between two databases', () => {
  it('creates on A and shows it on B, with inbox, peer progress and the timeline index', async () => {
    await write(a, 'Profiel opgeslagen', (w) =>
      w.put('advisors', { id: 'adv-a', name: 'Sanne de Wit', organisation: 'lwl' }),
    );
    await write(a, 'Bedrijf toegevoegd', (w) =>
      w.insert('companies', [company('c1', 'Bakkerij Jansen')]),
    );
    const ra = await sync(a);
    expect(ra).toMatchObject({ ok: true, pushedBatches: 2 });
    const rb = await sync(b);
    expect(rb).toMatchObject({ ok: true, appliedBatches: 2, conflicts: 0 });

    expect(await b.companies.get('c1')).toMatchObject({
      name: 'Bakkerij Jansen',
      gemeente: 'dordrecht',
    });
    const deviceA = await device(a);
    expect(await b.peers.get(deviceA)).toMatchObject({
      appliedSeq: 2,
      advisorName: 'Sanne de Wit',
      organisation: 'lwl',
    });
    expect(await b.inbox.where('rows').equals('companies:c1').count()).toBe(1);
    // B's clock moved past A's, so B's next edit wins over what it has seen.
    await write(b, 'Bedrijf bewerkt', (w) => w.patch('companies', 'c1', { notes: 'Gebeld' }));
    const [outB] = await b.outbox.where('rows').equals('companies:c1').toArray();
    const [inB] = await b.inbox.toArray();
    expect(outB!.hlc > inB!.hlc).toBe(true);
  });

  it('records a conflict when both edit the same field, keeps the user status, and converges', async () => {
    await write(a, 'x', (w) => w.insert('companies', [company('c1', 'Bakkerij Jansen')]));
    await sync(a);
    await sync(b);
    await write(a, 'Bedrijf bewerkt', (w) =>
      w.patch('companies', 'c1', { notes: 'Wil een BBL-plek' }),
    );
    await new Promise((r) => setTimeout(r, 5));
    await write(b, 'Bedrijf bewerkt', (w) =>
      w.patch('companies', 'c1', { notes: 'Belt terug in maart' }),
    );
    await sync(a);
    const rb = await sync(b);
    await sync(a);
    expect(rb.conflicts).toBe(1);
    const [ca] = await a.conflicts.toArray();
    const [cb] = await b.conflicts.toArray();
    expect(ca).toMatchObject({
      kind: 'value',
      table: 'companies',
      rowId: 'c1',
      field: 'notes',
      status: 'open',
      winner: { value: 'Belt terug in maart' },
      loser: { value: 'Wil een BBL-plek' },
    });
    expect(cb?.id).toBe(ca?.id);
    expect((await a.companies.get('c1'))?.notes).toBe('Belt terug in maart');
    expect((await b.companies.get('c1'))?.notes).toBe('Belt terug in maart');

    // Re-running changes nothing and does not reopen a conflict the user closed.
    await b.conflicts.update(cb!.id, { status: 'opgelost' });
    const again = await sync(b);
    expect(again).toMatchObject({ ok: true, pushedBatches: 0, appliedBatches: 0, conflicts: 0 });
    expect((await b.conflicts.get(cb!.id))?.status).toBe('opgelost');
  });

  it('never lets a private contact log reach the target or B', async () => {
    await write(a, 'Contact', (w) =>
      w.insert('contactLogs', [
        {
          id: 'l1',
          companyId: 'c1',
          summary: 'Geheim gesprek met Piet Pietersen',
          visibility: 'prive',
        },
        { id: 'l2', companyId: 'c1', summary: 'Gedeeld verslag', visibility: 'gedeeld' },
      ]),
    );
    await sync(a);
    await sync(b);
    expect(await b.contactLogs.get('l1')).toBeUndefined();
    expect(await b.contactLogs.get('l2')).toMatchObject({ summary: 'Gedeeld verslag' });
    const bytes = [...target.files.values()]
      .map((f) => new TextDecoder().decode(f.bytes))
      .join('\n');
    expect(bytes).not.toContain('Pietersen');
  });

  it('is idempotent: the same segment applied twice changes nothing', async () => {
    await write(a, 'x', (w) => w.insert('companies', [company('c1', 'Bakkerij Jansen')]));
    const batches = await dexieStore(a).pendingBatches(0, 10);
    const store = dexieStore(b);
    const deviceA = await device(a);
    await store.applySegment(deviceA, batches);
    const before = await b.companies.get('c1');
    const second = await store.applySegment(deviceA, batches);
    expect(second).toEqual({ conflicts: 0, skipped: 3 });
    expect(await b.companies.get('c1')).toEqual(before);
    expect(await b.inbox.count()).toBe(1);
  });

  it('with a passphrase writes only ciphertext, and a wrong passphrase writes nothing', async () => {
    await write(a, 'x', (w) => w.insert('companies', [company('c1', 'Bakkerij Pietersen')]));
    expect(await sync(a, 'geheim team')).toMatchObject({ ok: true, pushedBatches: 1 });
    const text = [...target.files.values()]
      .map((f) => new TextDecoder().decode(f.bytes))
      .join('\n');
    expect(text).not.toContain('Pietersen');
    const before = target.files.size;
    await write(b, 'y', (w) => w.insert('companies', [company('c2', 'Smederij')]));
    const wrong = await sync(b, 'verkeerd');
    expect(wrong).toMatchObject({ ok: false, stoppedBy: 'passphrase' });
    expect(target.files.size).toBe(before);
    expect(await b.problems.where('kind').equals('sync:passphrase').count()).toBe(1);
    expect(await sync(b, 'geheim team')).toMatchObject({ ok: true, appliedBatches: 1 });
  });

  it('skips a damaged segment without applying half of it', async () => {
    await write(a, 'x', (w) => w.insert('companies', [company('c1', 'Bakkerij Jansen')]));
    await sync(a);
    const [path, file] = [...target.files].find(([p]) => p.startsWith('devices/'))!;
    target.put(path, utf8(new TextDecoder().decode(file.bytes).replace('Jansen', 'Janssen')));
    const r = await sync(b);
    expect(r.appliedBatches).toBe(0);
    expect(r.skippedFiles[0]).toMatchObject({ path, reason: 'checksum' });
    expect(await b.companies.count()).toBe(0);
  });

  it('reports only edits that crossed, and a resolution reaches the other side without a new conflict', async () => {
    const tick = () => new Promise((r) => setTimeout(r, 5));
    const notes = (db: VeldwerkDb, value: string) =>
      write(db, 'Bedrijf bewerkt', (w) => w.patch('companies', 'c1', { notes: value }));
    await write(a, 'x', (w) => w.insert('companies', [company('c1', 'Bakkerij Jansen')]));
    await sync(a);
    await sync(b);

    // B received A's notes and overwrites them later: no conflict anywhere.
    await notes(a, 'Wil een BBL-plek');
    await sync(a);
    await sync(b);
    await tick();
    await notes(b, 'Plek vervuld');
    const [stamped] = await b.outbox.reverse().limit(1).toArray();
    expect(stamped!.seen).toEqual({ [await device(a)]: 2 });
    await sync(b);
    expect((await sync(a)).conflicts).toBe(0);
    expect((await a.companies.get('c1'))?.notes).toBe('Plek vervuld');
    expect(await a.conflicts.count()).toBe(0);
    expect(await b.conflicts.count()).toBe(0);

    // Crossing edits: a conflict on both sides.
    await notes(a, 'Belt terug in maart');
    await tick();
    await notes(b, 'Stuurt de offerte');
    await sync(a);
    await sync(b);
    await sync(a);
    const [ca] = await a.conflicts.toArray();
    const [cb] = await b.conflicts.toArray();
    expect(ca).toMatchObject({
      status: 'open',
      winner: { value: 'Stuurt de offerte' },
      loser: { value: 'Belt terug in maart' },
    });
    expect(cb).toMatchObject({ id: ca!.id, status: 'open' });

    // B settles it on the Conflicten screen; A gets the value and no new conflict.
    await resolveConflict(b, cb!, {
      kind: 'value',
      value: 'Belt terug in maart; stuurt de offerte',
    });
    expect((await b.conflicts.get(cb!.id))?.status).toBe('opgelost');
    await sync(b);
    expect((await sync(a)).conflicts).toBe(0);
    expect((await a.companies.get('c1'))?.notes).toBe('Belt terug in maart; stuurt de offerte');
    expect(await a.conflicts.where('status').equals('open').count()).toBe(0);
    expect(await b.conflicts.where('status').equals('open').count()).toBe(0);
    // Values, rivals and stamps agree (A's insert keeps its `''` default clock, B per field).
    const strip = ({ _clock: _c, ...row }: StoredRow) => row;
    expect(strip((await a.companies.get('c1'))!)).toEqual(strip((await b.companies.get('c1'))!));
  });

  it('settles an open conflict when the advisor edits that field directly', async () => {
    await write(a, 'x', (w) => w.insert('companies', [company('c1', 'Bakkerij Jansen')]));
    await sync(a);
    await sync(b);
    await write(a, 'y', (w) =>
      w.patch('companies', 'c1', { notes: 'Een', gemeente: 'zwijndrecht' }),
    );
    await new Promise((r) => setTimeout(r, 5));
    await write(b, 'y', (w) =>
      w.patch('companies', 'c1', { notes: 'Twee', gemeente: 'papendrecht' }),
    );
    await sync(b);
    await sync(a);
    expect(await a.conflicts.where('status').equals('open').count()).toBe(2);
    await write(a, 'z', (w) => w.patch('companies', 'c1', { notes: 'Drie' }));
    const open = await a.conflicts.where('status').equals('open').toArray();
    expect(open.map((c) => c.field)).toEqual(['gemeente']);
    await sync(a);
    await sync(b);
    expect((await b.companies.get('c1'))?.notes).toBe('Drie');
    expect((await b.conflicts.toArray()).filter((c) => c.field === 'notes')).toEqual([]);
  });

  it('keeping the current value settles the conflict on the other device too', async () => {
    await write(a, 'x', (w) => w.insert('companies', [company('c1', 'Bakkerij Jansen')]));
    await sync(a);
    await sync(b);
    await write(a, 'y', (w) => w.patch('companies', 'c1', { notes: 'Een' }));
    await new Promise((r) => setTimeout(r, 5));
    await write(b, 'y', (w) => w.patch('companies', 'c1', { notes: 'Twee' }));
    await sync(a);
    await sync(b);
    await sync(a);
    const [cb] = await b.conflicts.toArray();
    expect(cb).toMatchObject({ status: 'open', winner: { value: 'Twee' } });
    await resolveConflict(b, cb!, { kind: 'value', value: 'Twee' });
    await sync(b);
    await sync(a);
    expect((await a.companies.get('c1'))?.notes).toBe('Twee');
    expect(await a.conflicts.where('status').equals('open').count()).toBe(0);
  });
});
