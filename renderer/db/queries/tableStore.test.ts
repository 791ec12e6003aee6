import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { VeldwerkDb, setDb } from '../database';
import { write } from '../repository';
import { createTableStore } from './tableStore';
import { companyStore, type CompanyRow } from './companies';

let db: VeldwerkDb | null = null;
afterEach(async () => {
  setDb(null);
  await db?.delete();
  db = null;
});

async function fresh(): Promise<VeldwerkDb> {
  db = new VeldwerkDb(`store-${crypto.randomUUID()}`);
  await db.open();
  setDb(db);
  return db;
}

/** Resolves with the store's rows once `ok` holds for them. */
function until<T>(store: { subscribe: (l: () => void) => () => void; getSnapshot: () => readonly T[] | undefined }, ok: (rows: readonly T[]) => boolean) {
  return new Promise<readonly T[]>((resolve) => {
    const check = () => {
      const rows = store.getSnapshot();
      if (rows && ok(rows)) {
        stop();
        resolve(rows);
      }
    };
    const stop = store.subscribe(check);
    check();
  });
}

describe('table store', () => {
  it('loads in chunks, follows single-row writes and bulk writes, and drops deleted rows', async () => {
    const d = await fresh();
    const rows = Array.from({ length: 4500 }, (_, i) => ({ id: `c${String(i).padStart(5, '0')}`, name: `Bedrijf ${i}` }));
    await write(d, 'import', (w) => w.insert('companies', rows));
    const store = createTableStore<CompanyRow>('companies', (r) => r as CompanyRow);
    const loaded = await until(store, (r) => r.length === 4500);
    expect(loaded.find((r) => r.id === 'c00042')?.name).toBe('Bedrijf 42');

    await write(d, 'edit', (w) => w.patch('companies', 'c00042', { name: 'Nieuwe naam' }));
    await until(store, (r) => r.find((x) => x.id === 'c00042')?.name === 'Nieuwe naam');

    await write(d, 'remove', (w) => w.remove('companies', 'c00007'));
    await until(store, (r) => r.length === 4499 && !r.some((x) => x.id === 'c00007'));

    const more = Array.from({ length: 300 }, (_, i) => ({ id: `n${i}`, name: `Nieuw ${i}` }));
    await write(d, 'import 2', (w) => w.insert('companies', more));
    const after = await until(store, (r) => r.length === 4799);
    expect(after.some((r) => r.id === 'n299')).toBe(true);
  });

  it('starts from the cache copy while its stamp matches, and from the table once it does not', async () => {
    const d = await fresh();
    await write(d, 'import', (w) => w.insert('companies', [{ id: 'a', name: 'Alfa' }, { id: 'b', name: 'Beta' }]));
    let projected = 0;
    const options = {
      stamp: async (x: VeldwerkDb) => `${await x.companies.count()}|${String(await x.outbox.orderBy('seq').lastKey())}`,
      idOf: (r: CompanyRow) => r.id,
      writeDelay: 0,
    };
    const project = (r: Record<string, unknown>) => {
      projected++;
      return r as CompanyRow;
    };
    const first = createTableStore<CompanyRow>('companies', project, options);
    await first.load();
    expect(projected).toBe(2);
    // The copy is written shortly after the load: wait until its stamp is there.
    const cacheDb = new Dexie('veldwerk-cache');
    cacheDb.version(1).stores({ chunks: 'key' });
    while (!(await cacheDb.table('chunks').get(`${d.name}/companies:meta`))) await new Promise((r) => setTimeout(r, 10));
    cacheDb.close();

    const second = createTableStore<CompanyRow>('companies', project, options);
    expect((await second.load()).map((r) => r.name).sort()).toEqual(['Alfa', 'Beta']);
    expect(projected).toBe(2);

    // A change the next session did not see (another window, a sync): the stamp moves on.
    await write(d, 'edit', (w) => w.patch('companies', 'a', { name: 'Alfa BV' }));
    const third = createTableStore<CompanyRow>('companies', project, options);
    expect((await third.load()).map((r) => r.name).sort()).toEqual(['Alfa BV', 'Beta']);
  });

  it('keeps the shared company rows without sync bookkeeping and follows edits', async () => {
    const d = await fresh();
    await write(d, 'import', (w) => w.insert('companies', [{ id: 'a', name: 'Alfa', place: 'Dordrecht' }, { id: 'b', name: 'Beta' }]));
    const rows = await companyStore.load();
    expect(rows.map((r) => r.name).sort()).toEqual(['Alfa', 'Beta']);
    // Projected rows carry no sync bookkeeping.
    expect(rows.every((r) => !('_clock' in r))).toBe(true);
    await write(d, 'edit', (w) => w.patch('companies', 'a', { name: 'Alfa BV' }));
    await until(companyStore, (r) => r.some((x) => x.name === 'Alfa BV'));
  });
});
