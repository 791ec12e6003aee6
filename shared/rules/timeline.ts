import type { Organisation } from '../domain/common';
import { CHANNEL_LABELS, TOPIC_LABELS } from '../domain/contactLog';
import type { ContactLog } from '../domain/contactLog';
import type { FollowUp } from '../domain/followUp';
import type { Meeting } from '../domain/meeting';
import { common } from '../i18n/nl/common';
import { contacts } from '../i18n/nl/contacts';
import { hlcMillis } from '../sync/hlc';
import type { ChangeBatch, JsonValue } from '../sync/types';
import {
  formatInstantDate,
  formatLocalDate,
  startOfLocalDay,
  TIME_ZONE,
  toZonedIso,
} from '../dates/localDate';

/**
 * One chronological story per company, newest first: contacts, actions, interviews, meeting
 * agreements and the portfolio changes that matter in the conversation (size, status, owners,
 * kind, created, merged). Field changes come from the change log, because the row only holds
 * the current value and "status changed from X to Y" needs the one before it.
 */

export const TIMELINE_TYPES = ['contact', 'actie', 'gesprek', 'afspraak', 'wijziging'] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

export type TimelineEntry = {
  id: string;
  type: TimelineType;
  at: string;
  organisation?: Organisation;
  title: string;
  detail: string;
  /** The contact log, follow-up, interview, meeting or change batch behind the entry. */
  refId: string;
  /** A private row of this device: shown, with a marker, never to partners. */
  private?: boolean;
};

export type InterviewFacts = {
  id: string;
  companyId: string;
  guideKey: string;
  status: string;
  startedAt: string;
  finishedAt: string | null;
  organisation?: Organisation;
  advisorName?: string;
  visibility?: string;
  _deleted?: boolean;
};

export type DeviceInfo = { advisorName?: string; organisation?: Organisation };

export type TimelineContext = {
  advisorNames?: Readonly<Record<string, string>>;
  statusLabels?: Readonly<Record<string, string>>;
  guideLabels?: Readonly<Record<string, string>>;
  /** Names of other companies, for merge entries. */
  companyNames?: Readonly<Record<string, string>>;
  /** Who writes from which device, for the organisation of a change (from the peers table). */
  devices?: Readonly<Record<string, DeviceInfo>>;
  timeZone?: string;
};

type LogRow = Pick<
  ContactLog,
  | 'id'
  | 'companyId'
  | 'at'
  | 'advisorName'
  | 'organisation'
  | 'channel'
  | 'topics'
  | 'summary'
  | 'outcome'
  | 'visibility'
> & { _deleted?: boolean };
type FollowUpRow = Pick<
  FollowUp,
  | 'id'
  | 'companyId'
  | 'title'
  | 'ownerName'
  | 'organisation'
  | 'due'
  | 'status'
  | 'visibility'
  | 'doneAt'
  | 'createdAt'
> & { _deleted?: boolean };
type MeetingRow = Pick<Meeting, 'id' | 'date' | 'agreements'> & { _deleted?: boolean };

const tl = contacts.timeline;
const nonEmpty = (parts: (string | false | null | undefined)[]) => parts.filter(Boolean).join('\n');

export function buildTimeline(input: {
  companyId: string;
  logs: readonly LogRow[];
  followUps: readonly FollowUpRow[];
  interviews: readonly InterviewFacts[];
  meetings: readonly MeetingRow[];
  batches: readonly ChangeBatch[];
  context?: TimelineContext;
}): TimelineEntry[] {
  const { companyId, context = {} } = input;
  const tz = context.timeZone ?? TIME_ZONE;
  const entries: TimelineEntry[] = [];

  for (const log of input.logs) {
    if (log.companyId !== companyId || log._deleted) continue;
    entries.push({
      id: `contact:${log.id}`,
      type: 'contact',
      at: log.at,
      organisation: log.organisation,
      title: tl.contactTitle(CHANNEL_LABELS[log.channel], log.advisorName),
      detail: nonEmpty([
        log.topics.map((t) => TOPIC_LABELS[t]).join(', '),
        log.summary.trim(),
        log.outcome.trim() && tl.outcome(log.outcome.trim()),
      ]),
      refId: log.id,
      ...(log.visibility === 'prive' ? { private: true } : {}),
    });
  }

  // An agreement and the follow-up made from it are one event: show the agreement (the minutes)
  // and fold the follow-up into it.
  const followUpsById = new Map(input.followUps.map((f) => [f.id, f]));
  const folded = new Set<string>();
  for (const meeting of input.meetings) {
    if (meeting._deleted) continue;
    for (const a of meeting.agreements) {
      if (a.companyId !== companyId) continue;
      const fu = a.followUpId ? followUpsById.get(a.followUpId) : undefined;
      if (fu) folded.add(fu.id);
      entries.push({
        id: `afspraak:${meeting.id}:${a.id}`,
        type: 'afspraak',
        at: startOfLocalDay(meeting.date, tz),
        organisation: a.organisation,
        title: tl.agreementTitle(a.text),
        detail: fu
          ? actionDetail(fu, tz)
          : tl.agreementDetail(a.ownerName, a.due ? formatLocalDate(a.due) : null),
        refId: meeting.id,
      });
    }
  }

  for (const f of input.followUps) {
    if (f.companyId !== companyId || f._deleted || folded.has(f.id)) continue;
    entries.push({
      id: `actie:${f.id}`,
      type: 'actie',
      at: f.createdAt,
      organisation: f.organisation,
      title: tl.actionTitle(f.title),
      detail: actionDetail(f, tz),
      refId: f.id,
      ...(f.visibility === 'prive' ? { private: true } : {}),
    });
  }

  for (const i of input.interviews) {
    if (i.companyId !== companyId || i._deleted) continue;
    const guide = context.guideLabels?.[i.guideKey] ?? i.guideKey;
    entries.push({
      id: `gesprek:${i.id}`,
      type: 'gesprek',
      at: i.finishedAt ?? i.startedAt,
      ...(i.organisation ? { organisation: i.organisation } : {}),
      title: i.finishedAt ? tl.interviewFinished(guide) : tl.interviewStarted(guide),
      detail: i.advisorName ?? '',
      refId: i.id,
      ...(i.visibility === 'prive' ? { private: true } : {}),
    });
  }

  entries.push(...deriveCompanyChanges(companyId, input.batches, context));
  return sortTimeline(entries);
}

function actionDetail(f: FollowUpRow, tz: string): string {
  if (f.status === 'gedaan')
    return tl.actionDone(f.ownerName, f.doneAt ? formatInstantDate(f.doneAt, tz) : null);
  if (f.status === 'vervallen') return tl.actionExpired(f.ownerName);
  return tl.actionOpen(f.ownerName, f.due ? formatLocalDate(f.due) : null);
}

export const sortTimeline = (entries: TimelineEntry[]): TimelineEntry[] =>
  entries.sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.id.localeCompare(a.id));

const TRACKED = [
  'sizeClass',
  'status',
  'ownerLwl',
  'ownerBaanbrekend',
  'kind',
  'mergedInto',
  '_deleted',
] as const;
type Tracked = (typeof TRACKED)[number];

/**
 * Field changes of one company, by walking the change log in HLC order and remembering each
 * field's last value. HLC order is the order the merge resolves by (last writer wins), so the
 * walk reproduces the history that led to the current row. A batch that sets `createdAt` is
 * the creation; its initial values are described there, not as separate changes. A merge is
 * recorded by the repository as `mergedInto: <survivorId>` on the absorbed company.
 */
export function deriveCompanyChanges(
  companyId: string,
  batches: readonly ChangeBatch[],
  context: TimelineContext = {},
): TimelineEntry[] {
  const tz = context.timeZone ?? TIME_ZONE;
  const advisor = (id: JsonValue | undefined) =>
    typeof id === 'string' && id
      ? (context.advisorNames?.[id] ?? tl.unknownAdvisor)
      : tl.unknownAdvisor;
  const status = (v: JsonValue | undefined) =>
    typeof v === 'string' ? (context.statusLabels?.[v] ?? v) : '';
  const kind = (v: JsonValue | undefined) => (typeof v === 'string' ? tl.kind(v) : '');
  const size = (v: JsonValue | undefined) => tl.sizeClass(typeof v === 'string' ? v : 'onbekend');
  const names = new Map<string, string>(Object.entries(context.companyNames ?? {}));
  const prev = new Map<Tracked, JsonValue>();
  const entries: TimelineEntry[] = [];

  const ordered = [...batches].sort((a, b) => (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0));
  for (const batch of ordered) {
    const device = context.devices?.[batch.deviceId];
    const at = toZonedIso(hlcMillis(batch.hlc), tz);
    const push = (field: string, title: string, detail = batch.label) =>
      entries.push({
        id: `wijziging:${batch.id}:${field}`,
        type: 'wijziging',
        at,
        ...(device?.organisation ? { organisation: device.organisation } : {}),
        title: tl.byWhom(title, device?.advisorName ?? ''),
        detail,
        refId: batch.id,
      });

    for (const change of batch.changes) {
      if (change.table !== 'companies') continue;
      const f = change.fields;
      if (typeof f.name === 'string') names.set(change.rowId, f.name);
      if (change.rowId !== companyId) {
        if (f.mergedInto === companyId)
          push(`merged:${change.rowId}`, tl.merged(names.get(change.rowId) ?? change.rowId));
        continue;
      }
      if ('createdAt' in f) {
        push(
          'created',
          tl.created,
          nonEmpty([kind(f.kind), 'sizeClass' in f && size(f.sizeClass), batch.label]),
        );
        for (const field of TRACKED) if (field in f) prev.set(field, f[field] ?? null);
        continue;
      }
      for (const field of TRACKED) {
        if (!(field in f)) continue;
        const to = f[field] ?? null;
        const from = prev.get(field);
        prev.set(field, to);
        if (from === to) continue;
        const title = describe(field, from, to);
        if (title) push(field, title);
      }
    }
  }
  return entries;

  function describe(field: Tracked, from: JsonValue | undefined, to: JsonValue): string | null {
    const unset = (v: JsonValue | undefined) => v === undefined || v === null || v === '';
    switch (field) {
      case 'sizeClass':
        return unset(from) || from === 'onbekend'
          ? tl.sizeSet(size(to))
          : tl.sizeChanged(size(from), size(to));
      case 'status':
        return unset(from) ? tl.statusSet(status(to)) : tl.statusChanged(status(from), status(to));
      case 'kind':
        return unset(from) ? null : tl.kindChanged(kind(from), kind(to));
      case 'ownerLwl':
      case 'ownerBaanbrekend': {
        const org = common.organisationsShort[field === 'ownerLwl' ? 'lwl' : 'baanbrekend'];
        if (unset(to)) return unset(from) ? null : tl.ownerCleared(org, advisor(from));
        return unset(from)
          ? tl.ownerSet(org, advisor(to))
          : tl.ownerChanged(org, advisor(from), advisor(to));
      }
      case 'mergedInto':
        return typeof to === 'string' && to ? tl.mergedInto(names.get(to) ?? to) : null;
      case '_deleted':
        // A merge already tells the story of the tombstone that comes with it.
        if (to === true) return prev.get('mergedInto') ? null : tl.deleted;
        return from === true ? tl.restored : null;
    }
  }
}

export type TimelineFilter = {
  types?: readonly TimelineType[];
  organisations?: readonly Organisation[];
};

/**
 * Empty or absent filter lists mean "all". When filtering by organisation, entries whose
 * organisation is unknown (a change from a device we know nothing about) are left out, because
 * we cannot claim they belong to the chosen organisation.
 */
export function filterTimeline(
  entries: readonly TimelineEntry[],
  filter: TimelineFilter,
): TimelineEntry[] {
  const types = filter.types?.length ? new Set(filter.types) : null;
  const orgs = filter.organisations?.length ? new Set(filter.organisations) : null;
  return entries.filter(
    (e) =>
      (!types || types.has(e.type)) &&
      (!orgs || (e.organisation !== undefined && orgs.has(e.organisation))),
  );
}
