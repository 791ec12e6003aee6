import type { AlignmentOverview } from '../../../shared/rules/alignment';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { Badge } from '../../ui/Page';
import { CompanyLink } from './CompanyLink';
import { orgLong, orgShort } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/** Section 3: open follow-ups per organisation and advisor; overdue ones say so in words. */
export function FollowUpsSection({
  followUps,
  companyNames,
}: {
  followUps: AlignmentOverview['followUps'];
  companyNames: Map<string, string>;
}) {
  if (followUps.advisors.length === 0) return <p className="section-empty">{ui.sections.followUpsEmpty}</p>;
  const s = ui.sections;
  return (
    <>
      <ul className="org-totals">
        {followUps.organisations.map((o) => (
          <li key={o.organisation}>
            <strong>{orgLong(o.organisation)}</strong>: {s.open(o.open, o.overdue)}
          </li>
        ))}
      </ul>
      <div className="advisor-actions">
        {followUps.advisors.map((a) => {
          const overdue = new Set(a.overdue.map((f) => f.id));
          return (
            <div key={a.advisorId} className="advisor-block">
              <h3>
                {a.name || ot.unknownAdvisor} · {orgShort(a.organisation)}{' '}
                <span className="muted">— {s.open(a.open.length, a.overdue.length)}</span>
              </h3>
              <ul className="action-lines">
                {a.open.map((f) => (
                  <li key={f.id} className={overdue.has(f.id) ? 'is-overdue' : undefined}>
                    <span className="action-title">{f.title}</span>
                    {' — '}
                    <CompanyLink id={f.companyId} name={companyNames.get(f.companyId) ?? ''} />
                    {' · '}
                    <span className="nowrap">{f.due ? s.due(formatLocalDate(f.due)) : s.noDue}</span>
                    {overdue.has(f.id) && (
                      <>
                        {' '}
                        <Badge tone="danger">{s.overdue}</Badge>
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </>
  );
}
