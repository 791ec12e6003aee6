import { labelOf } from './labels';
import { NONE, UNKNOWN, type RowContext } from './tableModel';
import type { FacetId } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

export const FACET_TITLES: Record<FacetId, string> = {
  gemeente: px.columns.gemeente,
  sector: px.columns.sector,
  sizeClass: 'Grootteklasse',
  kind: 'Soort',
  status: 'Status',
  owner: px.columns.eigenaar,
  network: px.columns.netwerk,
  activity: 'Activiteit',
  contact: px.columns.contactpersoon,
};

/** How a facet value reads in a filter list and in the active-filter chips. */
export function facetValueLabel(facet: FacetId, value: string, ctx: RowContext): string {
  if (value === UNKNOWN) return facet === 'sizeClass' ? px.columns.grootteklasseOnbekend2 : px.columns.onbekend;
  switch (facet) {
    case 'owner':
      return value === NONE ? px.columns.zonderEigenaar : (ctx.advisors.get(value) ?? px.columns.onbekendeAdviseur2);
    case 'network':
      return value === NONE ? px.columns.geenNetwerk : (ctx.networks.get(value) ?? px.columns.onbekendNetwerk2);
    case 'activity':
      return value === NONE ? px.columns.geenActiviteit : labelOf('activity', value);
    case 'contact':
      return value === 'met' ? px.columns.metContactpersoon : px.columns.zonderContactpersoon;
    case 'gemeente':
    case 'sector':
    case 'sizeClass':
    case 'kind':
    case 'status':
      return labelOf(facet, value);
  }
}
