import { z } from 'zod';
import { gemeenteSchema, isoDate, type Gemeente, type Visibility } from '../../../shared/domain/common';
import { COMPANY_STATUSES, companyKindSchema, companyStatusSchema, type CompanyKind, type CompanyStatus } from '../../../shared/domain/company';
import { visit } from '../../../shared/i18n/nl/visit';
import { contactLogInputSchema, type Channel, type ContactLog, type ContactLogInput, type TopicKey } from '../../../shared/domain/contactLog';
import { FOLLOW_UP_TITLE_MAX } from '../../../shared/domain/followUp';
import { isLocalDate, localDate, localDateTimeToIso, toZonedIso } from '../../../shared/dates/localDate';
import type { JsonValue } from '../../../shared/sync/types';
import type { FollowUpDraft } from '../../db/repositories/contactLogs';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { deepEqual } from '../../../shared/data/equality';
import { asJson } from '../../../shared/data/json';

/** What the quick-entry dialog holds while the advisor types; also the shape of its draft. */
export type ContactFormState = {
  companyId: string;
  companyQuery: string;
  /** A company typed that is not in the portfolio: created on save. */
  newCompanyName: string | null;
  /** '' until the advisor chooses: a new company's gemeente and kind are never guessed. */
  newCompanyGemeente: Gemeente | '';
  newCompanyKind: CompanyKind | '';
  date: string;
  time: string;
  channel: Channel;
  networkId: string | null;
  contactPersonIds: string[];
  topics: TopicKey[];
  schemeIds: string[];
  summary: string;
  outcome: string;
  visibility: Visibility;
  /** '' keeps the company's status. */
  statusAfter: CompanyStatus | '';
  followUps: (FollowUpDraft & { key: string })[];
};

export type ContactFormErrors = Partial<Record<string, string>>;

/**
 * Dates are typed the Dutch way ("23-11-2026", also "23/11/2026", "23-11-26" or ISO) in a plain
 * text field: native date inputs follow the browser's UI language, which in browser mode is often
 * English (11/23/2026, AM/PM). Returns `YYYY-MM-DD`, or null when it is not a real date.
 */
export function parseDutchDate(text: string): string | null {
  const t = text.trim();
  if (isoDate.safeParse(t).success) return t;
  const m = /^(\d{1,2})[-/. ](\d{1,2})[-/. ](\d{2}|\d{4})$/.exec(t);
  if (!m) return null;
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = `${String(year).padStart(4, '0')}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isLocalDate(iso) ? iso : null;
}

/** `YYYY-MM-DD` as the advisor types it: `23-11-2026`. */
export const formatDutchDate = (iso: string) => `${iso.slice(8, 10)}-${iso.slice(5, 7)}-${iso.slice(0, 4)}`;

/** "9:5", "09.05", "0905" → "09:05"; null when not a time of day. */
export function parseTime(text: string): string | null {
  const m = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  return h < 24 && min < 60 ? `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}` : null;
}

export function emptyContactForm(now = new Date(), companyId = ''): ContactFormState {
  const zoned = toZonedIso(now);
  return {
    companyId,
    companyQuery: '',
    newCompanyName: null,
    newCompanyGemeente: '',
    newCompanyKind: '',
    date: formatDutchDate(localDate(now)),
    time: zoned.slice(11, 16),
    channel: 'bedrijfsbezoek',
    networkId: null,
    contactPersonIds: [],
    topics: [],
    schemeIds: [],
    summary: '',
    outcome: '',
    visibility: 'gedeeld',
    statusAfter: '',
    followUps: [],
  };
}

/** An existing log as the form shows it for editing (date and time on the Dutch wall clock). */
export function fromLog(log: ContactLog): ContactFormState {
  const zoned = toZonedIso(log.at);
  const status = (COMPANY_STATUSES as readonly string[]).includes(log.statusAfter ?? '') ? (log.statusAfter as CompanyStatus) : '';
  return {
    ...emptyContactForm(),
    companyId: log.companyId,
    date: formatDutchDate(zoned.slice(0, 10)),
    time: zoned.slice(11, 16),
    channel: log.channel,
    networkId: log.networkId,
    contactPersonIds: [...log.contactPersonIds],
    topics: [...log.topics],
    schemeIds: [...log.schemeIds],
    summary: log.summary,
    outcome: log.outcome,
    visibility: log.visibility,
    statusAfter: status,
  };
}

/** Whether two forms hold the same input; the picker's search text is display only. */
export function sameForm(a: ContactFormState, b: ContactFormState): boolean {
  const keys = Object.keys(a) as (keyof ContactFormState)[];
  return keys.every((k) => k === 'companyQuery' || deepEqual(a[k], b[k]));
}

const draftSchema = z.object({
  companyId: z.string().catch(''),
  companyQuery: z.string().catch(''),
  newCompanyName: z.string().nullable().catch(null),
  newCompanyGemeente: z.union([gemeenteSchema, z.literal('')]).catch(''),
  newCompanyKind: z.union([companyKindSchema, z.literal('')]).catch(''),
  date: z.string().catch(''),
  time: z.string().catch(''),
  channel: z.string().catch('bedrijfsbezoek'),
  networkId: z.string().nullable().catch(null),
  contactPersonIds: z.array(z.string()).catch([]),
  topics: z.array(z.string()).catch([]),
  schemeIds: z.array(z.string()).catch([]),
  summary: z.string().catch(''),
  outcome: z.string().catch(''),
  visibility: z.enum(['gedeeld', 'prive']).catch('gedeeld'),
  statusAfter: z.union([companyStatusSchema, z.literal('')]).catch(''),
  followUps: z
    .array(z.object({ key: z.string(), title: z.string(), due: z.string().nullable(), ownerAdvisorId: z.string() }))
    .catch([]),
});

/** A stored draft back into form state; anything unreadable falls back to the default. */
export function fromDraft(value: JsonValue | null): ContactFormState | null {
  if (value === null) return null;
  const parsed = draftSchema.safeParse(value);
  return parsed.success ? (parsed.data as ContactFormState) : null;
}

export const toDraft = (state: ContactFormState): JsonValue => asJson(state);

/**
 * Whether the advisor typed anything worth keeping. A company alone is not: it is usually the
 * one preselected from the page, and keeping it would bring back an empty draft.
 */
export const hasContent = (s: ContactFormState) =>
  Boolean(s.newCompanyName || s.summary.trim() || s.outcome.trim() || s.topics.length || s.followUps.length);

export type ValidForm = { input: ContactLogInput; followUps: FollowUpDraft[] };

/**
 * Validate with the shared schema (so the Dutch messages are the domain's own) and return them
 * keyed by field, or the parsed input. A new company passes the company check with a stand-in
 * id; the repository creates the row.
 */
export function validateContactForm(s: ContactFormState, now = () => new Date()): { ok: true; value: ValidForm } | { ok: false; errors: ContactFormErrors } {
  const errors: ContactFormErrors = {};
  const date = parseDutchDate(s.date);
  const time = parseTime(s.time);
  const at = date ? localDateTimeToIso(date, time ?? '00:00') : '';
  if (s.date.trim() && !date) errors.date = ui.quickEntry.invalidDate;
  const parsed = contactLogInputSchema(now).safeParse({
    companyId: s.newCompanyName ? 'nieuw' : s.companyId,
    at,
    contactPersonIds: s.newCompanyName ? [] : s.contactPersonIds,
    channel: s.channel,
    networkId: s.networkId,
    topics: s.topics,
    schemeIds: s.topics.includes('regelingen') ? s.schemeIds : [],
    summary: s.summary,
    outcome: s.outcome,
    visibility: s.visibility,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? 'form');
      errors[key === 'at' ? 'date' : key] ??= issue.message;
    }
  }
  if (!time) errors.time ??= ui.quickEntry.invalidTime;
  if (s.newCompanyName !== null && !s.newCompanyName.trim()) errors.companyId ??= ui.quickEntry.chooseCompany;
  if (s.newCompanyName?.trim() && !s.newCompanyKind) errors.newCompanyKind = visit.quick.kindRequired;
  if (s.newCompanyName?.trim() && !s.newCompanyGemeente) errors.newCompanyGemeente = visit.quick.gemeenteRequired;
  const followUps: FollowUpDraft[] = [];
  s.followUps.forEach((f, i) => {
    const empty = !f.title.trim() && !f.due;
    if (empty) return;
    if (!f.title.trim()) errors[`followUp.${i}.title`] = ui.quickEntry.describeAction;
    else if (f.title.trim().length > FOLLOW_UP_TITLE_MAX) errors[`followUp.${i}.title`] = `Gebruik hoogstens ${FOLLOW_UP_TITLE_MAX} tekens.`;
    const due = f.due?.trim() ? parseDutchDate(f.due) : null;
    if (f.due?.trim() && !due) errors[`followUp.${i}.due`] = ui.quickEntry.invalidDate;
    if (!f.ownerAdvisorId) errors[`followUp.${i}.owner`] = ui.quickEntry.chooseOwner;
    followUps.push({ title: f.title.trim(), due, ownerAdvisorId: f.ownerAdvisorId });
  });
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { input: parsed.data, followUps } };
}

/** The new company typed in the dialog, once validated (kind and gemeente chosen). */
export function newCompanyOf(s: ContactFormState): { name: string; gemeente: Gemeente; kind: CompanyKind } | null {
  if (!s.newCompanyName || !s.newCompanyGemeente || !s.newCompanyKind) return null;
  return { name: s.newCompanyName, gemeente: s.newCompanyGemeente, kind: s.newCompanyKind };
}
