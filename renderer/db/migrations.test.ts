import { afterEach, describe, expect, it } from 'vitest';
import { createDatabaseAtVersion, dumpDatabase } from '../../test/setup/migrationHarness';
import { VeldwerkDb } from './database';
import { LATEST_VERSION, SCHEMA_V1 } from './schema';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await new VeldwerkDb(name).delete();
});

/** Realistic rows of every v1 table, including bookkeeping and unicode. */
function v1Rows(): Record<string, Record<string, unknown>[]> {
  const clock = { '': '000001700000000-00000-dev1' };
  return {
    companies: [
      { id: 'c1', _clock: clock, name: 'Café Ré', kvk: '12345678', gemeente: 'dordrecht', status: 'benaderd', sizeClass: '1-4', kind: 'mkb', source: 'eigen-netwerk', importBatchId: null, updatedAt: '2026-01-01T10:00:00Z', networkIds: ['n1'] },
      { id: 'c2', _clock: clock, _deleted: true, name: 'Weg BV', kvk: null, gemeente: 'buiten-regio', status: 'nog-niet-benaderd', sizeClass: 'onbekend', kind: 'zzp', source: 'import', importBatchId: 'imp1', updatedAt: '2026-01-02T10:00:00Z', networkIds: [] },
    ],
    contactPersons: [{ id: 'p1', _clock: clock, companyId: 'c1', name: 'Fictieve Persoon' }],
    contactLogs: [{ id: 'l1', _clock: clock, companyId: 'c1', at: '2026-01-03T09:00:00+01:00', organisation: 'lwl', advisorId: 'a1', visibility: 'prive', summary: 'Eerste bezoek' }],
    followUps: [{ id: 'f1', _clock: clock, companyId: 'c1', ownerAdvisorId: 'a1', status: 'open', due: '2026-01-10' }],
    outbox: [{ seq: 1, id: 'b1', deviceId: 'dev1', hlc: clock[''], label: 'Bedrijf toegevoegd', changes: [], rows: ['companies:c1'], at: 1 }],
    settings: [{ key: 'deviceId', value: 'dev1' }, { key: 'profile', value: { name: 'A' } }],
    drafts: [{ key: 'contactLog:new', value: { summary: 'half' }, savedAt: 1 }],
  };
}

describe('schema upgrades keep every row', () => {
  it(`v1 → v${LATEST_VERSION}`, async () => {
    const name = `migrate-${crypto.randomUUID()}`;
    names.push(name);
    const rows = v1Rows();
    await createDatabaseAtVersion(name, [SCHEMA_V1], rows);

    const db = new VeldwerkDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_VERSION);
    const after = await dumpDatabase(db);
    for (const [table, items] of Object.entries(rows)) {
      expect(after[table], table).toEqual(items);
    }
    // v2's new `source` index is built over the rows that v1 stored without it.
    expect(SCHEMA_V1.companies.split(', ')).not.toContain('source');
    expect(db.companies.schema.idxByName.source).toBeDefined();
    expect(await db.companies.where('source').equals('import').primaryKeys()).toEqual(['c2']);
    expect(await db.companies.where('source').equals('eigen-netwerk').primaryKeys()).toEqual(['c1']);
    expect(await db.problems.count()).toBe(0);
    db.close();
  });
});
