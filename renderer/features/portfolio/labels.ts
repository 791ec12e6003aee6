import { GEMEENTE_LABELS } from '../../../shared/domain/common';
import {
  ACTIVITY_LABELS,
  COMPANY_KIND_LABELS,
  COMPANY_SOURCE_LABELS,
  COMPANY_STATUS_LABELS,
  ERKEND_LABELS,
} from '../../../shared/domain/company';
import { SECTOR_LABELS } from '../../../shared/domain/sectors';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/**
 * Display labels for coded company fields, from the maps in shared/domain. Unknown codes (from
 * a partner on a newer version) still read sensibly through the fallback.
 */
export type LabelKind = 'gemeente' | 'sector' | 'sizeClass' | 'kind' | 'status' | 'activity' | 'source' | 'erkend';

/** Short size labels for table cells and filters; the long ones (shared) explain on the form. */
const SIZE_SHORT: Record<string, string> = {
  zzp: 'Zzp',
  '1-4': '1–4',
  '5-9': '5–9',
  '10-14': '10–14',
  '15-19': '15–19',
  '20-25': '20–25',
  '26-49': '26–49',
  '50-249': '50–249',
  '250+': '250+',
  onbekend: px.columns.grootteklasseOnbekend2,
};

const maps: Record<LabelKind, Record<string, string>> = {
  gemeente: GEMEENTE_LABELS,
  sector: SECTOR_LABELS,
  sizeClass: SIZE_SHORT,
  kind: { mkb: 'MKB', zzp: 'Zzp' },
  status: COMPANY_STATUS_LABELS,
  activity: ACTIVITY_LABELS,
  source: COMPANY_SOURCE_LABELS,
  erkend: { ja: 'ja', nee: 'nee', onbekend: 'onbekend' },
};

export const LONG_LABELS = { kind: COMPANY_KIND_LABELS, erkend: ERKEND_LABELS };

function humanize(code: string): string {
  const text = code.replace(/[-_]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function labelOf(kind: LabelKind, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return maps[kind][code] ?? humanize(code);
}

export function optionsOf(kind: LabelKind): { value: string; label: string }[] {
  return Object.entries(maps[kind]).map(([value, label]) => ({ value, label }));
}
