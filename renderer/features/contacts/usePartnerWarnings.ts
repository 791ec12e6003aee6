import { useMemo } from 'react';
import { DEFAULT_WINDOW_DAYS, findPartnerActivity, type PartnerWarning } from '../../../shared/rules/doubleApproach';
import { useCompanyContactLogs, WINDOW_SETTING } from '../../db/queries/contactLogs';
import { useCompanyFollowUps } from '../../db/queries/followUps';
import { useProfile, useSetting } from '../../db/queries/settings';

/** What partners did at a company recently ("niet dubbel benaderen"), live. */
export function usePartnerWarnings(companyId: string | null): { warnings: PartnerWarning[]; windowDays: number } | undefined {
  const profile = useProfile();
  const logs = useCompanyContactLogs(companyId);
  const followUps = useCompanyFollowUps(companyId);
  const setting = useSetting<number>(WINDOW_SETTING);
  const windowDays = typeof setting === 'number' && setting > 0 ? setting : DEFAULT_WINDOW_DAYS;
  return useMemo(() => {
    if (!companyId || !profile || !logs || !followUps) return undefined;
    const warnings = findPartnerActivity({
      companyId,
      viewer: { advisorId: profile.advisorId, organisation: profile.organisation },
      logs,
      followUps,
      now: new Date(),
      windowDays,
    });
    return { warnings, windowDays };
  }, [companyId, profile, logs, followUps, windowDays]);
}
