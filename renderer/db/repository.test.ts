import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeldwerkDb } from './database';
import { write } from './repository';

let db: VeldwerkDb;

beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

describe('repository write', () => {
  it('writes the row and its change batch in one transaction', async () => {
    await write(db, 'Bedrijf toegevoegd', (w) =>
      w.insert('companies', [{ id: 'c1', name: 'Bakkerij Test', employees: 3 }]),
    );
    const row = await db.companies.get('c1');
    expect(row?.name).toBe('Bakkerij Test');
    const batches = await db.outbox.toArray();
    expect(batches).toHaveLength(1);
    expect(batches[0]!.seq).toBe(1);
    expect(batches[0]!.label).toBe('Bedrijf toegevoegd');
    expect(batches[0]!.changes).toEqual([
      { table: 'companies', rowId: 'c1', fields: { name: 'Bakkerij Test', employees: 3 } },
    ]);
    expect(row?._clock['']).toBe(batches[0]!.hlc);
  });

  it('records only the fields that really change, with their own clock', async () => {
    await write(db, 'a', (w) => w.insert('companies', [{ id: 'c1', name: 'A', employees: 3, tags: ['x'] }]));
    await write(db, 'b', (w) => w.patch('companies', 'c1', { name: 'A', employees: 4, tags: ['x'] }));
    const [first, second] = await db.outbox.orderBy('seq').toArray();
    expect(second!.seq).toBe(2);
    expect(second!.changes).toEqual([{ table: 'companies', rowId: 'c1', fields: { employees: 4 } }]);
    expect(second!.hlc > first!.hlc).toBe(true);
    const row = await db.companies.get('c1');
    expect(row?._clock.employees).toBe(second!.hlc);
    expect(row?._clock['']).toBe(first!.hlc);
  });

  it('writes no batch for a no-op', async () => {
    await write(db, 'a', (w) => w.insert('companies', [{ id: 'c1', name: 'A' }]));
    await write(db, 'b', (w) => w.patch('companies', 'c1', { name: 'A' }));
    expect(await db.outbox.count()).toBe(1);
  });

  it('records no change when an object field is re-saved with its keys in another order', async () => {
    const address = { street: 'Markt 1', place: 'Dordrecht', postcode: '3311 AA' };
    await write(db, 'a', (w) => w.insert('companies', [{ id: 'c1', name: 'A', address }]));
    const reordered = { postcode: '3311 AA', place: 'Dordrecht', street: 'Markt 1' };
    await write(db, 'b', (w) => w.patch('companies', 'c1', { address: reordered, name: 'A' }));
    expect(await db.outbox.count()).toBe(1);
    const row = await db.companies.get('c1');
    expect(row?._clock.address).toBeUndefined();
  });

  it('rolls back the rows and the batch together when the action fails', async () => {
    await expect(
      write(db, 'kapot', async (w) => {
        await w.insert('companies', [{ id: 'c1', name: 'A' }]);
        throw new Error('mislukt');
      }),
    ).rejects.toThrow('mislukt');
    expect(await db.companies.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('deletes as a tombstone that replicates', async () => {
    await write(db, 'a', (w) => w.insert('companies', [{ id: 'c1', name: 'A' }]));
    await write(db, 'weg', (w) => w.remove('companies', 'c1'));
    expect((await db.companies.get('c1'))?._deleted).toBe(true);
    const last = await db.outbox.orderBy('seq').last();
    expect(last?.changes).toEqual([{ table: 'companies', rowId: 'c1', fields: { _deleted: true } }]);
  });

  it('never lets a private row leave the device, and withdraws a row that turns private', async () => {
    await write(db, 'privé', (w) =>
      w.insert('contactLogs', [{ id: 'l1', summary: 'geheim', visibility: 'prive' }]),
    );
    expect(await db.outbox.count()).toBe(0);
    await write(db, 'gedeeld', (w) =>
      w.insert('contactLogs', [{ id: 'l2', summary: 'open', visibility: 'gedeeld' }]),
    );
    await write(db, 'toch privé', (w) => w.patch('contactLogs', 'l2', { visibility: 'prive', summary: 'nu geheim' }));
    const batches = await db.outbox.orderBy('seq').toArray();
    const all = JSON.stringify(batches);
    expect(all).not.toContain('geheim');
    expect(batches.at(-1)!.changes).toEqual([{ table: 'contactLogs', rowId: 'l2', fields: { _deleted: true } }]);
    await write(db, 'weer gedeeld', (w) => w.patch('contactLogs', 'l1', { visibility: 'gedeeld' }));
    const shared = (await db.outbox.orderBy('seq').last())!.changes[0]!;
    expect(shared.fields).toMatchObject({ summary: 'geheim', visibility: 'gedeeld', _deleted: false });
  });

  it('indexes small batches per row for the timeline and large ones as bulk', async () => {
    await write(db, 'klein', (w) => w.insert('companies', [{ id: 'c1', name: 'A' }]));
    const rows = Array.from({ length: 300 }, (_, i) => ({ id: `b${i}`, name: `B${i}` }));
    await write(db, 'groot', (w) => w.insert('companies', rows));
    expect(await db.outbox.where('rows').equals('companies:c1').count()).toBe(1);
    expect(await db.outbox.where('rows').equals('*').count()).toBe(1);
  });
});
