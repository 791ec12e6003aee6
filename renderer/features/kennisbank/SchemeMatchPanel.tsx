import { useMemo, useState } from 'react';
import { localToday } from '../../../shared/dates/localDate';
import { matchSchemes } from '../../../shared/rules/schemeMatching';
import { useCompany } from '../../db/queries/companies';
import { useSchemes } from '../../db/queries/reference';
import { Button } from '../../ui/Button';
import { SchemeMatchItem } from './SchemeMatchItem';
import { toMatchableCompany } from './matchableCompany';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import '../../styles/kennisbank.css';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const m = kx.match;

/**
 * Company panel "Regelingen die passen": fitting regelingen first, then those that may fit with
 * what is missing to decide; ended regelingen are never suggested. Recomputed only when the
 * company or the catalogue changes.
 */
export function SchemeMatchPanel({ companyId }: { companyId: string }) {
  const company = useCompany(companyId);
  const schemes = useSchemes();
  const [showAll, setShowAll] = useState(false);
  const today = localToday();
  const matches = useMemo(
    () => (company && schemes ? matchSchemes(toMatchableCompany(company), schemes, today) : null),
    [company, schemes, today],
  );
  if (!matches) return <p className="loading">{kx.loading}</p>;
  if (schemes && schemes.length === 0) return <p>{m.noSchemes}</p>;
  const suggested = matches.filter((x) => !x.ended && x.outcome !== 'past-niet');
  const rest = matches.filter((x) => !x.ended && x.outcome === 'past-niet');
  return (
    <div className="match-panel">
      <p className="field-description">{m.intro}</p>
      {suggested.length === 0 ? (
        <p>{m.none}</p>
      ) : (
        <ul className="match-list" aria-label={kf.scheme.matching}>
          {suggested.map((x) => (
            <SchemeMatchItem key={x.scheme.id} match={x} />
          ))}
        </ul>
      )}
      {rest.length > 0 && (
        <>
          <Button variant="quiet" aria-expanded={showAll} onPress={() => setShowAll((v) => !v)}>
            {showAll ? m.hideNot : m.showNot(rest.length)}
          </Button>
          {showAll && (
            <ul className="match-list match-list-not" aria-label={kf.scheme.notMatching}>
              {rest.map((x) => (
                <SchemeMatchItem key={x.scheme.id} match={x} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
