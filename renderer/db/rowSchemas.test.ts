import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { emptyCompanyInput, newCompany } from '../../shared/domain/company';
import { contactLogInputSchema, type ContactLogInput } from '../../shared/domain/contactLog';
import { data } from '../../shared/i18n/nl/data';
import { createDatabaseAtVersion } from '../../test/setup/migrationHarness';
import { VeldwerkDb } from './database';
import { write } from './repository';
import { insertCompany, patchCompany } from './repositories/companies';
import { saveContactLog, updateContactLog } from './repositories/contactLogs';
import { InvalidRowError } from './rowSchemas';
import { SCHEMA_V1 } from './schema';

/**
 * The repository boundary refuses what the shared/ schemas refuse, and then writes nothing: no
 * row, no change batch for partners. Rows a partner on an older version left incomplete stay
 * editable.
 */

let db: VeldwerkDb;
const me = { advisorId: 'adv-me', name: 'Sanne Adviseur', organisation: 'lwl' as const };
const NOW = '2026-03-02T09:00:00.000Z';

beforeEach(async () => {
  db = new VeldwerkDb(`rows-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const company = (id: string) => newCompany(emptyCompanyInput({ name: `Bakkerij ${id}`, gemeente: 'dordrecht' }), NOW, id);
const logInput = (overrides: Partial<ContactLogInput> = {}): ContactLogInput => ({
  ...contactLogInputSchema().parse({ companyId: 'c1', at: '2026-03-02T10:00:00+01:00', summary: 'Kennismaking' }),
  ...overrides,
});

async function refusal(action: Promise<unknown>): Promise<InvalidRowError> {
  const error: unknown = await action.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidRowError);
  return error as InvalidRowError;
}

describe('a company with an invalid field', () => {
  it('is refused when added, and nothing is written', async () => {
    const error = await refusal(insertCompany({ ...company('c1'), kvk: '123' }, db));
    expect(error.table).toBe('companies');
    expect(error.problems.map((p) => p.field)).toEqual(['kvk']);
    // The message comes from the catalogue and names the field as the screens do.
    expect(error.message).toBe(data.invalidRow('Bedrijf', [data.fieldProblem('KvK-nummer', error.problems[0]!.message)]));
    expect(await db.companies.count()).toBe(0);
    expect(await db.outbox.count()).toBe(0);
  });

  it('is refused when it is incomplete', async () => {
    const { name: _missing, ...withoutName } = company('c1');
    const error = await refusal(write(db, 'x', (w) => w.insert('companies', [withoutName], { complete: true })));
    expect(error.problems.map((p) => p.field)).toEqual(['name']);
    expect(await db.companies.count()).toBe(0);
  });

  it('is refused when edited, and the stored row and the change log stay as they were', async () => {
    await insertCompany(company('c1'), db);
    const before = await db.companies.get('c1');
    const batches = await db.outbox.count();
    const error = await refusal(patchCompany('c1', { status: 'misschien', employees: -3 }, db));
    expect(error.problems.map((p) => p.field).sort()).toEqual(['employees', 'status']);
    expect(await db.companies.get('c1')).toEqual(before);
    expect(await db.outbox.count()).toBe(batches);
  });
});

describe('a contact log with an invalid field', () => {
  beforeEach(async () => {
    await insertCompany(company('c1'), db);
  });

  it('is refused, and neither the log nor the company it would create is written', async () => {
    const batches = await db.outbox.count();
    const error = await refusal(
      saveContactLog({ input: logInput({ channel: 'postduif' as ContactLogInput['channel'] }), profile: me, newCompany: { name: 'Garage Nieuw', gemeente: 'dordrecht' } }, db),
    );
    expect(error.table).toBe('contactLogs');
    expect(error.problems.map((p) => p.field)).toEqual(['channel']);
    expect(await db.contactLogs.count()).toBe(0);
    expect(await db.companies.count()).toBe(1);
    expect(await db.outbox.count()).toBe(batches);
  });

  it('is refused when corrected with an invalid value, and the log stays as it was', async () => {
    const saved = await saveContactLog({ input: logInput(), profile: me }, db);
    const before = await db.contactLogs.get(saved.logId);
    const batches = await db.outbox.count();
    await refusal(updateContactLog(saved.logId, { input: logInput({ summary: 'x'.repeat(6000) }), profile: me }, db));
    expect(await db.contactLogs.get(saved.logId)).toEqual(before);
    expect(await db.outbox.count()).toBe(batches);
  });
});

describe('rows kept by a schema upgrade', () => {
  it('stay editable although an older version left fields out', async () => {
    const name = `rows-v1-${crypto.randomUUID()}`;
    const clock = { '': '000001700000000-00000-dev1' };
    const company = { id: 'c1', _clock: clock, name: 'Café Ré', kvk: '12345678', gemeente: 'dordrecht', status: 'benaderd', kind: 'mkb' };
    await createDatabaseAtVersion(name, [SCHEMA_V1], { companies: [company], settings: [{ key: 'deviceId', value: 'dev1' }] });
    const old = new VeldwerkDb(name);
    try {
      await old.open();
      expect(await old.companies.toArray()).toEqual([company]);
      await patchCompany('c1', { notes: 'Belt terug in maart' }, old);
      expect(await old.companies.get('c1')).toMatchObject({ ...company, notes: 'Belt terug in maart' });
      // The fields it did not have are not made up, and an invalid edit is still refused.
      await refusal(patchCompany('c1', { gemeente: 'amsterdam' }, old));
      expect((await old.companies.get('c1'))?.gemeente).toBe('dordrecht');
    } finally {
      old.close();
      await old.delete();
    }
  });
});
