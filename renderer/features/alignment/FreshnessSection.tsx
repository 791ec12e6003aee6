import type { Freshness } from '../../../shared/rules/freshness';
import { alignment } from '../../../shared/i18n/nl/alignment';
import { formatDateTime } from '../../../shared/i18n/format';
import { Badge } from '../../ui/Page';
import { orgShort } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/** Section 6: how recent the newest data of each partner device is, oldest first. */
export function FreshnessSection({ freshness }: { freshness: Freshness[] }) {
  if (freshness.length === 0) return <p className="section-empty">{ui.sections.freshnessEmpty}</p>;
  const c = ui.columns;
  return (
    <table className="simple-table">
      <caption className="visually-hidden">{ot.freshness}</caption>
      <thead>
        <tr>
          <th scope="col">{c.device}</th>
          <th scope="col">{c.organisation}</th>
          <th scope="col">{c.newest}</th>
          <th scope="col">{c.age}</th>
        </tr>
      </thead>
      <tbody>
        {freshness.map((f) => (
          <tr key={f.deviceId} className={f.stale ? 'is-stale' : undefined}>
            <th scope="row">{f.advisorName}</th>
            <td>{orgShort(f.organisation)}</td>
            <td>{f.newestAt ? formatDateTime(f.newestAt) : '—'}</td>
            <td>
              {f.sentence}
              {f.stale && (
                <>
                  {' '}
                  <Badge tone="warning" label={alignment.freshness.stale}>
                    {ui.sections.stale}
                  </Badge>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
