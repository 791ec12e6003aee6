import { meetingSchema, type Meeting, type MeetingAgreement, type MeetingParticipant } from '../../../shared/domain/meeting';
import { agreementToFollowUp } from '../../../shared/rules/agreements';
import { toZonedIso } from '../../../shared/dates/localDate';
import { getDb, type VeldwerkDb } from '../database';
import { write, type Writer } from '../repository';
import type { JsonValue } from '../../../shared/sync/types';
import { history } from '../../../shared/i18n/nl/history';

/** What the meeting screen edits; bookkeeping (clock, timestamps, follow-up ids) is added here. */
export type MeetingDraft = {
  id?: string;
  date: string;
  periodStart: string;
  periodEnd: string;
  participants: MeetingParticipant[];
  notes: string;
  agreements: (Omit<MeetingAgreement, 'followUpId'> & { followUpId?: string | null })[];
};

export type SaveMeetingOptions = { db?: VeldwerkDb; now?: Date; demo?: boolean; label?: string };

/** The fields of a follow-up that the meeting owns; status and notes stay with the owner. */
const AGREED_FIELDS = ['title', 'ownerAdvisorId', 'ownerName', 'organisation', 'due', 'companyId'] as const;

/**
 * Save a meeting with its agreements in ONE write: the meeting row, a follow-up for each new
 * agreement, the changed text/owner/due of follow-ups made earlier, and "vervallen" for the
 * open follow-up of an agreement that was taken out. So the minutes and the owners' action
 * lists replicate together or not at all. Returns the meeting id.
 */
export async function saveMeeting(draft: MeetingDraft, options: SaveMeetingOptions = {}): Promise<string> {
  const db = options.db ?? getDb();
  const id = draft.id ?? crypto.randomUUID();
  const existing = await db.meetings.get(id);
  const label = options.label ?? (existing ? history.meetings.updated : history.meetings.recorded);
  return write(db, label, (w) => writeMeeting(w, { ...draft, id }, options));
}

const MEETING_FIELDS = ['date', 'periodStart', 'periodEnd', 'participants', 'notes', 'agreements'] as const;
export type MeetingField = (typeof MEETING_FIELDS)[number];

/**
 * Save only the fields the editor changed, on top of the row as it is in the database at that
 * moment (read in the same write): a partner's change to another field that arrived by sync
 * while typing is kept. Without a stored row the whole draft is written.
 */
export async function saveMeetingChanges(
  draft: MeetingDraft & { id: string },
  changed: readonly MeetingField[],
  options: SaveMeetingOptions = {},
): Promise<string> {
  const db = options.db ?? getDb();
  const existing = await db.meetings.get(draft.id);
  const label = options.label ?? (existing && !existing._deleted ? history.meetings.updated : history.meetings.recorded);
  return write(db, label, async (w) => {
    const row = await w.db.meetings.get(draft.id);
    if (!row || row._deleted) return writeMeeting(w, draft, options);
    const merged: Record<string, unknown> = { id: draft.id };
    for (const field of MEETING_FIELDS) merged[field] = changed.includes(field) ? draft[field] : row[field];
    // writeMeeting parses the result with the meeting schema before anything is written.
    return writeMeeting(w, merged as MeetingDraft & { id: string }, options);
  });
}

/** The body of `saveMeeting`, for callers that combine it with other rows in one write. */
export async function writeMeeting(
  w: Writer,
  draft: MeetingDraft & { id: string },
  options: Pick<SaveMeetingOptions, 'now' | 'demo'> = {},
): Promise<string> {
  const existing = await w.db.meetings.get(draft.id);
  const now = options.now ?? w.now;
  const stamp = toZonedIso(now);
  const meeting: Meeting = meetingSchema.parse({
    id: draft.id,
    _clock: {},
    date: draft.date,
    periodStart: draft.periodStart,
    periodEnd: draft.periodEnd,
    participants: draft.participants,
    notes: draft.notes,
    agreements: draft.agreements.map((a) => ({ ...a, followUpId: a.followUpId ?? `afspraak-${a.id}` })),
    createdAt: typeof existing?.createdAt === 'string' && !existing._deleted ? existing.createdAt : stamp,
    updatedAt: stamp,
  });
  await syncFollowUps(w, meeting, existing?._deleted ? [] : existing?.agreements, now, options.demo ?? false);
  const { _clock: _ignored, ...row } = meeting;
  await w.put('meetings', options.demo ? { ...row, demo: true } : row);
  return draft.id;
}

async function syncFollowUps(
  w: Writer,
  meeting: Meeting,
  before: unknown,
  now: Date,
  demo: boolean,
): Promise<void> {
  for (const agreement of meeting.agreements) {
    const next = agreementToFollowUp(agreement, meeting, now);
    const current = await w.db.followUps.get(next.id);
    if (!current) {
      await w.insert('followUps', [{ ...next, demo }]);
      continue;
    }
    if (current._deleted) {
      // The same agreement again after its follow-up was deleted: bring the action back.
      await w.put('followUps', { ...next, demo, _deleted: false });
      continue;
    }
    const changed: Record<string, unknown> = {};
    for (const field of AGREED_FIELDS) if (current[field] !== next[field]) changed[field] = next[field];
    if (Object.keys(changed).length > 0) await w.patch('followUps', next.id, { ...changed, updatedAt: next.updatedAt });
  }
  const kept = new Set(meeting.agreements.map((a) => a.followUpId));
  const previous = Array.isArray(before) ? (before as Partial<MeetingAgreement>[]) : [];
  for (const old of previous) {
    const followUpId = old.followUpId ?? (old.id ? `afspraak-${old.id}` : null);
    if (!followUpId || kept.has(followUpId)) continue;
    await withdraw(w, followUpId, now);
  }
}

/** An agreement taken back: its follow-up, if nobody finished it, is no longer needed. */
async function withdraw(w: Writer, followUpId: string, now: Date): Promise<void> {
  const row = await w.db.followUps.get(followUpId);
  if (row && !row._deleted && row.status === 'open') {
    await w.patch('followUps', followUpId, { status: 'vervallen', updatedAt: toZonedIso(now) });
  }
}

/** Delete a meeting; the open follow-ups of its agreements lapse in the same write. */
export async function deleteMeeting(id: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.meetings.removed, async (w) => {
    const row = await db.meetings.get(id);
    if (!row || row._deleted) return;
    const agreements = Array.isArray(row.agreements) ? (row.agreements as Partial<MeetingAgreement>[]) : [];
    for (const a of agreements) {
      const followUpId = a.followUpId ?? (a.id ? `afspraak-${a.id}` : null);
      if (followUpId) await withdraw(w, followUpId, w.now);
    }
    await w.remove('meetings', id);
  });
}

// ---------------------------------------------------------------------------------------------
// An agreement being typed in the meeting's dialog: a local draft (the `drafts` table, never
// synchronised) until it is saved into the meeting, so leaving, reloading or a power cut does
// not lose it.

const agreementDraftKey = (meetingId: string) => `meeting:${meetingId}:agreement`;

export async function saveAgreementDraft(meetingId: string, value: JsonValue, db: VeldwerkDb = getDb()): Promise<void> {
  await db.drafts.put({ key: agreementDraftKey(meetingId), value, savedAt: Date.now() });
}

export async function readAgreementDraft(meetingId: string, db: VeldwerkDb = getDb()): Promise<JsonValue | null> {
  return (await db.drafts.get(agreementDraftKey(meetingId)))?.value ?? null;
}

export async function clearAgreementDraft(meetingId: string, db: VeldwerkDb = getDb()): Promise<void> {
  await db.drafts.delete(agreementDraftKey(meetingId));
}
