import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeldwerkDb } from '../../db/database';
import { write } from '../../db/repository';
import { PROFILE_KEY } from '../../db/queries/settings';
import { toMeeting, toTarget } from '../../db/queries/alignment';
import { deleteMeeting, saveMeeting, type MeetingDraft } from '../../db/repositories/meetings';
import { loadAlignmentDemo, removeDemo } from '../../db/repositories/demo';
import { saveTarget } from '../../db/repositories/targets';

let db: VeldwerkDb;

beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
  await write(db, 'Bedrijven toegevoegd', (w) =>
    w.insert('companies', [
      { id: 'c1', name: 'Bakkerij De Molen', kind: 'mkb', sizeClass: '1-4', demo: true, createdAt: '2026-01-05T10:00:00+01:00' },
      { id: 'c2', name: 'Schildersbedrijf Verf', kind: 'mkb', sizeClass: 'onbekend', demo: true, createdAt: '2026-01-05T10:00:00+01:00' },
    ]),
  );
});
afterEach(async () => {
  await db.delete();
});

const draft = (overrides: Partial<MeetingDraft> = {}): MeetingDraft & { id: string } => ({
  id: 'm1',
  date: '2026-03-05',
  periodStart: '2026-03-02',
  periodEnd: '2026-03-08',
  participants: [
    { advisorId: 'adv-lwl', name: 'Fleur Bakker', organisation: 'lwl' },
    { advisorId: 'adv-bb', name: 'Jeroen Visser', organisation: 'baanbrekend' },
  ],
  notes: 'Besproken: de bakkerij.',
  agreements: [
    { id: 'a1', companyId: 'c1', text: 'LWL neemt het voortouw bij de bakkerij.', ownerAdvisorId: 'adv-lwl', ownerName: 'Fleur Bakker', organisation: 'lwl', due: '2026-03-12' },
    { id: 'a2', companyId: 'c2', text: 'Grootteklasse navragen.', ownerAdvisorId: 'adv-bb', ownerName: 'Jeroen Visser', organisation: 'baanbrekend', due: null },
  ],
  ...overrides,
});

describe('saveMeeting', () => {
  it('writes the meeting and a follow-up per agreement as ONE change batch', async () => {
    const before = await db.outbox.count();
    await saveMeeting(draft(), { db, now: new Date('2026-03-05T11:00:00+01:00') });

    const batches = await db.outbox.orderBy('seq').toArray();
    expect(batches).toHaveLength(before + 1);
    const batch = batches.at(-1)!;
    expect(batch.label).toBe('Afstemmingsoverleg vastgelegd');
    expect(batch.rows.sort()).toEqual(['followUps:afspraak-a1', 'followUps:afspraak-a2', 'meetings:m1']);

    const meeting = toMeeting(await db.meetings.get('m1'));
    expect(meeting?.agreements.map((a) => a.followUpId)).toEqual(['afspraak-a1', 'afspraak-a2']);
    expect(meeting?.participants).toHaveLength(2);

    const fu = await db.followUps.get('afspraak-a1');
    expect(fu).toMatchObject({
      companyId: 'c1',
      title: 'LWL neemt het voortouw bij de bakkerij.',
      ownerAdvisorId: 'adv-lwl',
      organisation: 'lwl',
      due: '2026-03-12',
      status: 'open',
      origin: 'afstemmingsoverleg',
      originId: 'm1',
      visibility: 'gedeeld',
    });
    expect(String(fu?.notes)).toContain('5 maart 2026');
  });

  it('changes the follow-up with the agreement, leaves its status alone, and lets a removed agreement lapse', async () => {
    await saveMeeting(draft(), { db });
    await write(db, 'Vervolgactie afgerond', (w) => w.patch('followUps', 'afspraak-a1', { status: 'gedaan' }));

    const d = draft();
    await saveMeeting(
      { ...d, agreements: [{ ...d.agreements[0]!, text: 'Baanbrekend neemt het over.', ownerAdvisorId: 'adv-bb', ownerName: 'Jeroen Visser', organisation: 'baanbrekend' }] },
      { db },
    );
    const batch = (await db.outbox.orderBy('seq').toArray()).at(-1)!;
    expect(batch.label).toBe('Afstemmingsoverleg bijgewerkt');
    expect(batch.rows.sort()).toEqual(['followUps:afspraak-a1', 'followUps:afspraak-a2', 'meetings:m1']);

    expect(await db.followUps.get('afspraak-a1')).toMatchObject({ title: 'Baanbrekend neemt het over.', ownerAdvisorId: 'adv-bb', status: 'gedaan' });
    expect(await db.followUps.get('afspraak-a2')).toMatchObject({ status: 'vervallen' });
  });

  it('refuses an agreement without text and writes nothing', async () => {
    const before = await db.outbox.count();
    const d = draft();
    await expect(saveMeeting({ ...d, agreements: [{ ...d.agreements[0]!, text: '  ' }] }, { db })).rejects.toThrow();
    expect(await db.outbox.count()).toBe(before);
    expect(await db.meetings.count()).toBe(0);
    expect(await db.followUps.count()).toBe(0);
  });

  it('deletes a meeting and lets its open follow-ups lapse in the same batch', async () => {
    await saveMeeting(draft(), { db });
    const before = await db.outbox.count();
    await deleteMeeting('m1', db);
    expect(await db.outbox.count()).toBe(before + 1);
    expect((await db.meetings.get('m1'))?._deleted).toBe(true);
    expect(await db.followUps.get('afspraak-a1')).toMatchObject({ status: 'vervallen' });
  });
});

describe('targets', () => {
  it('saves a target through targetSchema and reads it back; a cleared sector does not break reading', async () => {
    const base = {
      id: 't1',
      organisation: 'samen' as const,
      advisorId: null,
      metric: 'sector-bereikt' as const,
      sector: 'detailhandel' as const,
      periodStart: '2026-01-01',
      periodEnd: '2026-03-31',
      target: 8,
      title: 'Detailhandel',
      notes: '',
    };
    await saveTarget(base, db);
    await saveTarget({ ...base, metric: 'klein-mkb-bereikt', sector: undefined }, db);
    const t = toTarget((await db.targets.get('t1'))!);
    expect(t).toMatchObject({ metric: 'klein-mkb-bereikt', target: 8 });
    expect(t?.sector).toBeUndefined();
  });
});

describe('loadAlignmentDemo', () => {
  it('adds demo targets and a past demo meeting in one write, and removeDemo takes them away', async () => {
    await db.settings.put({ key: PROFILE_KEY, value: { advisorId: 'adv-me', name: 'Sanne Adviseur', organisation: 'lwl', organisationOther: '', deviceId: 'device-123' } });
    const before = await db.outbox.count();
    const now = new Date('2026-03-11T09:00:00+01:00');
    expect(await loadAlignmentDemo(db, now)).toEqual({ targets: 4, meetings: 1 });
    expect(await db.outbox.count()).toBe(before + 1);

    const meetings = (await db.meetings.toArray()).map((m) => toMeeting(m)!);
    expect(meetings).toHaveLength(1);
    expect(meetings[0]).toMatchObject({ periodStart: '2026-03-02', periodEnd: '2026-03-08', date: '2026-03-05' });
    expect(meetings[0]!.participants.map((p) => p.name)).toContain('Sanne Adviseur');
    const followUps = await db.followUps.toArray();
    expect(followUps).toHaveLength(2);
    expect(followUps.every((f) => f.demo === true && f.origin === 'afstemmingsoverleg')).toBe(true);
    expect((await db.targets.toArray()).map((t) => toTarget(t)?.title)).toContain('Samen 30 kleine MKB-bedrijven bereiken');

    // Loading twice does not duplicate.
    expect(await loadAlignmentDemo(db, now)).toEqual({ targets: 0, meetings: 0 });

    await removeDemo(db);
    expect((await db.meetings.toArray()).every((m) => m._deleted)).toBe(true);
    expect((await db.targets.toArray()).every((t) => t._deleted)).toBe(true);
    expect((await db.followUps.toArray()).every((f) => f._deleted)).toBe(true);
  });
});
