import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { ContactLog } from '../../../shared/domain/contactLog';
import { getDb, type StoredRow } from '../database';
import { createTableStore, useTableStore } from './tableStore';

/**
 * A contact log as the renderer reads it. Synced rows may come from a partner on an older
 * version, so arrays and texts are filled in rather than trusted: a missing field must not hide
 * a contact from the "niet dubbel benaderen" check.
 */
export type ContactLogRow = ContactLog;

const str = (v: unknown, fallback = '') => (typeof v === 'string' ? v : fallback);
const strs = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export function toContactLog(row: StoredRow): ContactLogRow | null {
  if (typeof row.companyId !== 'string' || typeof row.at !== 'string') return null;
  return {
    id: row.id,
    _clock: row._clock,
    ...(row._deleted ? { _deleted: true } : {}),
    companyId: row.companyId,
    at: row.at,
    advisorId: str(row.advisorId),
    advisorName: str(row.advisorName),
    organisation: (str(row.organisation, 'partner') as ContactLog['organisation']),
    contactPersonIds: strs(row.contactPersonIds),
    channel: str(row.channel, 'anders') as ContactLog['channel'],
    networkId: typeof row.networkId === 'string' ? row.networkId : null,
    topics: strs(row.topics) as ContactLog['topics'],
    schemeIds: strs(row.schemeIds),
    summary: str(row.summary),
    outcome: str(row.outcome),
    visibility: row.visibility === 'prive' ? 'prive' : 'gedeeld',
    interviewId: typeof row.interviewId === 'string' ? row.interviewId : null,
    ...(typeof row.statusAfter === 'string' ? { statusAfter: row.statusAfter } : {}),
    demo: row.demo === true,
    createdAt: str(row.createdAt, row.at),
    updatedAt: str(row.updatedAt, row.at),
  };
}

const live = (rows: StoredRow[]) =>
  rows.filter((r) => !r._deleted).flatMap((r) => toContactLog(r) ?? []);

/** Every live contact log, in memory for the session and shared by every screen (tableStore). */
export const contactLogStore = createTableStore<ContactLogRow>('contactLogs', toContactLog);

const newestFirstCache = new WeakMap<readonly ContactLogRow[], ContactLogRow[]>();

/** The logs newest first; computed once per change of the logs, whichever screen asks. */
export function newestFirst(logs: readonly ContactLogRow[]): ContactLogRow[] {
  let sorted = newestFirstCache.get(logs);
  if (!sorted) {
    // ISO timestamps of one format compare as text; Date.parse per comparison is slow at 100k.
    const keyed = logs.map((l) => ({ l, t: Date.parse(l.at) }));
    keyed.sort((a, b) => b.t - a.t);
    sorted = keyed.map((k) => k.l);
    newestFirstCache.set(logs, sorted);
  }
  return sorted;
}

/** Every contact log on this device (shared and private), newest first, live. */
export function useContactLogs(): ContactLogRow[] | undefined {
  const logs = useTableStore(contactLogStore);
  return useMemo(() => (logs ? newestFirst(logs) : undefined), [logs]);
}

export type LastContact = { at: string; organisation: ContactLogRow['organisation'] };
const lastContactCache = new WeakMap<readonly ContactLogRow[], Map<string, LastContact>>();

/**
 * The latest shared contact per company (date and organisation), for the portfolio's
 * "Laatste contact" column. Private logs are left out: the column is exported with the view.
 */
export function lastContacts(logs: readonly ContactLogRow[]): Map<string, LastContact> {
  let map = lastContactCache.get(logs);
  if (!map) {
    const newest = new Map<string, { t: number; log: ContactLogRow }>();
    for (const log of logs) {
      if (log.visibility === 'prive') continue;
      const t = Date.parse(log.at);
      const seen = newest.get(log.companyId);
      if (!seen || t > seen.t) newest.set(log.companyId, { t, log });
    }
    map = new Map();
    for (const [id, { log }] of newest) map.set(id, { at: log.at, organisation: log.organisation });
    lastContactCache.set(logs, map);
  }
  return map;
}

export function useLastContacts(): Map<string, LastContact> | undefined {
  const logs = useTableStore(contactLogStore);
  return useMemo(() => (logs ? lastContacts(logs) : undefined), [logs]);
}

/** The contact logs of one company, live. */
export function useCompanyContactLogs(companyId: string | null): ContactLogRow[] | undefined {
  return useLiveQuery(async () => {
    if (!companyId) return [];
    return live(await getDb().contactLogs.where('companyId').equals(companyId).toArray());
  }, [companyId]);
}

/** One contact log by id (undefined while loading, null when gone or removed), live. */
export function useContactLog(id: string | null): ContactLogRow | null | undefined {
  return useLiveQuery(async () => {
    if (!id) return null;
    const row = await getDb().contactLogs.get(id);
    return row && !row._deleted ? toContactLog(row) : null;
  }, [id]);
}

export type Option = { value: string; label: string };

const nameOf = (r: StoredRow) => str(r.name ?? r.title ?? r.id);
const usable = (r: StoredRow) => !r._deleted && r.retired !== true;
const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'nl');

/** Regelingen and networks to choose from in the contact form, by name, live. */
export function useContactFormOptions(): { schemes: Option[]; networks: Option[] } | undefined {
  return useLiveQuery(async () => {
    const db = getDb();
    const [schemes, networks] = await Promise.all([db.schemes.toArray(), db.networks.toArray()]);
    return {
      schemes: schemes.filter(usable).map((r) => ({ value: r.id, label: nameOf(r) })).sort(byLabel),
      networks: networks.filter(usable).map((r) => ({ value: r.id, label: nameOf(r) })).sort(byLabel),
    };
  }, []);
}

/** Advisors of the partnership (for owners of follow-ups and the advisor filter), live. */
export function useAdvisors(): { id: string; name: string; organisation: string }[] | undefined {
  return useLiveQuery(async () => {
    const rows = await getDb().advisors.toArray();
    return rows
      .filter((r) => !r._deleted && r.active !== false)
      .map((r) => ({ id: r.id, name: nameOf(r), organisation: str(r.organisation, 'partner') }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  }, []);
}

/** Configurable window of the double-approach check, in days (device setting). */
export const WINDOW_SETTING = 'contacts.doubleApproachDays';
