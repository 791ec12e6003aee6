import type { Gemeente, Profile } from '../../../shared/domain/common';
import type { Channel } from '../../../shared/domain/contactLog';
import { addDays, localDate, localDateTimeToIso } from '../../../shared/rules/weeks';
import { PROFILE_KEY } from '../queries/settings';
import { emptyCompanyInput, newCompany, type CompanyKind, type CompanyStatus } from '../../../shared/domain/company';
import { statusAfterEvent } from '../../../shared/rules/statusProgression';
import type { ContactLogInput } from '../../../shared/domain/contactLog';
import type { Visibility } from '../../../shared/domain/common';
import type { JsonValue } from '../../../shared/sync/types';
import { getDb, type VeldwerkDb } from '../database';
import { write, type Writer } from '../repository';
import { followUpRow, type Me } from './followUps';
import { changedFields } from '../../../shared/data/equality';
import { DEMO_ADVISORS } from '../../../shared/seed/demoAdvisors';
import { demoRandom } from '../../../shared/seed/demoRandom';
import { history } from '../../../shared/i18n/nl/history';
import { DEMO_ACTIONS, DEMO_PRIVATE_NOTE, DEMO_TEXT } from '../../../shared/seed/demoContactLogs';

/** A follow-up typed into the contact dialog; it is created with the log, in the same write. */
export type FollowUpDraft = { title: string; due: string | null; ownerAdvisorId: string };

export type SaveContactLog = {
  /** Parsed with `contactLogInputSchema`. */
  input: ContactLogInput;
  profile: Me;
  /** Set when the advisor typed a company that is not in the portfolio yet. */
  newCompany?: { name: string; gemeente: Gemeente; kind?: CompanyKind } | null;
  /** The company's approach status after this contact; null or absent keeps it. */
  statusAfter?: CompanyStatus | null;
  followUps?: FollowUpDraft[];
};

export type SavedContactLog = { logId: string; companyId: string; followUpIds: string[] };

/** The company the log is about: the one chosen, or a new one created in this write. */
async function resolveCompany(w: Writer, req: SaveContactLog): Promise<string> {
  if (!req.newCompany) {
    if (!(await w.db.companies.get(req.input.companyId))) throw new Error(`Company ${req.input.companyId} does not exist`);
    return req.input.companyId;
  }
  const companyId = crypto.randomUUID();
  const company = newCompany(
    emptyCompanyInput({
      name: req.newCompany.name.trim(),
      gemeente: req.newCompany.gemeente,
      kind: req.newCompany.kind ?? 'mkb',
      source: req.input.networkId ? 'netwerkbijeenkomst' : 'anders',
      // A company met through a network is a member of it.
      networkIds: req.input.networkId ? [req.input.networkId] : [],
    }),
    w.now.toISOString(),
    companyId,
  );
  const { _clock: _ignored, ...fields } = company;
  await w.insert('companies', [fields]);
  return companyId;
}

/** Set the company's status to what the contact records, unless it already has it. */
async function applyStatus(w: Writer, companyId: string, status: CompanyStatus | null): Promise<void> {
  if (!status) return;
  const company = await w.db.companies.get(companyId);
  if (company && company.status !== status) await w.patch('companies', companyId, { status, updatedAt: w.now.toISOString() });
}

/** A company met through a network becomes a member of it (never for a private contact). */
async function linkNetwork(w: Writer, companyId: string, networkId: string | null): Promise<void> {
  if (!networkId) return;
  const company = await w.db.companies.get(companyId);
  const ids = Array.isArray(company?.networkIds) ? (company.networkIds as string[]) : [];
  if (company && !ids.includes(networkId)) await w.patch('companies', companyId, { networkIds: [...ids, networkId] });
}

/** The status the rule moves the company to after this contact, when the advisor set none. */
async function followingStatus(w: Writer, companyId: string, channel: Channel, visibility: Visibility): Promise<CompanyStatus | null> {
  const company = await w.db.companies.get(companyId);
  if (!company || typeof company.status !== 'string') return null;
  return statusAfterEvent(company.status as CompanyStatus, { kind: 'contact', channel, visibility });
}

/** The follow-ups agreed in a contact; they share the log's visibility. */
async function insertFollowUps(w: Writer, req: SaveContactLog, companyId: string, logId: string, visibility: Visibility): Promise<string[]> {
  const ids: string[] = [];
  for (const draft of req.followUps ?? []) {
    if (!draft.title.trim()) continue;
    const row = await followUpRow(w, {
      companyId,
      title: draft.title.trim(),
      ownerAdvisorId: draft.ownerAdvisorId,
      due: draft.due,
      notes: '',
      visibility,
      origin: 'contactmoment',
      originId: logId,
    }, req.profile);
    await w.insert('followUps', [row]);
    ids.push(row.id);
  }
  return ids;
}

/**
 * One user action: the contact log, optionally a new company, the company's new status and the
 * follow-ups agreed, as ONE change batch. Follow-ups of a private log are private too, so that
 * nothing of a private contact reaches a partner through its actions.
 */
export async function saveContactLog(req: SaveContactLog, db: VeldwerkDb = getDb()): Promise<SavedContactLog> {
  const { input, profile } = req;
  const label = req.newCompany
    ? history.contactLogs.addedWithCompany(req.newCompany.name)
    : history.contactLogs.added;
  return write(db, label, async (w) => {
    const now = w.now.toISOString();
    const companyId = await resolveCompany(w, req);
    const logId = crypto.randomUUID();
    const statusAfter = req.statusAfter ?? null;
    await w.insert('contactLogs', [
      {
        id: logId,
        ...input,
        companyId,
        advisorId: profile.advisorId,
        advisorName: profile.name,
        organisation: profile.organisation,
        ...(statusAfter ? { statusAfter } : {}),
        demo: false,
        createdAt: now,
        updatedAt: now,
      },
    ]);
    if (!req.newCompany && input.visibility !== 'prive') await linkNetwork(w, companyId, input.networkId);
    await applyStatus(w, companyId, statusAfter ?? (await followingStatus(w, companyId, input.channel, input.visibility)));
    const followUpIds = await insertFollowUps(w, req, companyId, logId, input.visibility);
    return { logId, companyId, followUpIds };
  });
}

export type UpdatedContactLog = SavedContactLog & { changed: boolean };

/**
 * Correct an existing log, as ONE change batch holding only the fields that changed. Author and
 * organisation stay: the log remains the record of who made the contact. The interview link is
 * not part of the form and is kept. The company's status is only set when the status this log
 * records is changed, so that re-saving an old log does not undo a later status. The log's own
 * follow-ups move with it to another company, and follow its visibility (turning the log private
 * withdraws them from partners too). New follow-ups typed in the form are added in the same write.
 */
export async function updateContactLog(
  id: string,
  req: SaveContactLog & { base?: Record<string, unknown> },
  db: VeldwerkDb = getDb(),
): Promise<UpdatedContactLog> {
  const { input } = req;
  return write(db, history.contactLogs.edited, async (w) => {
    const current = await db.contactLogs.get(id);
    if (!current || current._deleted) throw new Error(`Contact log ${id} does not exist`);
    const now = w.now.toISOString();
    const companyId = await resolveCompany(w, req);
    const statusAfter = req.statusAfter ?? null;
    const { interviewId: _kept, statusAfter: _fromForm, ...fields } = input;
    // Compared with the log as the advisor saw it (`base`), so that a partner's correction that
    // arrived while the dialog was open is kept for the fields the advisor did not touch.
    const base = req.base ?? current;
    // The same instant written another way (Z or an offset) is not a change.
    const at = typeof base.at === 'string' && Date.parse(base.at) === Date.parse(input.at) ? base.at : input.at;
    const changed = changedFields(current, changedFields(base, { ...fields, at, companyId, statusAfter }));
    if (Object.keys(changed).length > 0) await w.patch('contactLogs', id, { ...changed, updatedAt: now });
    if ('statusAfter' in changed) await applyStatus(w, companyId, statusAfter);

    const oldCompanyId = String(current.companyId);
    const own = await db.followUps
      .where('companyId')
      .equals(oldCompanyId)
      .filter((f) => f.originId === id && f.origin === 'contactmoment' && !f._deleted)
      .toArray();
    for (const f of own) {
      const move = changedFields(f, { companyId, ...('visibility' in changed ? { visibility: input.visibility } : {}) });
      if (Object.keys(move).length > 0) await w.patch('followUps', f.id, { ...move, updatedAt: now });
    }
    const followUpIds = await insertFollowUps(w, req, companyId, id, input.visibility);
    return { logId: id, companyId, followUpIds, changed: Object.keys(changed).length > 0 || followUpIds.length > 0 };
  });
}

/** Remove a contact log (a tombstone, so that the removal replicates). Its follow-ups stay. */
export async function removeContactLog(id: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.contactLogs.removed, (w: Writer) => w.remove('contactLogs', id));
}

// ---------------------------------------------------------------------------------------------
// Drafts of the quick-entry dialog: local only, never synchronised.

export const QUICK_ENTRY_DRAFT = 'contactLog:quick';

export async function saveDraft(key: string, value: JsonValue, db: VeldwerkDb = getDb()): Promise<void> {
  await db.drafts.put({ key, value, savedAt: Date.now() });
}

export async function readDraft(key: string, db: VeldwerkDb = getDb()): Promise<JsonValue | null> {
  return (await db.drafts.get(key))?.value ?? null;
}

export async function clearDraft(key: string, db: VeldwerkDb = getDb()): Promise<void> {
  await db.drafts.delete(key);
}

// ---------------------------------------------------------------------------------------------
// Demo set: fictional contacts and actions at the demo companies, so the demo looks lived in.


/**
 * Generate fictional contact logs and follow-ups (`demo: true`) for up to `limit` existing demo
 * companies, from both organisations, dated over the last eight weeks, some actions overdue
 * and some owned by the advisor of this device. One write; does nothing when demo contacts
 * already exist. Returns the number of contact logs created. `removeDemo` removes them again.
 */
export async function loadDemoContacts(db: VeldwerkDb = getDb(), limit = 40, now = new Date()): Promise<number> {
  if ((await db.contactLogs.filter((r) => r.demo === true && !r._deleted).count()) > 0) return 0;
  const companies = await db.companies.filter((r) => r.demo === true && !r._deleted).limit(limit).toArray();
  if (companies.length === 0) return 0;
  const me = (await db.settings.get(PROFILE_KEY))?.value as Profile | undefined;
  // Deterministic, so the demo looks the same on every laptop.
  const { next: rnd, pick } = demoRandom(2017);
  const today = localDate(now);
  const at = (daysAgo: number) =>
    localDateTimeToIso(addDays(today, -daysAgo), `${String(8 + Math.floor(rnd() * 9)).padStart(2, '0')}:${pick(['00', '15', '30', '45'])}`);
  const advisors = [...DEMO_ADVISORS];
  const logs: Record<string, unknown>[] = [];
  const followUps: Record<string, unknown>[] = [];
  const statuses: [string, string][] = [];

  companies.forEach((company, i) => {
    // Every fourth company is contacted by both organisations within four weeks.
    const both = i % 4 === 0;
    const count = both ? 2 : 1 + Math.floor(rnd() * 2);
    for (let n = 0; n < count; n++) {
      const advisor = both ? advisors[n % 2]! : pick(advisors);
      const text = pick(DEMO_TEXT);
      const created = at(both ? 2 + n * 9 + Math.floor(rnd() * 5) : 1 + Math.floor(rnd() * 55));
      logs.push({
        id: crypto.randomUUID(), companyId: company.id, at: created, advisorId: advisor.id, advisorName: advisor.name,
        organisation: advisor.organisation, contactPersonIds: [], channel: text.channel, networkId: null,
        topics: text.topics, schemeIds: [], summary: text.summary, outcome: text.outcome, visibility: 'gedeeld',
        interviewId: null, demo: true, createdAt: created, updatedAt: created,
      });
    }
    statuses.push([company.id, pick(['benaderd', 'in-gesprek', 'actief', 'benaderd'])]);
    if (i % 2 === 1 || both) {
      const mine = me && i % 3 !== 0;
      const owner = mine ? { id: me.advisorId, name: me.name, organisation: me.organisation } : pick(advisors);
      const offset = pick([-9, -3, 1, 4, 12, 30, null]);
      const created = at(5 + Math.floor(rnd() * 20));
      followUps.push({
        id: crypto.randomUUID(), companyId: company.id, title: pick(DEMO_ACTIONS), ownerAdvisorId: owner.id,
        ownerName: owner.name, organisation: owner.organisation, due: offset === null ? null : addDays(today, offset),
        status: 'open', origin: 'contactmoment', originId: null, notes: '', visibility: 'gedeeld', doneAt: null,
        demo: true, createdAt: created, updatedAt: created,
      });
    }
  });
  if (me) {
    // One private note of this advisor, to show what the marker looks like.
    const created = at(3);
    logs.push({
      id: crypto.randomUUID(), companyId: companies[0]!.id, at: created, advisorId: me.advisorId, advisorName: me.name,
      organisation: me.organisation, contactPersonIds: [], channel: 'telefoon', networkId: null, topics: ['anders'],
      schemeIds: [], summary: DEMO_PRIVATE_NOTE, outcome: '',
      visibility: 'prive', interviewId: null, demo: true, createdAt: created, updatedAt: created,
    });
  }

  await write(db, history.contactLogs.demo(logs.length, followUps.length), async (w) => {
    for (const a of advisors) if (!(await db.advisors.get(a.id))) await w.insert('advisors', [{ ...a, organisationOther: '', active: true, demo: true }]);
    await w.insert('contactLogs', logs);
    await w.insert('followUps', followUps);
    for (const [id, status] of statuses) await w.patch('companies', id, { status });
  });
  return logs.length;
}
