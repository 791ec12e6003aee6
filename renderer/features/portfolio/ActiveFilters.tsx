import { formatInt } from '../../../shared/i18n/format';
import { Button } from '../../ui/Button';
import { FACET_TITLES, facetValueLabel } from './facets';
import type { RowContext } from './tableModel';
import { FACET_IDS, type FacetFilters, type FacetId } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** "1.234 van 10.000 bedrijven · filters: Zwijndrecht ×" — always visible above the table. */
export function ActiveFilters({
  shown,
  total,
  search,
  facets,
  ctx,
  onRemove,
  onClearSearch,
  onClearAll,
}: {
  shown: number;
  total: number;
  search: string;
  facets: FacetFilters;
  ctx: RowContext;
  onRemove: (facet: FacetId, value: string) => void;
  onClearSearch: () => void;
  onClearAll: () => void;
}) {
  const chips = FACET_IDS.flatMap((facet) => (facets[facet] ?? []).map((value) => ({ facet, value })));
  const filtered = chips.length > 0 || search.trim() !== '';
  return (
    <div className="active-filters">
      <span className="row-count" role="status" aria-live="polite">
        {formatInt(shown)} {px.list.van} {formatInt(total)} {total === 1 ? px.list.bedrijf : px.list.bedrijven}
      </span>
      {filtered && <span aria-hidden="true"> · filters:</span>}
      {search.trim() !== '' && (
        <span className="chip">
          “{search.trim()}”
          <Button variant="quiet" className="chip-remove" aria-label={px.list.clearSearch(search.trim())} onPress={onClearSearch}>
            ×
          </Button>
        </span>
      )}
      {chips.map(({ facet, value }) => {
        const label = facetValueLabel(facet, value, ctx);
        return (
          <span key={`${facet}:${value}`} className="chip" title={FACET_TITLES[facet]}>
            {label}
            <Button
              variant="quiet"
              className="chip-remove"
              aria-label={px.list.removeFilter(FACET_TITLES[facet].toLowerCase(), label)}
              onPress={() => onRemove(facet, value)}
            >
              ×
            </Button>
          </span>
        );
      })}
      {filtered && (
        <Button variant="quiet" className="chip-clear" onPress={onClearAll}>
          {px.list.allesWissen}
        </Button>
      )}
    </div>
  );
}
