import { useMemo } from 'react';
import type { Guide } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import type { SectorKey } from '../../../shared/domain/target';
import { factsForCompany, quotedAnswers, type QuotedAnswer } from '../../../shared/guides/summary';
import { ACTIVITY_STATE_LABELS, type ActivityState } from '../../../shared/domain/company';
import { useAdvisors, useCompany, useNames, type CompanyRow } from '../../db/queries/companies';
import { useCompanyContactLogs, type ContactLogRow } from '../../db/queries/contactLogs';
import { useContactPersons, type ContactPersonRow } from '../../db/queries/contactPersons';
import { useCompanyFollowUps, type FollowUpRow } from '../../db/queries/followUps';
import { useGuides } from '../../db/queries/guides';
import { useCompanyInterviews } from '../../db/queries/interviews';
import { useSchemes } from '../../db/queries/reference';
import { schemeFit, type SchemeFit } from './schemeFit';

export type InterviewDigest = {
  interview: Interview;
  guideTitle: string;
  /** "Bpv (BBL): doet het al" and the like. */
  activities: string[];
  answers: QuotedAnswer[];
};

export type VisitCard = {
  company: CompanyRow;
  persons: ContactPersonRow[];
  /** Every contact by either organisation, newest first. */
  contacts: ContactLogRow[];
  /** Open follow-ups, the soonest due first; those without a date last. */
  followUps: FollowUpRow[];
  interviews: InterviewDigest[];
  schemes: SchemeFit[];
  advisorName: (id: string | null | undefined) => string | null;
  networkNames: string[];
};

function digest(interview: Interview, guide: Guide | undefined): InterviewDigest {
  if (!guide) return { interview, guideTitle: interview.guideKey, activities: [], answers: [] };
  const activities = factsForCompany(guide, interview.answers, interview.otherTexts)
    .filter((f) => f.field.startsWith('activities.'))
    .map(
      (f) =>
        `${f.label}: ${(ACTIVITY_STATE_LABELS[f.value as ActivityState] ?? f.display).toLowerCase()}`,
    );
  return {
    interview,
    guideTitle: guide.title,
    activities,
    answers: quotedAnswers(guide, interview, (interview.sector ?? null) as SectorKey | null),
  };
}

/** Everything the bezoekkaart shows for one company, live; undefined while loading, null when gone. */
export function useVisitCard(companyId: string): VisitCard | null | undefined {
  const company = useCompany(companyId);
  const persons = useContactPersons(companyId);
  const logs = useCompanyContactLogs(companyId);
  const followUps = useCompanyFollowUps(companyId);
  const interviews = useCompanyInterviews(companyId);
  const guides = useGuides();
  const schemes = useSchemes();
  const advisors = useAdvisors();
  const networks = useNames('networks');
  return useMemo(() => {
    if (company === null) return null;
    if (
      !company ||
      !persons ||
      !logs ||
      !followUps ||
      !interviews ||
      !guides ||
      !schemes ||
      !advisors ||
      !networks
    )
      return undefined;
    const guideById = new Map(guides.map((g) => [g.id, g]));
    const names = new Map(advisors.map((a) => [a.id, a.name]));
    return {
      company,
      persons,
      contacts: [...logs].sort((a, b) => Date.parse(b.at) - Date.parse(a.at)),
      followUps: followUps
        .filter((f) => f.status === 'open')
        .sort(
          (a, b) =>
            (a.due ?? '9999').localeCompare(b.due ?? '9999') ||
            a.title.localeCompare(b.title, 'nl'),
        ),
      interviews: interviews
        .filter((i) => i.status === 'afgerond')
        .map((i) => digest(i, guideById.get(i.guideId))),
      schemes: schemeFit(company, schemes),
      advisorName: (id) => (id ? (names.get(id) ?? null) : null),
      networkNames: (company.networkIds ?? []).map((id) => networks.get(id) ?? id),
    };
  }, [company, persons, logs, followUps, interviews, guides, schemes, advisors, networks]);
}
