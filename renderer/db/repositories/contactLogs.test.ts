import { describe, expect, it } from 'vitest';
import { logInput, ME, seedCompanyC1 } from '../../../test/setup/contactLogSetup';
import { withTestDatabase } from '../../../test/setup/rendererDb';
import type { VeldwerkDb } from '../database';
import { write } from '../repository';
import { PROFILE_KEY } from '../queries/settings';
import { removeContactLog, saveContactLog, updateContactLog } from './contactLogs';
import { loadDemoContacts } from './demo';
import { setFollowUpStatus } from './followUps';

let db: VeldwerkDb;
const me = ME;
withTestDatabase('contact-logs', (fresh) => (db = fresh), { seed: seedCompanyC1, install: false, quietProblems: false });
const input = (overrides: Record<string, unknown> = {}) =>
  logInput({ topics: ['bpv-bbl', 'regelingen'], outcome: 'Offerte BBL-plek', ...overrides });

describe('saveContactLog', () => {
  it('writes the log, the new status and the follow-ups as one change batch', async () => {
    const before = await db.outbox.count();
    const saved = await saveContactLog(
      {
        input: input(),
        profile: me,
        statusAfter: 'in-gesprek',
        followUps: [
          { title: 'Terugbellen', due: '2026-03-09', ownerAdvisorId: me.advisorId },
          { title: '  ', due: null, ownerAdvisorId: me.advisorId },
        ],
      },
      db,
    );
    expect(saved.followUpIds).toHaveLength(1);
    const log = await db.contactLogs.get(saved.logId);
    expect(log).toMatchObject({ companyId: 'c1', advisorId: 'adv-me', organisation: 'lwl', topics: ['bpv-bbl', 'regelingen'], statusAfter: 'in-gesprek' });
    expect((await db.companies.get('c1'))?.status).toBe('in-gesprek');
    const fu = await db.followUps.get(saved.followUpIds[0]!);
    expect(fu).toMatchObject({ title: 'Terugbellen', ownerName: 'Sanne Adviseur', origin: 'contactmoment', originId: saved.logId, status: 'open' });

    const batches = await db.outbox.orderBy('seq').toArray();
    expect(batches).toHaveLength(before + 1);
    const batch = batches.at(-1)!;
    expect(batch.rows.sort()).toEqual([`companies:c1`, `contactLogs:${saved.logId}`, `followUps:${saved.followUpIds[0]}`].sort());
    expect(batch.changes.find((c) => c.table === 'companies')?.fields).toMatchObject({ status: 'in-gesprek' });
  });

  it('creates a new company in the same write when the advisor typed one', async () => {
    const saved = await saveContactLog(
      { input: input({ companyId: 'x' }), profile: me, newCompany: { name: 'Fietsenmaker Snel', gemeente: 'sliedrecht' } },
      db,
    );
    const company = await db.companies.get(saved.companyId);
    // A logged visit moves the new company on (shared/rules/statusProgression).
    expect(company).toMatchObject({ name: 'Fietsenmaker Snel', gemeente: 'sliedrecht', status: 'in-gesprek' });
    expect((await db.contactLogs.get(saved.logId))?.companyId).toBe(saved.companyId);
    expect(await db.outbox.count()).toBe(2);
  });

  it('keeps a private log and its follow-ups out of the outbox entirely', async () => {
    const before = await db.outbox.count();
    const saved = await saveContactLog(
      {
        input: input({ visibility: 'prive' }),
        profile: me,
        followUps: [{ title: 'Zelf nog eens bellen', due: null, ownerAdvisorId: me.advisorId }],
      },
      db,
    );
    expect((await db.contactLogs.get(saved.logId))?.visibility).toBe('prive');
    expect((await db.followUps.get(saved.followUpIds[0]!))?.visibility).toBe('prive');
    expect(await db.outbox.count()).toBe(before);
  });

  it('rolls back everything when the company does not exist', async () => {
    await expect(saveContactLog({ input: input({ companyId: 'missing' }), profile: me }, db)).rejects.toThrow();
    expect(await db.contactLogs.count()).toBe(0);
  });
});

const lastBatch = async () => (await db.outbox.orderBy('seq').toArray()).at(-1)!;

describe('updateContactLog', () => {
  const saveOne = (overrides: Record<string, unknown> = {}) =>
    saveContactLog(
      { input: input(overrides), profile: me, followUps: [{ title: 'Terugbellen', due: null, ownerAdvisorId: me.advisorId }] },
      db,
    );

  it('writes one batch holding only the fields the advisor changed', async () => {
    const saved = await saveOne();
    const before = await db.outbox.count();
    const result = await updateContactLog(saved.logId, { input: input({ summary: 'Kennismaking, met rondleiding' }), profile: me }, db);
    expect(result.changed).toBe(true);
    expect(await db.outbox.count()).toBe(before + 1);
    const batch = await lastBatch();
    expect(batch.label).toBe('Contactmoment bewerkt');
    expect(batch.changes).toHaveLength(1);
    expect(batch.changes[0]!.rowId).toBe(saved.logId);
    expect(Object.keys(batch.changes[0]!.fields).sort()).toEqual(['summary', 'updatedAt']);
    expect(await db.contactLogs.get(saved.logId)).toMatchObject({ summary: 'Kennismaking, met rondleiding', advisorId: 'adv-me', topics: ['bpv-bbl', 'regelingen'] });
  });

  it('records nothing when the form is saved unchanged, even with the time written another way', async () => {
    const saved = await saveOne();
    const before = await db.outbox.count();
    const result = await updateContactLog(saved.logId, { input: input({ at: '2026-03-02T09:00:00Z' }), profile: me }, db);
    expect(result.changed).toBe(false);
    expect(await db.outbox.count()).toBe(before);
  });

  it("keeps a partner's correction to a field the advisor did not touch", async () => {
    const saved = await saveOne();
    const base = (await db.contactLogs.get(saved.logId))!;
    // A partner's correction of the outcome arrives while the dialog is open.
    await write(db, 'partner', (w) => w.patch('contactLogs', saved.logId, { outcome: 'Offerte BBL-plek verstuurd' }));
    await updateContactLog(saved.logId, { base, input: input({ summary: 'Nieuw verslag' }), profile: me }, db);
    expect(await db.contactLogs.get(saved.logId)).toMatchObject({ summary: 'Nieuw verslag', outcome: 'Offerte BBL-plek verstuurd' });
  });

  it('keeps the interview link, and sets the company status only when the recorded status changes', async () => {
    const saved = await saveOne();
    await write(db, 'link', (w) => w.patch('contactLogs', saved.logId, { interviewId: 'i1' }));
    await write(db, 'later', (w) => w.patch('companies', 'c1', { status: 'actief' }));
    await updateContactLog(saved.logId, { input: input({ summary: 'Anders' }), profile: me }, db);
    expect((await db.companies.get('c1'))?.status).toBe('actief');
    expect((await db.contactLogs.get(saved.logId))?.interviewId).toBe('i1');
    await updateContactLog(saved.logId, { input: input({ summary: 'Anders' }), profile: me, statusAfter: 'in-gesprek' }, db);
    expect((await db.companies.get('c1'))?.status).toBe('in-gesprek');
    expect((await db.contactLogs.get(saved.logId))?.statusAfter).toBe('in-gesprek');
  });

  it('withdraws a log turned private from partners, with its follow-ups, in one batch', async () => {
    const saved = await saveOne();
    const before = await db.outbox.count();
    await updateContactLog(saved.logId, { input: input({ visibility: 'prive' }), profile: me }, db);
    expect(await db.outbox.count()).toBe(before + 1);
    const batch = await lastBatch();
    expect(batch.changes.map((c) => [c.table, c.rowId, c.fields])).toEqual(
      expect.arrayContaining([
        ['contactLogs', saved.logId, { _deleted: true }],
        ['followUps', saved.followUpIds[0], { _deleted: true }],
      ]),
    );
    expect(await db.contactLogs.get(saved.logId)).toMatchObject({ visibility: 'prive', summary: 'Kennismaking' });
    expect((await db.followUps.get(saved.followUpIds[0]!))?.visibility).toBe('prive');
  });

  it('moves the log and its follow-ups together to another company', async () => {
    await write(db, 'c2', (w) => w.insert('companies', [{ id: 'c2', name: 'Garage Snel', status: 'benaderd', demo: false }]));
    const saved = await saveOne();
    await updateContactLog(saved.logId, { input: input({ companyId: 'c2' }), profile: me }, db);
    expect((await db.contactLogs.get(saved.logId))?.companyId).toBe('c2');
    expect((await db.followUps.get(saved.followUpIds[0]!))?.companyId).toBe('c2');
    expect((await lastBatch()).changes).toHaveLength(2);
  });
});

describe('removeContactLog', () => {
  it('leaves a tombstone that replicates, in one batch, and keeps the follow-ups', async () => {
    const saved = await saveContactLog(
      { input: input(), profile: me, followUps: [{ title: 'Mailen', due: null, ownerAdvisorId: me.advisorId }] },
      db,
    );
    const before = await db.outbox.count();
    await removeContactLog(saved.logId, db);
    expect(await db.outbox.count()).toBe(before + 1);
    const batch = await lastBatch();
    expect(batch.label).toBe('Contactmoment verwijderd');
    expect(batch.changes).toEqual([{ table: 'contactLogs', rowId: saved.logId, fields: { _deleted: true } }]);
    expect(await db.contactLogs.get(saved.logId)).toMatchObject({ _deleted: true, summary: 'Kennismaking' });
    expect((await db.followUps.get(saved.followUpIds[0]!))?._deleted).toBeFalsy();
    await expect(updateContactLog(saved.logId, { input: input(), profile: me }, db)).rejects.toThrow();
  });
});

describe('setFollowUpStatus', () => {
  it('marks done with a timestamp and reopens on undo', async () => {
    const saved = await saveContactLog(
      { input: input(), profile: me, followUps: [{ title: 'Mailen', due: null, ownerAdvisorId: me.advisorId }] },
      db,
    );
    const id = saved.followUpIds[0]!;
    await setFollowUpStatus(id, 'gedaan', db);
    expect(await db.followUps.get(id)).toMatchObject({ status: 'gedaan', doneAt: expect.any(String) });
    await setFollowUpStatus(id, 'open', db);
    expect(await db.followUps.get(id)).toMatchObject({ status: 'open', doneAt: null });
  });
});

describe('loadDemoContacts', () => {
  it('fills demo companies with logs of both organisations and some overdue actions of mine', async () => {
    await db.settings.put({ key: PROFILE_KEY, value: { ...me, organisationOther: '', deviceId: 'device-123' } });
    await write(db, 'demo', (w) =>
      w.insert('companies', Array.from({ length: 12 }, (_, i) => ({ id: `d${i}`, name: `Demo ${i}`, demo: true }))),
    );
    const now = new Date('2026-03-10T12:00:00+01:00');
    const n = await loadDemoContacts(db, 40, now);
    expect(n).toBeGreaterThan(12);
    const logs = await db.contactLogs.toArray();
    expect(logs.every((l) => l.demo === true && String(l.companyId).startsWith('d'))).toBe(true);
    expect(new Set(logs.map((l) => l.organisation))).toEqual(new Set(['lwl', 'baanbrekend']));
    const mine = (await db.followUps.toArray()).filter((f) => f.ownerAdvisorId === me.advisorId);
    expect(mine.some((f) => typeof f.due === 'string' && f.due < '2026-03-10')).toBe(true);
    expect(await loadDemoContacts(db, 40, now)).toBe(0);
  });
});
