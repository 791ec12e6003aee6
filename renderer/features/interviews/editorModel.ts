import type { Guide, Item, ItemKind, Section } from '../../../shared/domain/guide';
import { isQuestion } from '../../../shared/domain/guide';
import { ed } from '../../../shared/i18n/nl/guideEditor';

/*
 * Pure edits of a guide concept for the editor. Each returns a new guide; nothing mutates, so
 * the editor can keep the previous state and the autosave compares whole values.
 */

export type Dir = -1 | 1;

function move<T>(list: readonly T[], index: number, dir: Dir): T[] {
  const to = index + dir;
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  [next[index], next[to]] = [next[to]!, next[index]!];
  return next;
}

const withSections = (guide: Guide, sections: Section[]): Guide => ({ ...guide, sections });
const mapSection = (guide: Guide, si: number, fn: (s: Section) => Section): Guide =>
  withSections(
    guide,
    guide.sections.map((s, i) => (i === si ? fn(s) : s)),
  );

/** A key not used yet in the guide: `base`, `base_2`, `base_3`, … */
export function freeKey(guide: Pick<Guide, 'sections'>, base: string): string {
  const used = new Set(guide.sections.flatMap((s) => [s.key, ...s.items.map((i) => i.key)]));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}_${n}`)) return `${base}_${n}`;
}

export const moveSection = (guide: Guide, si: number, dir: Dir) =>
  withSections(guide, move(guide.sections, si, dir));
export const removeSection = (guide: Guide, si: number) =>
  withSections(
    guide,
    guide.sections.filter((_, i) => i !== si),
  );
export const updateSection = (guide: Guide, si: number, patch: Partial<Omit<Section, 'items'>>) =>
  mapSection(guide, si, (s) => ({ ...s, ...patch }));

export function addSection(guide: Guide, title: string): Guide {
  return withSections(guide, [
    ...guide.sections,
    { key: freeKey(guide, 'sectie'), title, items: [] },
  ]);
}

export const moveItem = (guide: Guide, si: number, ii: number, dir: Dir) =>
  mapSection(guide, si, (s) => ({ ...s, items: move(s.items, ii, dir) }));
export const removeItem = (guide: Guide, si: number, ii: number) =>
  mapSection(guide, si, (s) => ({ ...s, items: s.items.filter((_, i) => i !== ii) }));
export const replaceItem = (guide: Guide, si: number, ii: number, item: Item) =>
  mapSection(guide, si, (s) => ({ ...s, items: s.items.map((it, i) => (i === ii ? item : it)) }));

/** A new item of a kind with the fields that kind needs. */
export function blankItem(kind: ItemKind, key: string, label: string): Item {
  switch (kind) {
    case 'instruction':
    case 'info':
      return { kind, key, text: label };
    case 'single':
    case 'multi':
      return { kind, key, label, choices: [{ value: 'optie_1', label: ed.firstChoice }] };
    case 'scale':
      return { kind, key, label, min: 1, max: 5 };
    default:
      return { kind, key, label };
  }
}

export function addItem(guide: Guide, si: number, kind: ItemKind, label: string): Guide {
  const item = blankItem(kind, freeKey(guide, 'vraag'), label);
  return mapSection(guide, si, (s) => ({ ...s, items: [...s.items, item] }));
}

/** Change the kind of an item, keeping what still applies (key, label, hint, condition, …). */
export function changeKind(item: Item, kind: ItemKind): Item {
  if (item.kind === kind) return item;
  const label = isQuestion(item) ? item.label : (item.label ?? item.text);
  const fresh = blankItem(kind, item.key, label);
  const keep = {
    relevant: item.relevant,
    indentUnder: item.indentUnder,
    ...(isQuestion(item) && isQuestion(fresh) ? { hint: item.hint, required: item.required } : {}),
    ...('choices' in item && 'choices' in fresh
      ? { choices: item.choices, choiceList: item.choiceList, other: item.other }
      : {}),
  };
  const merged = { ...fresh, ...keep } as Record<string, unknown>;
  for (const k of Object.keys(merged)) if (merged[k] === undefined) delete merged[k];
  return merged as Item;
}

/** The questions before position (si, ii): what a condition or an indent may refer to. */
export function earlierItems(guide: Pick<Guide, 'sections'>, si: number, ii: number): Item[] {
  const out: Item[] = [];
  guide.sections.forEach((s, i) => {
    if (i < si) out.push(...s.items);
    else if (i === si) out.push(...s.items.slice(0, ii));
  });
  return out;
}
