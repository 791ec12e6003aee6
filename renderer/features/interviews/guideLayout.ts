import type { Guide, Item } from '../../../shared/domain/guide';
import type { CompanyKind } from '../../../shared/domain/company';
import type { SectorKey } from '../../../shared/domain/target';
import { printBlocks } from '../../../shared/guides/engine';
import { resolveWording } from '../../../shared/guides/wording';

export type ItemLayout = { depth: number; branch: string | null };

/**
 * How far each item is indented (screen and print) and under which branch label ("Zo ja →"),
 * from the engine's print blocks, so screen and paper indent the same way.
 */
export function itemLayouts(guide: Pick<Guide, 'sections'>): Map<string, ItemLayout> {
  const out = new Map<string, ItemLayout>();
  for (const section of guide.sections) {
    for (const block of printBlocks(section)) {
      for (const { item, depth, branchLabel } of block)
        out.set(item.key, { depth: Math.min(depth, 3), branch: branchLabel });
    }
  }
  return out;
}

export type TextOf = (text: string) => string;

/**
 * The wording function for one interview: the sector decides ("praktijkhouder" in the
 * eerstelijnszorg), else the kind of company, else the guide's audience.
 */
export function textFor(
  guide: Pick<Guide, 'audience' | 'sectorWording'>,
  sector: string | null | undefined,
  kind?: CompanyKind | null,
): TextOf {
  const k: CompanyKind = kind ?? (guide.audience === 'zzp' ? 'zzp' : 'mkb');
  return (text) =>
    resolveWording(text, (sector ?? null) as SectorKey | null, k, guide.sectorWording);
}

/** Focus the first control of a question and bring it into view ("Controleer", errors). */
export function focusQuestion(key: string): boolean {
  const box = document.getElementById(`q-${key}`);
  if (!box) return false;
  box.scrollIntoView({ block: 'center' });
  const control = box.querySelector<HTMLElement>(
    'input:not([type=hidden]), textarea, select, button:not([data-hint-toggle])',
  );
  (control ?? box).focus({ preventScroll: true });
  return true;
}

export const isBlock = (item: Item): item is Extract<Item, { kind: 'instruction' | 'info' }> =>
  item.kind === 'instruction' || item.kind === 'info';

/**
 * The sector answered in the interview itself (the question that copies to the company's
 * sector), so the wording turns to "praktijkhouder" as soon as eerstelijnszorg is chosen.
 */
export function answeredSector(
  guide: Pick<Guide, 'sections'>,
  answers: Readonly<Record<string, unknown>>,
): string | null {
  for (const section of guide.sections) {
    for (const item of section.items) {
      if (!('copyTo' in item) || !item.copyTo) continue;
      const targets = Array.isArray(item.copyTo) ? item.copyTo : [item.copyTo];
      const value = answers[item.key];
      if (targets.some((t) => t.field === 'sector' && !t.map) && typeof value === 'string' && value)
        return value;
    }
  }
  return null;
}
