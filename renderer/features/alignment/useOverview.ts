import { useMemo } from 'react';
import { buildAlignmentOverview, type AlignmentOverview } from '../../../shared/rules/alignment';
import type { Period } from '../../../shared/rules/weeks';
import { LEAD_ANSWER_KEYS, type AlignmentData } from '../../db/queries/alignment';

export type OverviewContext = {
  overview: AlignmentOverview;
  companyNames: Map<string, string>;
  advisorNames: Map<string, string>;
};

/** The six sections of the meeting for a period, recomputed when the shared data changes. */
export function useOverview(data: AlignmentData | undefined, period: Period): OverviewContext | undefined {
  return useMemo(() => {
    if (!data) return undefined;
    const overview = buildAlignmentOverview({
      period,
      companies: data.companies,
      logs: data.logs,
      followUps: data.followUps,
      interviews: data.interviews,
      leadAnswerKeys: LEAD_ANSWER_KEYS,
      peers: data.peers,
      now: new Date(),
    });
    return {
      overview,
      companyNames: new Map(data.companies.map((c) => [c.id, c.name])),
      advisorNames: new Map(data.advisors.map((a) => [a.id, a.name])),
    };
    // The period is compared by value: callers build a fresh object on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, period.from, period.to]);
}
