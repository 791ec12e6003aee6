import { describe, expect, it } from 'vitest';
import { logInput, ME, seedCompanyC1 } from '../../../test/setup/contactLogSetup';
import { withTestDatabase } from '../../../test/setup/rendererDb';
import type { VeldwerkDb } from '../../db/database';
import { saveContactLog } from '../../db/repositories/contactLogs';

let db: VeldwerkDb;
const me = ME;
withTestDatabase('status-follows', (fresh) => (db = fresh), { seed: seedCompanyC1, install: false, quietProblems: false });
const input = logInput;

describe('the company status follows what happened', () => {
  it('a logged visit moves "nog niet benaderd" on, in the same change batch as the log', async () => {
    const before = await db.outbox.count();
    await saveContactLog({ input: input(), profile: me }, db);
    expect((await db.companies.get('c1'))?.status).toBe('in-gesprek');
    expect(await db.outbox.count()).toBe(before + 1);
  });

  it('a phone call makes it "benaderd"; a status the advisor chose wins over the rule', async () => {
    await saveContactLog({ input: input({ channel: 'telefoon' }), profile: me }, db);
    expect((await db.companies.get('c1'))?.status).toBe('benaderd');
    await saveContactLog({ input: input(), profile: me, statusAfter: 'geen-interesse' }, db);
    expect((await db.companies.get('c1'))?.status).toBe('geen-interesse');
  });

  it('a private visit leaves the status and the networks alone', async () => {
    await saveContactLog(
      { input: input({ visibility: 'prive', networkId: 'n1' }), profile: me },
      db,
    );
    expect(await db.companies.get('c1')).toMatchObject({
      status: 'nog-niet-benaderd',
      networkIds: [],
    });
  });

  it('a contact via a network links the company to that network', async () => {
    await saveContactLog(
      { input: input({ channel: 'netwerkbijeenkomst', networkId: 'n1' }), profile: me },
      db,
    );
    expect((await db.companies.get('c1'))?.networkIds).toEqual(['n1']);
  });

  it('quick entry creates a zzp-er with the chosen gemeente, member of the network it was met through', async () => {
    const saved = await saveContactLog(
      {
        input: input({ companyId: 'x', channel: 'netwerkbijeenkomst', networkId: 'n1' }),
        profile: me,
        newCompany: { name: 'Schilder Jansen', gemeente: 'zwijndrecht', kind: 'zzp' },
      },
      db,
    );
    expect(await db.companies.get(saved.companyId)).toMatchObject({
      name: 'Schilder Jansen',
      kind: 'zzp',
      sizeClass: 'zzp',
      gemeente: 'zwijndrecht',
      networkIds: ['n1'],
      source: 'netwerkbijeenkomst',
    });
  });
});
