import { GEMEENTE_LABELS } from '../../../shared/domain/common';

/**
 * Display labels for coded company fields. The maps come from shared/domain/company.ts; this
 * module only adds fallbacks so an unknown code (from a newer partner) still reads sensibly.
 */
export type LabelKind = 'gemeente' | 'sector' | 'sizeClass' | 'kind' | 'status' | 'activity' | 'source' | 'erkend';

const maps: Partial<Record<LabelKind, Record<string, string>>> = {
  gemeente: GEMEENTE_LABELS,
};

export function registerLabels(kind: LabelKind, map: Record<string, string>): void {
  maps[kind] = { ...maps[kind], ...map };
}

function humanize(code: string): string {
  const text = code.replace(/[-_]+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function labelOf(kind: LabelKind, code: string | null | undefined): string {
  if (code === null || code === undefined || code === '') return '';
  return maps[kind]?.[code] ?? humanize(code);
}

export function optionsOf(kind: LabelKind): { value: string; label: string }[] {
  return Object.entries(maps[kind] ?? {}).map(([value, label]) => ({ value, label }));
}
