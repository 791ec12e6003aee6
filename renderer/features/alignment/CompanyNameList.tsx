import { useState } from 'react';
import { Button } from '../../ui/Button';
import { CompanyLink } from './CompanyLink';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';

type Item = { id: string; name: string; detail?: string };

/**
 * A list of company links that stays short on screen ("Toon alle") and on paper (the first
 * `limit`, then "… en nog N"): the full list is in the Excel export.
 */
export function CompanyNameList({
  items,
  empty,
  label,
  limit = 10,
  onAgree,
}: {
  items: Item[];
  empty: string;
  label: string;
  limit?: number;
  onAgree?: (companyId: string) => void;
}) {
  const [all, setAll] = useState(false);
  if (items.length === 0) return <p className="section-empty">{empty}</p>;
  const shown = all ? items : items.slice(0, limit);
  return (
    <>
      <ul className="name-list" aria-label={label}>
        {shown.map((c) => (
          <li key={c.id}>
            <CompanyLink id={c.id} name={c.name} />
            {c.detail && <span className="muted"> · {c.detail}</span>}
            {onAgree && (
              <Button variant="quiet" className="agree-inline no-print" aria-label={ui.overview.agreeAbout(c.name)} onPress={() => onAgree(c.id)}>
                + {ui.overview.agree}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {items.length > limit && (
        <p className="name-list-more">
          {!all && <span className="print-only">{ui.overview.more(items.length - limit)}</span>}
          <Button variant="quiet" className="no-print" onPress={() => setAll((v) => !v)}>
            {all ? ui.overview.showLess : ui.overview.showAll(items.length)}
          </Button>
        </p>
      )}
    </>
  );
}
