import { Link } from 'react-router';
import type { Scheme } from '../../../shared/domain/scheme';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { shortDefinition } from '../../ui/termLinkerContext';
import { displayStatus } from './criteriaText';
import { schemeHref } from './paths';
import { SchemeStatusBadges } from './SchemeStatusBadges';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

/** One regeling in the catalogue: name, provider, kind, for whom, what it offers and its status. */
export function SchemeListItem({ scheme, today }: { scheme: Scheme; today: string }) {
  const ended = displayStatus(scheme, today) === 'beeindigd';
  return (
    <li className={`kb-item${ended ? ' kb-item-ended' : ''}`}>
      <div className="kb-item-head">
        <Link to={schemeHref(scheme.key)} className="kb-item-title">
          {scheme.name}
        </Link>
        <SchemeStatusBadges scheme={scheme} today={today} />
      </div>
      <p className="kb-item-sub">
        {scheme.provider} · {kennisbank.schemeKinds[scheme.kind]} · {kf.scheme.for}{' '}
        {scheme.audience.map((a) => kennisbank.audiences[a]).join(', ')}
      </p>
      <p className="kb-item-text">{shortDefinition(scheme.offers, 240)}</p>
    </li>
  );
}
