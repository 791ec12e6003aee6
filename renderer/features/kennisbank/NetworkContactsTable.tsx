import { Link } from 'react-router';
import { formatDate } from '../../../shared/i18n/format';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { useNames } from '../../db/queries/companies';
import { useCompanyNames } from '../../db/queries/reference';
import { Badge } from '../../ui/Page';
import { companyHref } from './paths';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const n = kx.networks;

/** Contact logs recorded via a network: date, company, summary. Private logs are marked. */
export function NetworkContactsTable({ logs }: { logs: ContactLogRow[] }) {
  const advisors = useNames('advisors');
  const names = useCompanyNames(logs.map((l) => l.companyId));
  return (
    <table className="simple-table">
      <thead>
        <tr>
          <th scope="col">{n.date}</th>
          <th scope="col">{n.company}</th>
          <th scope="col">{kf.network.advisor}</th>
          <th scope="col">{n.summary}</th>
        </tr>
      </thead>
      <tbody>
        {logs.map((l) => (
          <tr key={l.id}>
            <td>{formatDate(l.at)}</td>
            <td>
              <Link to={companyHref(l.companyId)} className="link">
                {names?.get(l.companyId) || n.unknownCompany}
              </Link>
            </td>
            <td>{l.advisorName || advisors?.get(l.advisorId) || '—'}</td>
            <td>
              {l.summary || '—'} {l.visibility === 'prive' && <Badge tone="private">{kf.network.private}</Badge>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
