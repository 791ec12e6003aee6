import type {
  AnswerValue,
  Choice,
  ChoiceQuestion,
  Guide,
  Item,
  Question,
  Section,
} from '../domain/guide';
import { choicesOf, isQuestion } from '../domain/guide';
import { formatLocalDate, isLocalDate } from '../dates/localDate';
import { formatDecimal } from '../i18n/format';
import { guides as nl } from '../i18n/nl/guides';
import type { Answers } from './conditions';
import { conditionRefs, evaluateCondition, isAnswered } from './conditions';

/** The stored value of the "Anders, namelijk" option. */
export const OTHER_VALUE = 'anders';

export type VisibleSection = { section: Section; items: Item[] };

/**
 * Whether an item is shown, given the relevance of the items before it. An item whose
 * condition reads a hidden question is hidden itself, so a "Zo ja" follow-up of a follow-up
 * disappears together with its parent even when an old answer is still in the draft.
 */
export function isRelevant(
  item: Pick<Item, 'relevant'>,
  answers: Answers,
  relevanceOf: (key: string) => boolean | undefined = () => undefined,
): boolean {
  if (!item.relevant) return true;
  if (conditionRefs(item.relevant).some((ref) => relevanceOf(ref) === false)) return false;
  return evaluateCondition(item.relevant, answers);
}

/** Relevance of every section key and item key, evaluated once in guide order. */
export function relevanceMap(
  guide: Pick<Guide, 'sections'>,
  answers: Answers,
): {
  sections: Map<string, boolean>;
  items: Map<string, boolean>;
} {
  const sections = new Map<string, boolean>();
  const items = new Map<string, boolean>();
  const lookup = (key: string) => items.get(key);
  for (const section of guide.sections) {
    const sectionShown = isRelevant(section, answers, lookup);
    sections.set(section.key, sectionShown);
    for (const item of section.items)
      items.set(item.key, sectionShown && isRelevant(item, answers, lookup));
  }
  return { sections, items };
}

/** The sections and items to show now; sections without anything to show are left out. */
export function visibleItems(guide: Pick<Guide, 'sections'>, answers: Answers): VisibleSection[] {
  const { items } = relevanceMap(guide, answers);
  return guide.sections
    .map((section) => ({
      section,
      items: section.items.filter((item) => items.get(item.key) === true),
    }))
    .filter((v) => v.items.length > 0);
}

/** The relevant questions in order, with their section. */
export function relevantQuestions(
  guide: Pick<Guide, 'sections'>,
  answers: Answers,
): { section: Section; item: Question }[] {
  return visibleItems(guide, answers).flatMap(({ section, items }) =>
    items.filter(isQuestion).map((item) => ({ section, item })),
  );
}

/**
 * The answers that count: those of relevant questions, answered. Hidden answers stay in the
 * draft (the advisor may switch back) but never reach validation, summary or export.
 */
export function relevantAnswers(
  guide: Pick<Guide, 'sections'>,
  answers: Answers,
): Record<string, AnswerValue> {
  const out: Record<string, AnswerValue> = {};
  for (const { item } of relevantQuestions(guide, answers)) {
    const value = answers[item.key];
    if (value !== undefined && isAnswered(value)) out[item.key] = value;
  }
  return out;
}

/** Choices of a single/multi question including the "Anders, namelijk" option when enabled. */
export function choiceOptions(guide: Pick<Guide, 'choiceLists'>, item: ChoiceQuestion): Choice[] {
  const base = choicesOf(guide, item);
  return item.other ? [...base, { value: OTHER_VALUE, label: nl.other }] : base;
}

/**
 * Print layout: the item this one is indented under and the branch label ("Zo ja →").
 * Uses `indentUnder` when set, else a simple condition on one earlier question.
 */
export function followUpOf(item: Item): { parentKey: string; label: string } | null {
  const c = item.relevant;
  const parentKey =
    item.indentUnder ?? (c && !('all' in c || 'any' in c || 'not' in c) ? c.q : undefined);
  if (!parentKey) return null;
  const eq = c && 'eq' in c && c.q === parentKey ? c.eq : undefined;
  const label = eq === 'ja' ? nl.branchYes : eq === 'nee' ? nl.branchNo : nl.branchOther;
  return { parentKey, label };
}

/** A readable Dutch rendering of one answer (labels, not stored values). */
export function formatAnswer(
  guide: Pick<Guide, 'choiceLists'>,
  item: Question,
  value: AnswerValue | undefined,
  otherText?: string,
): string {
  if (value === undefined || !isAnswered(value)) return '';
  const other = otherText?.trim() ? `${nl.otherShort}: ${otherText.trim()}` : nl.otherShort;
  const labelOf = (v: string) =>
    v === OTHER_VALUE && 'other' in item && item.other
      ? other
      : ((item.kind === 'single' || item.kind === 'multi' ? choicesOf(guide, item) : []).find(
          (c) => c.value === v,
        )?.label ?? v);
  switch (item.kind) {
    case 'yesno':
      return value === 'ja'
        ? nl.yes.toLowerCase()
        : value === 'nee'
          ? nl.no.toLowerCase()
          : String(value);
    case 'single':
      return labelOf(String(value));
    case 'multi':
      return (Array.isArray(value) ? value : [String(value)]).map(labelOf).join('; ');
    case 'number':
      return typeof value === 'number'
        ? `${formatDecimal(value)}${item.unit ? ` ${item.unit}` : ''}`
        : String(value);
    case 'date':
      return typeof value === 'string' && isLocalDate(value)
        ? formatLocalDate(value)
        : String(value);
    default:
      return Array.isArray(value) ? value.join('; ') : String(value);
  }
}
