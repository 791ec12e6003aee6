import { useMemo } from 'react';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { PopoverButton } from '../../ui/PopoverButton';
import { optionsOf, type LabelKind } from './labels';
import { FACET_TITLES, facetValueLabel } from './facets';
import { facetCounts, type PreparedRow, type RowContext } from './tableModel';
import { FACET_IDS, type FacetFilters as Filters, type FacetId } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

type Props = {
  prepared: PreparedRow[];
  search: string;
  facets: Filters;
  ctx: RowContext;
  onChange: (facet: FacetId, values: string[]) => void;
};

const CODED: Partial<Record<FacetId, LabelKind>> = {
  gemeente: 'gemeente',
  sector: 'sector',
  sizeClass: 'sizeClass',
  kind: 'kind',
  status: 'status',
  activity: 'activity',
};

/** The values of one facet with their counts; computed only while its popover is open. */
function FacetList({ facet, prepared, search, facets, ctx, onChange }: Props & { facet: FacetId }) {
  const options = useMemo(() => {
    const counts = facetCounts(prepared, search, facets, facet);
    const kind = CODED[facet];
    const values = new Set<string>([...(kind ? optionsOf(kind).map((o) => o.value) : []), ...counts.keys()]);
    for (const v of facets[facet] ?? []) values.add(v);
    return [...values].map((value) => ({
      value,
      label: facetValueLabel(facet, value, ctx),
      count: counts.get(value) ?? 0,
    }));
  }, [prepared, search, facets, facet, ctx]);
  return (
    <CheckboxGroupField
      label={FACET_TITLES[facet]}
      options={options}
      value={facets[facet] ?? []}
      onChange={(values) => onChange(facet, values)}
      columns={options.length > 12 ? 2 : 1}
    />
  );
}

/** One filter button per facet; the number of chosen values shows on the button. */
export function FacetFilters(props: Props) {
  return (
    <div className="facet-bar" role="group" aria-label={px.list.filters}>
      {FACET_IDS.map((facet) => {
        const chosen = props.facets[facet]?.length ?? 0;
        return (
          <PopoverButton
            key={facet}
            variant={chosen > 0 ? 'primary' : 'secondary'}
            dialogLabel={px.list.filterOn(FACET_TITLES[facet].toLowerCase())}
            aria-label={`${FACET_TITLES[facet]}${chosen > 0 ? px.list.chosen(chosen) : ''}`}
            label={
              <>
                {FACET_TITLES[facet]}
                {chosen > 0 ? ` (${chosen})` : ''} <span aria-hidden="true">▾</span>
              </>
            }
          >
            <FacetList {...props} facet={facet} />
          </PopoverButton>
        );
      })}
    </div>
  );
}
