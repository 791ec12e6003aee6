import type { Organisation, Profile } from '../../../shared/domain/common';
import type { MeetingParticipant } from '../../../shared/domain/meeting';
import { targetSchema } from '../../../shared/domain/target';
import { addDays, localDate } from '../../../shared/dates/localDate';
import { generateDemoData } from '../../../shared/seed/demo';
import { DEMO_ADVISORS } from '../../../shared/seed/demoAdvisors';
import { generateDemoContacts } from '../../../shared/seed/demoContacts';
import { DEMO_AGREEMENTS, DEMO_MEETING_NOTES, DEMO_TARGET_NOTE, DEMO_TARGETS } from '../../../shared/seed/demoAlignment';
import { isoWeekOf, shiftWeek, weekPeriod } from '../../../shared/rules/weeks';
import { SYNCED_TABLES } from '../../../shared/sync/tables';
import { getDb, type StoredRow, type VeldwerkDb } from '../database';
import { write, type Writer } from '../repository';
import { history } from '../../../shared/i18n/nl/history';
import { PROFILE_KEY } from '../queries/settings';
import { writeMeeting } from './meetings';

/**
 * Writing and removing the fictional demo set. What the set holds is generated, deterministic
 * and pure, in `shared/seed/` (`demo.ts` companies and people, `demoContacts.ts` contacts and
 * actions, `demoAdvisors.ts` the two advisors, `demoRandom.ts` the seeded generator); this file
 * only reads what it builds on and writes it. Every row carries `demo: true`.
 */

/** Load the fictional demo set in one write. Rows must carry `demo: true`. */
export async function loadDemo(
  data: { companies: Record<string, unknown>[]; contactPersons: Record<string, unknown>[] },
  db: VeldwerkDb = getDb(),
): Promise<void> {
  await write(db, history.demo.loaded, async (w) => {
    await w.insert('companies', data.companies.map((c) => ({ ...c, demo: true })), { complete: true });
    await w.insert('contactPersons', data.contactPersons.map((p) => ({ ...p, demo: true })), { complete: true });
  });
}

/** Remove every demo row of every synced table in one write; real rows are never touched. */
export async function removeDemo(db: VeldwerkDb = getDb()): Promise<number> {
  return write(db, history.companies.demoRemoved, async (w) => {
    let n = 0;
    for (const table of SYNCED_TABLES) {
      const rows = await db
        .table<StoredRow, string>(table)
        .filter((r) => r.demo === true && !r._deleted)
        .toArray();
      for (const r of rows) await w.remove(table, r.id);
      n += rows.length;
    }
    return n;
  });
}

/**
 * Load the fictional demo set (shared/seed/demo.ts) in one write. Ids are made fresh each time:
 * removed demo rows stay as tombstones, and loading the set again must not collide with them.
 */
export async function loadDemoSet(profile: Profile | null | undefined): Promise<number> {
  const org = profile?.organisation;
  const data = generateDemoData({
    now: new Date().toISOString(),
    advisorIds: org === 'lwl' ? { lwl: profile!.advisorId } : org === 'baanbrekend' ? { baanbrekend: profile!.advisorId } : {},
  });
  const ids = new Map(data.companies.map((c) => [c.id, crypto.randomUUID()]));
  await loadDemo({
    companies: data.companies.map((c) => ({ ...c, id: ids.get(c.id)! })),
    contactPersons: data.contactPersons.map((p) => ({ ...p, id: crypto.randomUUID(), companyId: ids.get(p.companyId) ?? p.companyId })),
  });
  // Contacts from both organisations, then targets and a past meeting built on them.
  await loadDemoContacts();
  await loadAlignmentDemo();
  return data.companies.length;
}

/** The two demo advisors, once: the contacts and the afstemming can be loaded in either order. */
async function insertDemoAdvisors(db: VeldwerkDb, w: Writer): Promise<void> {
  for (const a of DEMO_ADVISORS) {
    if (!(await db.advisors.get(a.id))) await w.insert('advisors', [{ ...a, organisationOther: '', active: true, demo: true }], { complete: true });
  }
}

/**
 * Fictional contact logs and follow-ups for up to `limit` existing demo companies, in one write;
 * does nothing when demo contacts already exist. Returns the number of contact logs created.
 */
export async function loadDemoContacts(db: VeldwerkDb = getDb(), limit = 40, now = new Date()): Promise<number> {
  if ((await db.contactLogs.filter((r) => r.demo === true && !r._deleted).count()) > 0) return 0;
  const companies = await db.companies.filter((r) => r.demo === true && !r._deleted).limit(limit).toArray();
  if (companies.length === 0) return 0;
  const me = (await db.settings.get(PROFILE_KEY))?.value as Profile | undefined;
  const { logs, followUps, statuses } = generateDemoContacts({ companyIds: companies.map((c) => c.id), me, now });
  await write(db, history.contactLogs.demo(logs.length, followUps.length), async (w) => {
    await insertDemoAdvisors(db, w);
    await w.insert('contactLogs', logs, { complete: true });
    await w.insert('followUps', followUps, { complete: true });
    for (const [id, status] of statuses) await w.patch('companies', id, { status });
  });
  return logs.length;
}

export type AlignmentDemoResult = { targets: number; meetings: number };

/**
 * Demo set for the afstemming: a few SMART targets (joint and per organisation) running over
 * the demo contacts' weeks, and last week's afstemmingsoverleg with two agreements (which become
 * follow-ups) at demo companies, preferably ones both organisations contacted. Everything is
 * `demo: true`, so "Demogegevens verwijderen" takes it away again; one write. Does nothing when
 * there are no demo companies or the demo targets already exist.
 */
export async function loadAlignmentDemo(db: VeldwerkDb = getDb(), now = new Date()): Promise<AlignmentDemoResult> {
  const none = { targets: 0, meetings: 0 };
  if ((await db.targets.filter((r) => r.demo === true && !r._deleted).count()) > 0) return none;
  const companies = (await db.companies.filter((r) => r.demo === true && !r._deleted).toArray()).sort((a, b) =>
    String(a.name ?? '').localeCompare(String(b.name ?? ''), 'nl'),
  );
  if (companies.length === 0) return none;
  const me = (await db.settings.get(PROFILE_KEY))?.value as Profile | undefined;

  // Prefer companies contacted by both organisations: that is what the meeting is about.
  const orgsByCompany = new Map<string, Set<string>>();
  const demoLogs = await db.contactLogs.filter((r) => r.demo === true && !r._deleted && r.visibility !== 'prive').toArray();
  for (const log of demoLogs) {
    const id = String(log.companyId);
    orgsByCompany.set(id, (orgsByCompany.get(id) ?? new Set()).add(String(log.organisation)));
  }
  const ranked = [...companies].sort(
    (a, b) => (orgsByCompany.get(b.id)?.size ?? 0) - (orgsByCompany.get(a.id)?.size ?? 0),
  );

  const today = localDate(now);
  const start = addDays(today, -42);
  const end = addDays(start, 90);
  const targets = [...DEMO_TARGETS].map((t) => {
    const parsed = targetSchema.parse({
      id: crypto.randomUUID(),
      _clock: {},
      advisorId: null,
      periodStart: start,
      periodEnd: end,
      notes: DEMO_TARGET_NOTE,
      ...t,
    });
    const { _clock: _ignored, ...row } = parsed;
    return { ...row, demo: true };
  });

  const lastWeek = weekPeriod(shiftWeek(isoWeekOf(now), -1));
  const lwl = DEMO_ADVISORS[0];
  const baanbrekend = DEMO_ADVISORS[1];
  const participants: MeetingParticipant[] = DEMO_ADVISORS.map((a) => ({
    advisorId: a.id,
    name: a.name,
    organisation: a.organisation as Organisation,
  }));
  if (me) participants.push({ advisorId: me.advisorId, name: me.name, organisation: me.organisation });
  const owner2 = me ? { id: me.advisorId, name: me.name, organisation: me.organisation } : baanbrekend;
  const agreements = [
    {
      company: ranked[0]!,
      text: DEMO_AGREEMENTS.lead,
      owner: lwl,
      due: addDays(today, 7),
    },
    {
      company: ranked[1] ?? ranked[0]!,
      text: DEMO_AGREEMENTS.sizeClass,
      owner: owner2,
      due: addDays(today, 3),
    },
  ].map((a) => ({
    id: crypto.randomUUID(),
    companyId: a.company.id,
    text: a.text,
    ownerAdvisorId: a.owner.id,
    ownerName: a.owner.name,
    organisation: a.owner.organisation as Organisation,
    due: a.due,
  }));

  await write(db, history.demo.alignment, async (w) => {
    await insertDemoAdvisors(db, w);
    await w.insert('targets', targets);
    await writeMeeting(
      w,
      {
        id: crypto.randomUUID(),
        date: addDays(lastWeek.from, 3),
        periodStart: lastWeek.from,
        periodEnd: lastWeek.to,
        participants,
        notes: DEMO_MEETING_NOTES,
        agreements,
      },
      { now, demo: true },
    );
  });
  return { targets: targets.length, meetings: 1 };
}
