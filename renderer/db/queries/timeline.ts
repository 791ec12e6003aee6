import { useLiveQuery } from 'dexie-react-hooks';
import { COMPANY_STATUS_LABELS } from '../../../shared/domain/company';
import type { Organisation } from '../../../shared/domain/common';
import { buildTimeline, type DeviceInfo, type InterviewFacts, type TimelineEntry } from '../../../shared/rules/timeline';
import { getDb, type StoredBatch, type StoredRow } from '../database';
import { toContactLog } from './contactLogs';
import { toFollowUp } from './followUps';
import { PROFILE_KEY } from './settings';

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

function toInterview(r: StoredRow): InterviewFacts | null {
  const companyId = str(r.companyId);
  const startedAt = str(r.startedAt);
  if (!companyId || !startedAt) return null;
  const organisation = str(r.organisation) as Organisation | undefined;
  const advisorName = str(r.advisorName);
  const visibility = str(r.visibility);
  return {
    id: r.id,
    companyId,
    guideKey: str(r.guideKey) ?? '',
    status: str(r.status) ?? '',
    startedAt,
    finishedAt: str(r.finishedAt) ?? null,
    ...(organisation ? { organisation } : {}),
    ...(advisorName ? { advisorName } : {}),
    ...(visibility ? { visibility } : {}),
    ...(r._deleted ? { _deleted: true } : {}),
  };
}

/**
 * Everything that happened at one company, newest first, live: contact logs, follow-ups,
 * interviews, meeting agreements and the portfolio changes recorded in the change log (our own
 * outbox and the partners' inbox). Bulk batches (imports of more than 200 rows) are indexed as
 * `*` and are not searched here: their story is "imported", which the portfolio shows itself.
 */
export function useCompanyTimeline(companyId: string | null): TimelineEntry[] | undefined {
  return useLiveQuery(async () => {
    if (!companyId) return [];
    const db = getDb();
    const key = `companies:${companyId}`;
    const [logs, followUps, interviews, meetings, own, theirs, advisors, peers, guides, profile] =
      await Promise.all([
        db.contactLogs.where('companyId').equals(companyId).toArray(),
        db.followUps.where('companyId').equals(companyId).toArray(),
        db.interviews.where('companyId').equals(companyId).toArray(),
        db.meetings.toArray(),
        db.outbox.where('rows').equals(key).toArray(),
        db.inbox.where('rows').equals(key).toArray(),
        db.advisors.toArray(),
        db.peers.toArray(),
        db.guides.toArray(),
        db.settings.get(PROFILE_KEY),
      ]);
    const advisorNames: Record<string, string> = {};
    for (const a of advisors) advisorNames[a.id] = str(a.name) ?? a.id;
    const devices: Record<string, DeviceInfo> = {};
    for (const p of peers) {
      devices[p.deviceId] = {
        ...(p.advisorName ? { advisorName: p.advisorName } : {}),
        ...(p.organisation ? { organisation: p.organisation as Organisation } : {}),
      };
    }
    const me = profile?.value as { deviceId?: string; name?: string; organisation?: Organisation } | undefined;
    if (me?.deviceId) {
      devices[me.deviceId] = {
        ...(me.name ? { advisorName: me.name } : {}),
        ...(me.organisation ? { organisation: me.organisation } : {}),
      };
    }
    const guideLabels: Record<string, string> = {};
    for (const g of guides) {
      const k = str(g.guideKey);
      const name = str(g.title);
      if (k && name) guideLabels[k] = name;
    }
    const batches: StoredBatch[] = [...own, ...theirs];
    return buildTimeline({
      companyId,
      logs: logs.flatMap((r) => toContactLog(r) ?? []),
      followUps: followUps.flatMap((r) => toFollowUp(r) ?? []),
      interviews: interviews.flatMap((r) => toInterview(r) ?? []),
      // A partner on an older version may have left the agreements out.
      meetings: meetings.filter((m) => Array.isArray(m.agreements)),
      batches,
      context: { advisorNames, devices, guideLabels, statusLabels: COMPANY_STATUS_LABELS },
    });
  }, [companyId]);
}
