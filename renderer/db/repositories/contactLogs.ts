import type { Gemeente } from '../../../shared/domain/common';
import type { Channel } from '../../../shared/domain/contactLog';
import { emptyCompanyInput, newCompany, type CompanyKind, type CompanyStatus } from '../../../shared/domain/company';
import { statusAfterEvent } from '../../../shared/rules/statusProgression';
import type { ContactLogInput } from '../../../shared/domain/contactLog';
import type { Visibility } from '../../../shared/domain/common';
import type { JsonValue } from '../../../shared/sync/types';
import { getDb, type VeldwerkDb } from '../database';
import { write, type Writer } from '../repository';
import { followUpRow, type Me } from './followUps';
import { changedFields } from '../../../shared/data/equality';
import { history } from '../../../shared/i18n/nl/history';

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
  await w.insert('companies', [company], { complete: true });
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
  // A partner's row from an older version may lack the list.
  const ids = company?.networkIds ?? [];
  if (company && !ids.includes(networkId)) await w.patch('companies', companyId, { networkIds: [...ids, networkId] });
}

/** The status the rule moves the company to after this contact, when the advisor set none. */
async function followingStatus(w: Writer, companyId: string, channel: Channel, visibility: Visibility): Promise<CompanyStatus | null> {
  const company = await w.db.companies.get(companyId);
  if (!company?.status) return null;
  return statusAfterEvent(company.status, { kind: 'contact', channel, visibility });
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
    await w.insert('followUps', [row], { complete: true });
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
    ], { complete: true });
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
