import { Link } from 'react-router';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import type { ReasonOutcome } from '../../../shared/rules/schemeCriteria';
import type { SchemeMatch } from '../../../shared/rules/schemeMatching';
import { Badge } from '../../ui/Page';
import { schemeHref } from './paths';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { domain } from '../../../shared/i18n/nl/domain';

const TONE = { past: 'success', 'past-mogelijk': 'warning', 'past-niet': 'danger' } as const;
const MARK: Record<ReasonOutcome, string> = { past: '✓', onbekend: '?', 'past-niet': '✗', 'let-op': '!' };

/** One regeling with its outcome, a reason per criterion and what is missing to decide. */
export function SchemeMatchItem({ match }: { match: SchemeMatch }) {
  const { scheme } = match;
  return (
    <li className={`match-item match-${match.outcome}`}>
      <div className="match-head">
        <Badge tone={TONE[match.outcome]}>
          {match.doubtful && !match.ended ? domain.outcomeLabels.maybe : kennisbank.outcomes[match.outcome]}
        </Badge>
        {match.general && <Badge>{domain.outcomeLabels.forEveryone}</Badge>}
        <Link to={schemeHref(scheme.key)} className="link match-name">
          {scheme.name}
        </Link>
        {match.stale && <Badge tone="warning">{kx.schemes.stale}</Badge>}
      </div>
      <p className="match-sub">
        {scheme.provider} · {scheme.amount ?? kennisbank.amountUnknown}
      </p>
      {match.reasons.length === 0 && <p className="match-reasons">{kx.match.noCriteria}</p>}
      {match.reasons.length > 0 && (
        <ul className="match-reasons">
          {match.reasons.map((r, i) => (
            <li key={i} className={`reason reason-${r.outcome}`}>
              <span className="reason-mark" aria-hidden="true">
                {MARK[r.outcome]}
              </span>
              {r.text}
            </li>
          ))}
        </ul>
      )}
      {match.missing.length > 0 && <p className="match-missing">{kx.match.missing(match.missing.join(', '))}</p>}
    </li>
  );
}
