import type {
  Condition,
  Guide,
  GuideInput,
  ItemInput,
  Scalar,
  SectionInput,
} from '../../domain/guide';
import { guideSchema } from '../../domain/guide';

/*
 * Small builders that keep the seeded guides readable as a list of questions. They produce
 * plain guide data; nothing here exists at runtime beyond the parsed rows.
 */

type Extra<K extends ItemInput['kind']> = Omit<
  Extract<ItemInput, { kind: K }>,
  'kind' | 'key' | 'label'
>;

export const text = (key: string, label: string, extra: Extra<'text'> = {}): ItemInput => ({
  kind: 'text',
  key,
  label,
  ...extra,
});
export const longtext = (key: string, label: string, extra: Extra<'longtext'> = {}): ItemInput => ({
  kind: 'longtext',
  key,
  label,
  ...extra,
});
export const yesno = (key: string, label: string, extra: Extra<'yesno'> = {}): ItemInput => ({
  kind: 'yesno',
  key,
  label,
  ...extra,
});
export const single = (key: string, label: string, extra: Extra<'single'>): ItemInput => ({
  kind: 'single',
  key,
  label,
  ...extra,
});
export const multi = (key: string, label: string, extra: Extra<'multi'>): ItemInput => ({
  kind: 'multi',
  key,
  label,
  ...extra,
});
export const num = (key: string, label: string, extra: Extra<'number'> = {}): ItemInput => ({
  kind: 'number',
  key,
  label,
  ...extra,
});
export const scale = (key: string, label: string, extra: Extra<'scale'>): ItemInput => ({
  kind: 'scale',
  key,
  label,
  ...extra,
});
export const instruction = (
  key: string,
  textValue: string,
  extra: { label?: string; relevant?: Condition } = {},
): ItemInput => ({
  kind: 'instruction',
  key,
  text: textValue,
  ...extra,
});
export const info = (key: string, label: string, textValue: string): ItemInput => ({
  kind: 'info',
  key,
  label,
  text: textValue,
});

export const whenYes = (q: string): Condition => ({ q, eq: 'ja' });
export const whenNo = (q: string): Condition => ({ q, eq: 'nee' });
export const whenIn = (q: string, values: Scalar[]): Condition => ({ q, in: values });
export const whenAnswered = (q: string): Condition => ({ q, answered: true });

export const section = (
  key: string,
  title: string,
  items: ItemInput[],
  extra: Partial<SectionInput> = {},
): SectionInput => ({
  key,
  title,
  items,
  ...extra,
});

/**
 * A seeded guide row. Its id is derived from key and version, so every device seeds the SAME
 * row and sync merges them instead of duplicating the guide. Parsed here, so a malformed seed
 * fails at import time and in the tests.
 */
export function seedGuide(
  def: Omit<GuideInput, 'id' | '_clock' | 'createdAt' | 'publishedAt' | 'status'>,
): Guide {
  const at = `${def.date}T09:00:00+01:00`;
  return guideSchema.parse({
    ...def,
    id: `seed-guide-${def.guideKey}-v${def.version}`,
    _clock: {},
    status: 'gepubliceerd',
    createdAt: at,
    publishedAt: at,
  } satisfies GuideInput);
}
