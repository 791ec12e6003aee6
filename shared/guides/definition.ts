import type { Condition, Guide, Item, Question } from '../domain/guide';
import { choicesOf, isQuestion } from '../domain/guide';
import { guides as nl } from '../i18n/nl/guides';
import { OTHER_VALUE } from './relevance';

export type DefinitionIssue = { sectionKey?: string; key?: string; message: string };

const KEY = /^[a-z][a-z0-9_]*$/;
const m = nl.definition;

function leaves(
  c: Condition,
): Exclude<Condition, { all: unknown } | { any: unknown } | { not: unknown }>[] {
  if ('all' in c) return c.all.flatMap(leaves);
  if ('any' in c) return c.any.flatMap(leaves);
  if ('not' in c) return leaves(c.not);
  return [c];
}

/** Possible stored values of a question, or null when any value can occur (text, number, …). */
function possibleValues(guide: Pick<Guide, 'choiceLists'>, q: Question): Set<string> | null {
  if (q.kind === 'yesno') return new Set(['ja', 'nee']);
  if (q.kind === 'single' || q.kind === 'multi') {
    const values = choicesOf(guide, q).map((c) => c.value);
    return new Set(q.other ? [...values, OTHER_VALUE] : values);
  }
  return null;
}

function checkCondition(
  guide: Pick<Guide, 'choiceLists'>,
  ownerKey: string,
  condition: Condition,
  seen: ReadonlyMap<string, Item>,
  allKeys: ReadonlySet<string>,
): string[] {
  const errors: string[] = [];
  for (const leaf of leaves(condition)) {
    const refItem = seen.get(leaf.q);
    if (!refItem) {
      errors.push(
        allKeys.has(leaf.q) ? m.laterRef(ownerKey, leaf.q) : m.unknownRef(ownerKey, leaf.q),
      );
      continue;
    }
    if (!isQuestion(refItem)) {
      errors.push(m.refNotQuestion(ownerKey, leaf.q));
      continue;
    }
    if ('includes' in leaf && refItem.kind !== 'multi')
      errors.push(m.includesNotMulti(ownerKey, leaf.q));
    const allowed = possibleValues(guide, refItem);
    const compared =
      'eq' in leaf ? [leaf.eq] : 'in' in leaf ? leaf.in : 'includes' in leaf ? [leaf.includes] : [];
    for (const v of compared) {
      if (allowed && !allowed.has(String(v)))
        errors.push(m.badCompare(ownerKey, leaf.q, String(v)));
    }
  }
  return errors;
}

function checkItem(guide: Pick<Guide, 'choiceLists'>, item: Item): string[] {
  const errors: string[] = [];
  if (item.kind === 'single' || item.kind === 'multi') {
    if (item.choiceList && !(item.choiceList in guide.choiceLists))
      errors.push(m.unknownChoiceList(item.key, item.choiceList));
    const values = choicesOf(guide, item).map((c) => c.value);
    if (values.length === 0 && !(item.choiceList && !(item.choiceList in guide.choiceLists)))
      errors.push(m.noChoices(item.key));
    const dup = values.find((v, i) => values.indexOf(v) !== i);
    if (dup !== undefined) errors.push(m.duplicateChoice(item.key, dup));
    if (item.other && values.includes(OTHER_VALUE)) errors.push(m.otherValueTaken(item.key));
  }
  if (
    (item.kind === 'number' || item.kind === 'scale') &&
    item.min !== undefined &&
    item.max !== undefined &&
    item.min > item.max
  ) {
    errors.push(m.badRange(item.key));
  }
  if (isQuestion(item) && item.constraint) {
    const c = item.constraint;
    if (c.min !== undefined && c.max !== undefined && c.min > c.max)
      errors.push(m.badRange(item.key));
    if (c.pattern !== undefined) {
      try {
        new RegExp(c.pattern);
      } catch {
        errors.push(m.badPattern(item.key));
      }
    }
  }
  return errors;
}

/**
 * Checks a guide before it is published, with Dutch messages for the editor: at least one
 * section, unique keys, existing choice lists, and conditions that only look BACK, so that
 * relevance can be evaluated in one pass from top to bottom and a printed guide reads in order.
 */
export function validateGuideDefinition(
  guide: Pick<Guide, 'title' | 'sections' | 'choiceLists'>,
): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  if (!guide.title.trim()) issues.push({ message: m.noTitle });
  if (guide.sections.length === 0) issues.push({ message: m.noSections });

  const allKeys = new Set(guide.sections.flatMap((s) => s.items.map((i) => i.key)));
  const seen = new Map<string, Item>();
  const sectionKeys = new Set<string>();
  for (const section of guide.sections) {
    const at = { sectionKey: section.key };
    if (sectionKeys.has(section.key))
      issues.push({ ...at, message: m.duplicateSectionKey(section.key) });
    sectionKeys.add(section.key);
    if (section.items.length === 0) issues.push({ ...at, message: m.emptySection(section.title) });
    if (section.relevant) {
      for (const message of checkCondition(guide, section.key, section.relevant, seen, allKeys))
        issues.push({ ...at, message });
    }
    for (const item of section.items) {
      const here = { ...at, key: item.key };
      if (!KEY.test(item.key)) issues.push({ ...here, message: m.badKey(item.key) });
      if (seen.has(item.key)) issues.push({ ...here, message: m.duplicateKey(item.key) });
      if (item.relevant) {
        for (const message of checkCondition(guide, item.key, item.relevant, seen, allKeys))
          issues.push({ ...here, message });
      }
      if (item.indentUnder !== undefined && !seen.has(item.indentUnder)) {
        issues.push({ ...here, message: m.unknownIndent(item.key, item.indentUnder) });
      }
      for (const message of checkItem(guide, item)) issues.push({ ...here, message });
      if (!seen.has(item.key)) seen.set(item.key, item);
    }
  }
  return issues;
}
