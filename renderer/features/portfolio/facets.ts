import { labelOf } from './labels';
import { NONE, UNKNOWN, type RowContext } from './tableModel';
import type { FacetId } from './viewState';

export const FACET_TITLES: Record<FacetId, string> = {
  gemeente: 'Gemeente',
  sector: 'Sector',
  sizeClass: 'Grootteklasse',
  kind: 'Soort',
  status: 'Status',
  owner: 'Eigenaar',
  network: 'Netwerk',
  activity: 'Activiteit',
  contact: 'Contactpersoon',
};

/** How a facet value reads in a filter list and in the active-filter chips. */
export function facetValueLabel(facet: FacetId, value: string, ctx: RowContext): string {
  if (value === UNKNOWN) return facet === 'sizeClass' ? 'Grootteklasse onbekend' : 'Onbekend';
  switch (facet) {
    case 'owner':
      return value === NONE ? 'Zonder eigenaar' : (ctx.advisors.get(value) ?? 'Onbekende adviseur');
    case 'network':
      return value === NONE ? 'Geen netwerk' : (ctx.networks.get(value) ?? 'Onbekend netwerk');
    case 'activity':
      return value === NONE ? 'Geen activiteit' : labelOf('activity', value);
    case 'contact':
      return value === 'met' ? 'Met contactpersoon' : 'Zonder contactpersoon';
    case 'gemeente':
    case 'sector':
    case 'sizeClass':
    case 'kind':
    case 'status':
      return labelOf(facet, value);
  }
}
