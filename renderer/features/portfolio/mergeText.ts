import { GEMEENTE_LABELS } from '../../../shared/domain/common';
import { ACTIVITY_LABELS, ACTIVITY_STATE_LABELS, NEED_LABELS, REASON_NOT_LABELS } from '../../../shared/domain/company';
import { formatSizeBand, type SizeBand } from '../../../shared/rules/sizeClass';
import type { MergeableField } from '../../../shared/rules/mergeCompanies';
import { labelOf } from './labels';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const FIELD_LABELS: Record<MergeableField, string> = {
  kind: 'Soort', name: px.merge.handelsnaam, kvk: px.merge.kvkNummer, vestigingsnummer: 'Vestigingsnummer', street: px.merge.adres,
  postcode: 'Postcode', place: px.merge.plaats, gemeente: px.merge.gemeente, website: 'Website', employees: 'Werknemers',
  employeeBand: 'Werknemers (klasse)', sbi: 'SBI-sectie', sector: px.merge.sector, erkendLeerbedrijf: px.merge.erkendLeerbedrijf,
  erkendVoor: px.merge.erkendVoor, activities: 'Activiteiten', reasonsNot: px.merge.redenenOmNietMee,
  reasonsNotOther: px.merge.andereReden, needs: px.merge.behoeften, needsOther: px.merge.andereBehoefte, networkIds: px.merge.netwerken,
  status: 'Status', ownerLwl: px.merge.eigenaarLwl, ownerBaanbrekend: px.merge.eigenaarBaanbrekend, source: px.merge.bron, notes: px.merge.notities,
};

export const mergeFieldLabel = (f: MergeableField) => FIELD_LABELS[f];

/** A field value as text for the side-by-side merge view. */
export function mergeValueText(f: MergeableField, v: unknown): string {
  if (v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0)) return '—';
  switch (f) {
    case 'gemeente':
      return GEMEENTE_LABELS[v as keyof typeof GEMEENTE_LABELS] ?? String(v);
    case 'kind':
    case 'status':
    case 'sector':
    case 'source':
      return labelOf(f, String(v));
    case 'employeeBand':
      return formatSizeBand(v as SizeBand);
    case 'reasonsNot':
      return (v as string[]).map((r) => REASON_NOT_LABELS[r as keyof typeof REASON_NOT_LABELS] ?? r).join(', ');
    case 'needs':
      return (v as string[]).map((r) => NEED_LABELS[r as keyof typeof NEED_LABELS] ?? r).join(', ');
    case 'networkIds':
      return px.merge.networks((v as string[]).length);
    case 'activities':
      return Object.entries(v as Record<string, string>)
        .map(([k, s]) => `${ACTIVITY_LABELS[k as keyof typeof ACTIVITY_LABELS] ?? k}: ${ACTIVITY_STATE_LABELS[s as keyof typeof ACTIVITY_STATE_LABELS] ?? s}`)
        .join('; ') || '—';
    default:
      return String(v);
  }
}
