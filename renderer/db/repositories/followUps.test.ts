import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeldwerkDb } from '../database';
import { write } from '../repository';
import { createFollowUp, removeFollowUp, updateFollowUp } from './followUps';

let db: VeldwerkDb;
const me = { advisorId: 'adv-me', name: 'Sanne Adviseur', organisation: 'lwl' as const };
let id = '';

const edit = (overrides: Record<string, unknown> = {}) => ({
  title: 'Terugbellen',
  ownerAdvisorId: me.advisorId,
  due: '2026-03-09',
  notes: '',
  visibility: 'gedeeld',
  status: 'open',
  ...overrides,
});
const lastBatch = async () => (await db.outbox.orderBy('seq').toArray()).at(-1)!;

beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
  await write(db, 'setup', async (w) => {
    await w.insert('companies', [{ id: 'c1', name: 'Bakkerij De Molen', demo: false }]);
    await w.insert('advisors', [{ id: 'adv-partner', name: 'Jeroen Visser', organisation: 'baanbrekend', active: true }]);
  });
  id = await createFollowUp({ companyId: 'c1', title: 'Terugbellen', ownerAdvisorId: me.advisorId, due: '2026-03-09' }, me, db);
});
afterEach(async () => {
  await db.delete();
});

describe('updateFollowUp', () => {
  it('writes one batch with only the changed fields', async () => {
    const before = await db.outbox.count();
    expect(await updateFollowUp(id, edit({ title: 'Terugbellen over de BBL-plek', notes: 'Na 14 uur' }), me, db)).toBe(true);
    expect(await db.outbox.count()).toBe(before + 1);
    const batch = await lastBatch();
    expect(batch.label).toBe('Vervolgactie bewerkt');
    expect(batch.changes).toHaveLength(1);
    expect(Object.keys(batch.changes[0]!.fields).sort()).toEqual(['notes', 'title', 'updatedAt']);
  });

  it('records nothing for an unchanged form', async () => {
    const before = await db.outbox.count();
    expect(await updateFollowUp(id, edit(), me, db)).toBe(false);
    expect(await db.outbox.count()).toBe(before);
  });

  it("copies a new owner's name and organisation, and stamps doneAt when marked done", async () => {
    await updateFollowUp(id, edit({ ownerAdvisorId: 'adv-partner', status: 'gedaan' }), me, db);
    expect(await db.followUps.get(id)).toMatchObject({
      ownerAdvisorId: 'adv-partner',
      ownerName: 'Jeroen Visser',
      organisation: 'baanbrekend',
      status: 'gedaan',
      doneAt: expect.any(String),
    });
    await updateFollowUp(id, edit({ ownerAdvisorId: 'adv-partner', status: 'open' }), me, db);
    expect((await db.followUps.get(id))?.doneAt).toBeNull();
  });

  it('rejects an empty title with the Dutch message', async () => {
    await expect(updateFollowUp(id, edit({ title: '  ' }), me, db)).rejects.toThrow('Beschrijf de actie.');
  });
});

describe('removeFollowUp', () => {
  it('leaves a tombstone in one batch', async () => {
    const before = await db.outbox.count();
    await removeFollowUp(id, db);
    expect(await db.outbox.count()).toBe(before + 1);
    expect((await lastBatch()).changes).toEqual([{ table: 'followUps', rowId: id, fields: { _deleted: true } }]);
    expect(await db.followUps.get(id)).toMatchObject({ _deleted: true, title: 'Terugbellen' });
  });
});
