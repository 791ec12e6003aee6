import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCompanyInput, newCompany, type CompanyInput } from '../../../shared/domain/company';
import { newContactPerson } from '../../../shared/domain/contactPerson';
import { VeldwerkDb } from '../database';
import { write } from '../repository';
import { applyImport, mergeCompanies, undoImport } from './companies';
import { loadDemo, removeDemo } from './demo';

let db: VeldwerkDb;

beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const NOW = '2026-01-05T09:00:00.000Z';
const company = (id: string, extra: Partial<CompanyInput> = {}) =>
  newCompany(emptyCompanyInput({ name: `Bedrijf ${id}`, place: 'Dordrecht', ...extra }), NOW, id);

describe('import write path', () => {
  it('writes an import as one batch and undoes it as a whole, restoring updated fields', async () => {
    // As a partner on an older version may have left it: no street, no updatedAt. The undo
    // brings those back as absent (null), although a complete row needs them.
    await write(db, 'eigen', (w) =>
      w.insert('companies', [{ id: 'own', kind: 'mkb', name: 'Bedrijf own', kvk: '12345678', place: 'Dordrecht', employees: 3 }]),
    );
    const result = await applyImport(
      {
        fileName: 'kvk.csv',
        create: [company('n1'), company('n2')],
        update: [{ id: 'own', fields: { employees: 7, street: 'Markt 1' } }],
      },
      db,
    );
    expect(result).toMatchObject({ created: 2, updated: 1 });
    const batches = await db.outbox.toArray();
    expect(batches).toHaveLength(2);
    expect(batches[1]!.changes.map((c) => c.rowId).sort()).toEqual(['n1', 'n2', 'own']);
    expect((await db.companies.get('n1'))?.importBatchId).toBe(result.importId);
    expect((await db.companies.get('own'))?.employees).toBe(7);

    await undoImport(result.importId, db);
    expect((await db.companies.get('n1'))?._deleted).toBe(true);
    expect((await db.companies.get('n2'))?._deleted).toBe(true);
    const own = await db.companies.get('own');
    expect(own?.employees).toBe(3);
    expect(own?.street ?? null).toBe(null);
    expect(own?._deleted).toBeFalsy();
    expect((await db.imports.get(result.importId))?.undoneAt).not.toBeNull();
    // The undo is one more batch, not one per row.
    expect(await db.outbox.count()).toBe(3);
  });

  it('writes nothing, not even the import record, when the write fails', async () => {
    await write(db, 'eigen', (w) => w.insert('companies', [company('dup')]));
    await expect(applyImport({ fileName: 'x.csv', create: [company('a'), company('dup')], update: [] }, db)).rejects.toThrow();
    expect(await db.companies.get('a')).toBeUndefined();
    expect(await db.imports.count()).toBe(0);
    expect(await db.outbox.count()).toBe(1);
  });
});

describe('demo data', () => {
  it('removes every demo row in one write and leaves real data alone', async () => {
    await write(db, 'eigen', (w) => w.insert('companies', [company('real')]));
    await loadDemo({ companies: [company('d1'), company('d2')], contactPersons: [newContactPerson({ companyId: 'd1', name: 'Piet', function: '', phone: '', email: '', preferredChannel: 'onbekend', notes: '' }, NOW, 'p1')] }, db);
    await write(db, 'log', (w) => w.insert('contactLogs', [{ id: 'l1', companyId: 'd1', demo: true, summary: 'x' }]));
    const before = await db.outbox.count();
    const removed = await removeDemo(db);
    expect(removed).toBe(4);
    expect(await db.outbox.count()).toBe(before + 1);
    for (const [table, id] of [['companies', 'd1'], ['companies', 'd2'], ['contactPersons', 'p1'], ['contactLogs', 'l1']] as const) {
      expect((await db.table(table).get(id))?._deleted).toBe(true);
    }
    expect((await db.companies.get('real'))?._deleted).toBeFalsy();
  });
});

describe('merge', () => {
  it('moves contact persons and logs to the winner, takes chosen fields and tombstones the loser, in one write', async () => {
    await write(db, 'setup', async (w) => {
      await w.insert('companies', [company('win', { street: '' }), company('lose', { street: 'Singel 5' })]);
      await w.insert('contactPersons', [{ id: 'p1', companyId: 'lose', name: 'Anna' }]);
      await w.insert('contactLogs', [{ id: 'l1', companyId: 'lose', summary: 'bezoek' }]);
      await w.insert('followUps', [{ id: 'f1', companyId: 'win', title: 'bellen' }]);
    });
    await mergeCompanies('win', 'lose', { street: 'loser' }, db);
    expect((await db.companies.get('win'))?.street).toBe('Singel 5');
    expect((await db.companies.get('lose'))?._deleted).toBe(true);
    expect((await db.contactPersons.get('p1'))?.companyId).toBe('win');
    expect((await db.contactLogs.get('l1'))?.companyId).toBe('win');
    expect((await db.followUps.get('f1'))?.companyId).toBe('win');
    expect(await db.outbox.count()).toBe(2);
  });
});
