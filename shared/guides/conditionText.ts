import type { Condition, Guide, Item, Scalar } from '../domain/guide';
import { guidePrint as nl } from '../i18n/nl/guidePrint';
import { formatDecimal } from '../i18n/format';
import { choiceOptions } from './relevance';

type Text = (text: string) => string;

function findItem(guide: Pick<Guide, 'sections'>, key: string): Item | undefined {
  for (const section of guide.sections) {
    const item = section.items.find((i) => i.key === key);
    if (item) return item;
  }
  return undefined;
}

/**
 * A Dutch sentence for when a question applies, for the paper guide ("Alleen als: „Waar is uw
 * bedrijf gevestigd?” is beantwoord met „Buiten de regio”"), so an advisor with a pen knows
 * when to ask a follow-up that the screen would simply show or hide.
 */
export function describeCondition(
  guide: Pick<Guide, 'sections' | 'choiceLists'>,
  condition: Condition,
  text: Text = (s) => s,
): string {
  return nl.onlyIf(phrase(guide, condition, text));
}

function phrase(guide: Pick<Guide, 'sections' | 'choiceLists'>, c: Condition, text: Text): string {
  if ('all' in c) return c.all.map((x) => phrase(guide, x, text)).join(nl.and);
  if ('any' in c) return c.any.map((x) => phrase(guide, x, text)).join(nl.or);
  if ('not' in c) {
    const inner = c.not;
    if ('q' in inner && 'eq' in inner)
      return nl.notAnsweredWith(
        question(guide, inner.q, text),
        value(guide, inner.q, inner.eq, text),
      );
    if ('q' in inner && 'in' in inner)
      return nl.notAnsweredWith(
        question(guide, inner.q, text),
        values(guide, inner.q, inner.in, text),
      );
    if ('q' in inner && 'answered' in inner) return nl.notFilledIn(question(guide, inner.q, text));
    if ('q' in inner && 'includes' in inner)
      return nl.notTicked(
        question(guide, inner.q, text),
        value(guide, inner.q, inner.includes, text),
      );
    return nl.not(phrase(guide, inner, text));
  }
  const q = question(guide, c.q, text);
  if ('answered' in c) return nl.filledIn(q);
  if ('includes' in c) return nl.ticked(q, value(guide, c.q, c.includes, text));
  if ('in' in c) return nl.answeredWith(q, values(guide, c.q, c.in, text));
  return nl.answeredWith(q, value(guide, c.q, c.eq, text));
}

function question(guide: Pick<Guide, 'sections'>, key: string, text: Text): string {
  const item = findItem(guide, key);
  const label = item && 'label' in item && item.label ? text(item.label) : key;
  return nl.quoted(label);
}

function values(
  guide: Pick<Guide, 'sections' | 'choiceLists'>,
  key: string,
  list: Scalar[],
  text: Text,
): string {
  return list.map((v) => value(guide, key, v, text)).join(nl.or);
}

function value(
  guide: Pick<Guide, 'sections' | 'choiceLists'>,
  key: string,
  v: Scalar,
  text: Text,
): string {
  const item = findItem(guide, key);
  if (item?.kind === 'yesno') return v === 'ja' ? nl.yes : v === 'nee' ? nl.no : String(v);
  if (item && (item.kind === 'single' || item.kind === 'multi')) {
    const label = choiceOptions(guide, item).find((o) => o.value === v)?.label;
    return nl.quoted(label ? text(label) : String(v));
  }
  if (typeof v === 'boolean') return v ? nl.yes : nl.no;
  if (typeof v === 'number') return formatDecimal(v);
  return nl.quoted(String(v));
}
