import type { Lead } from '../../../shared/rules/leads';
import { AgreeButton } from './AgreeButton';
import { CompanyLink } from './CompanyLink';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/** Section 5: companies named in interviews that nobody has contacted yet. */
export function LeadsSection({
  leads,
  companyNames,
  onAgree,
}: {
  leads: Lead[];
  companyNames: Map<string, string>;
  onAgree?: (companyId: string) => void;
}) {
  if (leads.length === 0) return <p className="section-empty">{ui.sections.leadsEmpty}</p>;
  const c = ui.columns;
  return (
    <table className="simple-table">
      <caption className="visually-hidden">{ot.leads}</caption>
      <thead>
        <tr>
          <th scope="col">{c.lead}</th>
          <th scope="col">{ui.sections.namedAt}</th>
          <th scope="col">{c.status}</th>
        </tr>
      </thead>
      <tbody>
        {leads.map((l) => (
          <tr key={l.text}>
            <th scope="row">{l.text}</th>
            <td>
              {l.sourceCompanyIds.map((id, i) => (
                <span key={id}>
                  {i > 0 && ', '}
                  <CompanyLink id={id} name={companyNames.get(id) ?? ''} />
                </span>
              ))}
            </td>
            <td>
              {l.matchedCompanyId ? (
                <>
                  <CompanyLink id={l.matchedCompanyId} name={ui.sections.inPortfolio} />{' '}
                  <AgreeButton companyId={l.matchedCompanyId} name={l.text} onAgree={onAgree} />
                </>
              ) : (
                ui.sections.notInPortfolio
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
