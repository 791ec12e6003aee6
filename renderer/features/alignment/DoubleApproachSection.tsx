import type { ApproachedByBoth, OwnedByBoth } from '../../../shared/rules/doubleApproach';
import type { LogFacts } from '../../../shared/rules/doubleApproach';
import { formatInstantDate } from '../../../shared/dates/localDate';
import { AgreeButton } from './AgreeButton';
import { CompanyLink } from './CompanyLink';
import { channelLabel } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

function Contacts({ logs }: { logs: LogFacts[] }) {
  return (
    <ul className="plain-list tight">
      {logs.map((l) => (
        <li key={l.id}>
          {formatInstantDate(l.at)}: {l.advisorName}, {channelLabel(l.channel).toLowerCase()}
        </li>
      ))}
    </ul>
  );
}

/**
 * Section 2: companies both organisations approached within the window, and companies with an
 * owner at both: the meeting agrees who leads ("wie neemt het voortouw?").
 */
export function DoubleApproachSection({
  both,
  owned,
  advisorNames,
  onAgree,
}: {
  both: ApproachedByBoth[];
  owned: OwnedByBoth[];
  advisorNames: Map<string, string>;
  onAgree?: (companyId: string) => void;
}) {
  const c = ui.columns;
  const owner = (id: string | null) => (id ? (advisorNames.get(id) ?? id) : '—');
  return (
    <>
      <p className="section-question">{ui.sections.lead}</p>
      {both.length === 0 ? (
        <p className="section-empty">{ui.sections.bothEmpty}</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">Door beide organisaties benaderd</caption>
          <thead>
            <tr>
              <th scope="col">{c.company}</th>
              <th scope="col">{c.lwl}</th>
              <th scope="col">{c.baanbrekend}</th>
              <th scope="col">{c.owner}</th>
              {onAgree && <th scope="col" className="no-print"><span className="visually-hidden">{c.agreement}</span></th>}
            </tr>
          </thead>
          <tbody>
            {both.map((b) => (
              <tr key={b.companyId}>
                <th scope="row">
                  <CompanyLink id={b.companyId} name={b.name} />
                </th>
                <td><Contacts logs={b.lwl} /></td>
                <td><Contacts logs={b.baanbrekend} /></td>
                <td>
                  LWL: {owner(b.ownerLwl)}
                  <br />
                  Baanbrekend: {owner(b.ownerBaanbrekend)}
                </td>
                {onAgree && (
                  <td className="no-print">
                    <AgreeButton companyId={b.companyId} name={b.name} onAgree={onAgree} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3 className="subsection-title">{ot.ownedByBoth}</h3>
      {owned.length === 0 ? (
        <p className="section-empty">{ui.sections.ownedEmpty}</p>
      ) : (
        <table className="simple-table">
          <caption className="visually-hidden">{ot.ownedByBoth}</caption>
          <thead>
            <tr>
              <th scope="col">{c.company}</th>
              <th scope="col">{c.ownerLwl}</th>
              <th scope="col">{c.ownerBaanbrekend}</th>
              {onAgree && <th scope="col" className="no-print"><span className="visually-hidden">{c.agreement}</span></th>}
            </tr>
          </thead>
          <tbody>
            {owned.map((o) => (
              <tr key={o.companyId}>
                <th scope="row">
                  <CompanyLink id={o.companyId} name={o.name} />
                </th>
                <td>{owner(o.ownerLwl)}</td>
                <td>{owner(o.ownerBaanbrekend)}</td>
                {onAgree && (
                  <td className="no-print">
                    <AgreeButton companyId={o.companyId} name={o.name} onAgree={onAgree} />
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
