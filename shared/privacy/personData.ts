/**
 * AVG rights for contact persons: find every record that mentions a person, export it, and
 * erase the person by redacting their name wherever it appears. Pure: the renderer reads and
 * writes the rows.
 */
import { deepEqual } from '../data/equality';
import { privacyText } from '../i18n/nl/privacy';

export const REDACTED = privacyText.redacted;

export type PersonRef = { id: string; name: string; companyId: string };
export type LogRef = {
  id: string;
  companyId: string;
  at: string;
  contactPersonIds?: string[];
  summary?: string;
  outcome?: string;
  _deleted?: boolean;
};
export type InterviewRef = {
  id: string;
  companyId: string;
  startedAt?: string;
  respondentName?: string | null;
  answers?: Record<string, unknown>;
  otherTexts?: Record<string, string>;
  _deleted?: boolean;
};
export type FollowUpRef = { id: string; companyId: string; title?: string; notes?: string; _deleted?: boolean };

export type Mentions = {
  logs: { id: string; reason: 'gekoppeld' | 'naam in tekst' }[];
  interviews: { id: string; reason: 'respondent' | 'naam in antwoorden' }[];
  followUps: { id: string; reason: 'naam in tekst' }[];
};

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A matcher for the person's full name as a whole phrase, any case, flexible white space. */
export function namePattern(name: string): RegExp | null {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0 || name.trim().length < 3) return null;
  const body = words.map(escapeRegExp).join('\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu');
}

export function mentionsName(text: string | null | undefined, pattern: RegExp | null): boolean {
  if (!text || !pattern) return false;
  pattern.lastIndex = 0;
  return pattern.test(text);
}

export function redactText(text: string, pattern: RegExp | null): string {
  if (!pattern) return text;
  pattern.lastIndex = 0;
  return text.replace(pattern, REDACTED);
}

/** Redact every string inside an answers object (strings, arrays of strings, nested objects). */
export function redactValue(value: unknown, pattern: RegExp | null): unknown {
  if (typeof value === 'string') return redactText(value, pattern);
  if (Array.isArray(value)) return value.map((v) => redactValue(v, pattern));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactValue(v, pattern)]));
  }
  return value;
}

function valueMentions(value: unknown, pattern: RegExp | null): boolean {
  return !deepEqual(redactValue(value, pattern), value);
}

export function findMentions(
  person: PersonRef,
  rows: { logs: LogRef[]; interviews: InterviewRef[]; followUps: FollowUpRef[] },
): Mentions {
  const pattern = namePattern(person.name);
  const logs: Mentions['logs'] = [];
  for (const log of rows.logs) {
    if (log._deleted) continue;
    if (log.contactPersonIds?.includes(person.id)) logs.push({ id: log.id, reason: 'gekoppeld' });
    else if (mentionsName(log.summary, pattern) || mentionsName(log.outcome, pattern)) {
      // eslint-disable-next-line veldwerk/no-dutch-text -- a reason code (see the type), never shown
      logs.push({ id: log.id, reason: 'naam in tekst' });
    }
  }
  const interviews: Mentions['interviews'] = [];
  for (const interview of rows.interviews) {
    if (interview._deleted) continue;
    if (mentionsName(interview.respondentName, pattern)) interviews.push({ id: interview.id, reason: 'respondent' });
    else if (valueMentions(interview.answers, pattern) || valueMentions(interview.otherTexts, pattern)) {
      // eslint-disable-next-line veldwerk/no-dutch-text -- a reason code (see the type), never shown
      interviews.push({ id: interview.id, reason: 'naam in antwoorden' });
    }
  }
  const followUps: Mentions['followUps'] = rows.followUps
    .filter((f) => !f._deleted && (mentionsName(f.title, pattern) || mentionsName(f.notes, pattern)))
    // eslint-disable-next-line veldwerk/no-dutch-text -- a reason code (see the type), never shown
    .map((f) => ({ id: f.id, reason: 'naam in tekst' as const }));
  return { logs, interviews, followUps };
}

/** The field changes that erase a person: their own row blanked, their name redacted elsewhere. */
export function erasurePatches(
  person: PersonRef,
  rows: { logs: LogRef[]; interviews: InterviewRef[]; followUps: FollowUpRef[] },
): { table: 'contactLogs' | 'interviews' | 'followUps'; id: string; fields: Record<string, unknown> }[] {
  const pattern = namePattern(person.name);
  const out: ReturnType<typeof erasurePatches> = [];
  for (const log of rows.logs) {
    if (log._deleted) continue;
    const fields: Record<string, unknown> = {};
    if (log.contactPersonIds?.includes(person.id)) fields.contactPersonIds = log.contactPersonIds.filter((id) => id !== person.id);
    if (log.summary && mentionsName(log.summary, pattern)) fields.summary = redactText(log.summary, pattern);
    if (log.outcome && mentionsName(log.outcome, pattern)) fields.outcome = redactText(log.outcome, pattern);
    if (Object.keys(fields).length > 0) out.push({ table: 'contactLogs', id: log.id, fields });
  }
  for (const interview of rows.interviews) {
    if (interview._deleted) continue;
    const fields: Record<string, unknown> = {};
    if (mentionsName(interview.respondentName, pattern)) fields.respondentName = REDACTED;
    if (valueMentions(interview.answers, pattern)) fields.answers = redactValue(interview.answers, pattern);
    if (valueMentions(interview.otherTexts, pattern)) fields.otherTexts = redactValue(interview.otherTexts, pattern);
    if (Object.keys(fields).length > 0) out.push({ table: 'interviews', id: interview.id, fields });
  }
  for (const f of rows.followUps) {
    if (f._deleted) continue;
    const fields: Record<string, unknown> = {};
    if (f.title && mentionsName(f.title, pattern)) fields.title = redactText(f.title, pattern);
    if (f.notes && mentionsName(f.notes, pattern)) fields.notes = redactText(f.notes, pattern);
    if (Object.keys(fields).length > 0) out.push({ table: 'followUps', id: f.id, fields });
  }
  return out;
}

/** Personal fields of the contact person row, blanked on erasure before the tombstone. */
export const PERSON_BLANK_FIELDS = { name: REDACTED, function: '', phone: '', email: '', notes: '' } as const;

/** Rows older than the retention period, for review and deletion. */
export function overRetention<T extends { at?: string; startedAt?: string; _deleted?: boolean }>(
  rows: T[],
  years: number,
  now: Date,
): T[] {
  const cutoff = new Date(now);
  cutoff.setFullYear(cutoff.getFullYear() - years);
  return rows.filter((r) => {
    const when = r.at ?? r.startedAt;
    return !r._deleted && when !== undefined && Date.parse(when) < cutoff.getTime();
  });
}
