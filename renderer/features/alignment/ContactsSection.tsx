import type { CompanyContacts } from '../../../shared/rules/periodContacts';
import { localDate } from '../../../shared/dates/localDate';
import { formatDutchDate } from '../contacts/contactForm';
import { Badge } from '../../ui/Page';
import { AgreeButton } from './AgreeButton';
import { CompanyLink } from './CompanyLink';
import { channelLabel, orgShort, topicsLabel } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/** Section 1: shared contacts in the period, grouped by company; both organisations marked. */
export function ContactsSection({ groups, onAgree }: { groups: CompanyContacts[]; onAgree?: (companyId: string) => void }) {
  if (groups.length === 0) return <p className="section-empty">{ui.sections.contactsEmpty}</p>;
  const c = ui.columns;
  return (
    <ul className="company-groups">
      {groups.map((g) => (
        <li key={g.companyId} className="company-group">
          <div className="company-group-head">
            <h3>
              <CompanyLink id={g.companyId} name={g.name} />
            </h3>
            {g.organisations.map((o) => (
              <Badge key={o} tone={g.organisations.length > 1 ? 'warning' : 'neutral'}>
                {orgShort(o)}
              </Badge>
            ))}
            <AgreeButton companyId={g.companyId} name={g.name} onAgree={onAgree} />
          </div>
          <table className="simple-table compact-table">
            <caption className="visually-hidden">{ot.contactsAt(g.name)}</caption>
            <thead>
              <tr>
                <th scope="col">{c.date}</th>
                <th scope="col">{c.who}</th>
                <th scope="col">{c.channel}</th>
                <th scope="col">{c.topics}</th>
                <th scope="col">{c.outcome}</th>
              </tr>
            </thead>
            <tbody>
              {g.contacts.map((log) => (
                <tr key={log.id}>
                  <td className="nowrap">{formatDutchDate(localDate(log.at))}</td>
                  <td>
                    {log.advisorName} · {orgShort(log.organisation)}
                  </td>
                  <td>{channelLabel(log.channel)}</td>
                  <td>{topicsLabel(log.topics)}</td>
                  <td>{log.outcome}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </li>
      ))}
    </ul>
  );
}
