import { Link } from 'react-router';
import { t } from '../../../shared/i18n';

/** A company name that opens its page in the portfolio (plain text on paper). */
export function CompanyLink({ id, name }: { id: string; name: string }) {
  return (
    <Link to={`/portefeuille/${encodeURIComponent(id)}`} className="link company-link">
      {name || t.noName}
    </Link>
  );
}
