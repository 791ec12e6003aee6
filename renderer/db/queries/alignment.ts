import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { Organisation } from '../../../shared/domain/common';
import { meetingSchema, type Meeting } from '../../../shared/domain/meeting';
import { targetSchema, type CompanyFacts, type Target } from '../../../shared/domain/target';
import { SEED_GUIDES } from '../../../shared/guides/seed';
import type { PeerFacts } from '../../../shared/rules/freshness';
import type { InterviewAnswers } from '../../../shared/rules/leads';
import type { FollowUpFacts, LogFacts } from '../../../shared/rules/doubleApproach';
import type { InterviewProgressFacts } from '../../../shared/rules/targets';
import { getDb, type ImportRow, type StoredRow } from '../database';
import { PROFILE_KEY } from './settings';
import { companyStore } from './companies';
import { contactLogStore, type ContactLogRow } from './contactLogs';
import { useTableStore } from './tableStore';
import { t } from '../../../shared/i18n';

/**
 * Reads for the afstemming feature: the shared picture (companies, contacts, follow-ups,
 * interviews, partner devices) as the plain facts the rules in shared/rules take, and the
 * meetings and targets. Rows are read loosely: a partner on an older version may leave a
 * field out, and that must not hide the row.
 */

export type AlignmentCompany = CompanyFacts & { demo?: boolean };

export type AlignmentData = {
  companies: AlignmentCompany[];
  logs: LogFacts[];
  followUps: FollowUpFacts[];
  interviews: (InterviewAnswers & InterviewProgressFacts)[];
  peers: PeerFacts[];
  advisors: AdvisorFacts[];
};

export type AdvisorFacts = { id: string; name: string; organisation: Organisation };

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const strOrNull = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const ORGS: readonly string[] = ['lwl', 'baanbrekend', 'partner'];
const org = (v: unknown): Organisation => (ORGS.includes(str(v)) ? (v as Organisation) : 'partner');
const live = (rows: StoredRow[]) => rows.filter((r) => !r._deleted);

export function toCompanyFacts(r: StoredRow): AlignmentCompany {
  return {
    id: r.id,
    name: str(r.name, t.noName),
    kind: r.kind === 'zzp' ? 'zzp' : 'mkb',
    gemeente: strOrNull(r.gemeente) as CompanyFacts['gemeente'],
    sector: strOrNull(r.sector) as CompanyFacts['sector'],
    sizeClass: strOrNull(r.sizeClass) as CompanyFacts['sizeClass'],
    status: str(r.status),
    ownerLwl: strOrNull(r.ownerLwl),
    ownerBaanbrekend: strOrNull(r.ownerBaanbrekend),
    createdAt: str(r.createdAt, '1970-01-01T00:00:00Z'),
    importBatchId: strOrNull(r.importBatchId),
    demo: r.demo === true,
  };
}

function toLogFacts(r: StoredRow): LogFacts | null {
  if (typeof r.companyId !== 'string' || typeof r.at !== 'string') return null;
  return {
    id: r.id,
    companyId: r.companyId,
    at: r.at,
    advisorId: str(r.advisorId),
    advisorName: str(r.advisorName),
    organisation: org(r.organisation),
    channel: str(r.channel, 'anders') as LogFacts['channel'],
    outcome: str(r.outcome),
    visibility: r.visibility === 'prive' ? 'prive' : 'gedeeld',
    topics: Array.isArray(r.topics) ? (r.topics as LogFacts['topics']) : [],
  };
}

function toFollowUpFacts(r: StoredRow): FollowUpFacts | null {
  if (typeof r.companyId !== 'string' || typeof r.title !== 'string') return null;
  return {
    id: r.id,
    companyId: r.companyId,
    title: r.title,
    ownerAdvisorId: str(r.ownerAdvisorId),
    ownerName: str(r.ownerName),
    organisation: org(r.organisation),
    due: strOrNull(r.due),
    status: (['open', 'gedaan', 'vervallen'].includes(str(r.status)) ? r.status : 'open') as FollowUpFacts['status'],
    visibility: r.visibility === 'prive' ? 'prive' : 'gedeeld',
    createdAt: str(r.createdAt, '1970-01-01T00:00:00Z'),
  };
}

function toInterviewFacts(r: StoredRow): (InterviewAnswers & InterviewProgressFacts) | null {
  if (typeof r.companyId !== 'string') return null;
  return {
    id: r.id,
    companyId: r.companyId,
    answers: r.answers && typeof r.answers === 'object' ? (r.answers as Record<string, unknown>) : {},
    visibility: str(r.visibility, 'gedeeld'),
    finishedAt: strOrNull(r.finishedAt),
    status: str(r.status),
    advisorId: str(r.advisorId),
    organisation: str(r.organisation),
  };
}

/**
 * The answer keys in which interviews name other companies ("Kent u andere bedrijven…?"):
 * every guide question whose answer is copied to the company field `leads`, plus that field
 * name itself for interviews written by older versions.
 */
export const LEAD_ANSWER_KEYS: readonly string[] = [
  ...new Set([
    'leads',
    ...SEED_GUIDES.flatMap((g) =>
      g.sections.flatMap((s) =>
        s.items.flatMap((item) => {
          if (!('copyTo' in item) || !item.copyTo) return [];
          const targets = Array.isArray(item.copyTo) ? item.copyTo : [item.copyTo];
          return targets.some((t) => t.field === 'leads') ? [item.key] : [];
        }),
      ),
    ),
  ]),
];

/**
 * Facts per row version: the companies and logs come from the shared in-memory stores (see
 * tableStore), so a change re-derives only the rows it touched (issue 20).
 */
const companyFacts = new WeakMap<object, AlignmentCompany>();
const logFacts = new WeakMap<object, LogFacts | null>();
const companyLists = new WeakMap<readonly object[], AlignmentCompany[]>();
const logLists = new WeakMap<readonly object[], LogFacts[]>();

function companiesAsFacts(rows: readonly StoredRow[]): AlignmentCompany[] {
  let list = companyLists.get(rows);
  if (!list) {
    list = rows.map((r) => {
      let facts = companyFacts.get(r);
      if (!facts) {
        facts = toCompanyFacts(r);
        companyFacts.set(r, facts);
      }
      return facts;
    });
    companyLists.set(rows, list);
  }
  return list;
}

function logsAsFacts(rows: readonly ContactLogRow[]): LogFacts[] {
  let list = logLists.get(rows);
  if (!list) {
    list = [];
    for (const r of rows) {
      let facts = logFacts.get(r);
      if (facts === undefined) {
        facts = toLogFacts(r);
        logFacts.set(r, facts);
      }
      if (facts) list.push(facts);
    }
    logLists.set(rows, list);
  }
  return list;
}

/** Everything the afstemmingsoverleg, targets and reach views compute from, live. */
export function useAlignmentData(): AlignmentData | undefined {
  const companies = useTableStore(companyStore);
  const logs = useTableStore(contactLogStore);
  const rest = useLiveQuery(async () => {
    const db = getDb();
    const [followUps, interviews, peers, advisors, profile] = await Promise.all([
      db.followUps.toArray(),
      db.interviews.toArray(),
      db.peers.toArray(),
      db.advisors.toArray(),
      db.settings.get(PROFILE_KEY),
    ]);
    const me = profile?.value as { advisorId?: string; name?: string; organisation?: string } | undefined;
    const advisorList: AdvisorFacts[] = live(advisors).map((a) => ({
      id: a.id,
      name: str(a.name, a.id),
      organisation: org(a.organisation),
    }));
    if (me?.advisorId && !advisorList.some((a) => a.id === me.advisorId)) {
      advisorList.push({ id: me.advisorId, name: str(me.name), organisation: org(me.organisation) });
    }
    advisorList.sort((a, b) => a.name.localeCompare(b.name, 'nl'));
    return {
      followUps: live(followUps).flatMap((r) => toFollowUpFacts(r) ?? []),
      interviews: live(interviews).flatMap((r) => toInterviewFacts(r) ?? []),
      peers: peers.map((p) => ({
        deviceId: p.deviceId,
        advisorName: p.advisorName,
        organisation: p.organisation ? org(p.organisation) : undefined,
        newestHlc: p.newestHlc,
        lastSeenAt: p.lastSeenAt === null ? null : new Date(p.lastSeenAt).toISOString(),
      })),
      advisors: advisorList,
    };
  }, []);
  return useMemo(() => {
    if (!companies || !logs || !rest) return undefined;
    return { companies: companiesAsFacts(companies), logs: logsAsFacts(logs), ...rest };
  }, [companies, logs, rest]);
}

const newestMeetingFirst = (a: Meeting, b: Meeting) =>
  b.date.localeCompare(a.date) || b.createdAt.localeCompare(a.createdAt);

export function toMeeting(row: StoredRow | undefined): Meeting | null {
  if (!row || row._deleted) return null;
  const parsed = meetingSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/** Past (and planned) meetings, newest first, live. */
export function useMeetings(): Meeting[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().meetings.toArray();
    return rows.flatMap((r) => toMeeting(r) ?? []).sort(newestMeetingFirst);
  }, []);
}

/** One meeting, live. `undefined` while loading, `null` when missing or deleted. */
export function useMeeting(id: string | undefined): Meeting | null | undefined {
  return useLiveQuery(async () => (id ? toMeeting(await getDb().meetings.get(id)) : null), [id]);
}

export function toTarget(row: StoredRow): Target | null {
  if (row._deleted) return null;
  // A filter that was cleared is stored as null; the schema knows it only as absent.
  const parsed = targetSchema.safeParse({
    ...row,
    sector: row.sector ?? undefined,
    gemeente: row.gemeente ?? undefined,
  });
  return parsed.success ? parsed.data : null;
}

/** SMART targets, by period start then title, live. */
export function useTargets(): Target[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().targets.toArray();
    return rows
      .flatMap((r) => toTarget(r) ?? [])
      .sort((a, b) => b.periodStart.localeCompare(a.periodStart) || a.title.localeCompare(b.title, 'nl'));
  }, []);
}

/** Device-local: which import batches count as the KvK reference list for the reach view. */
export const REACH_REFERENCE_KEY = 'alignment.reachReferenceBatchIds';

export function useReachReferenceBatchIds(): string[] | undefined {
  return useLiveQuery(async () => {
    const value = (await getDb().settings.get(REACH_REFERENCE_KEY))?.value;
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }, []);
}

/** Import batches that are still in effect (not undone), newest first, live. */
export function useImportBatches(): ImportRow[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().imports.orderBy('at').reverse().toArray();
    return rows.filter((r) => r.undoneAt === null);
  }, []);
}
