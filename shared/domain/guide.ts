import { z } from 'zod';
import { isoDate, isoDateTime, syncedRowMeta } from './common';
import { sectorKeySchema } from './target';
import { validation as v } from '../i18n/nl/validation';

/*
 * An interview guide is data (ODK/Enketo style): sections with items, each question with a
 * stable key, declarative `relevant` conditions and typed constraint rules. One engine
 * (shared/guides) renders, validates, summarises and exports it for screen and for print.
 * A guide row is one VERSION; `guideKey` ties the versions of one guide together.
 */

/** The value stored for one answer. Ja/nee questions store 'ja' | 'nee'; multi stores values. */
export const answerValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
]);
export type AnswerValue = z.infer<typeof answerValueSchema>;

/** Values a condition compares with; kept scalar so conditions stay plain JSON. */
const scalarSchema = z.union([z.string(), z.number(), z.boolean()]);
export type Scalar = z.infer<typeof scalarSchema>;

/**
 * A declarative condition on earlier answers. No expressions and no eval: a condition is JSON
 * that the editor can build with pickers and that syncs like any other field.
 */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | { q: string; eq: Scalar }
  | { q: string; in: Scalar[] }
  | { q: string; answered: true }
  | { q: string; includes: string };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    z.strictObject({ q: z.string().min(1), eq: scalarSchema }),
    z.strictObject({ q: z.string().min(1), in: z.array(scalarSchema).min(1) }),
    z.strictObject({ q: z.string().min(1), answered: z.literal(true) }),
    z.strictObject({ q: z.string().min(1), includes: z.string().min(1) }),
  ]),
);

export const choiceSchema = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
});
export type Choice = z.infer<typeof choiceSchema>;

/** Typed rules instead of expressions; which ones apply depends on the question kind. */
export const constraintSchema = z.object({
  min: z.number().optional(),
  max: z.number().optional(),
  minLength: z.number().int().min(0).optional(),
  maxLength: z.number().int().min(1).optional(),
  /** A regular expression source (no flags), e.g. for a KvK number or postcode. */
  pattern: z.string().min(1).optional(),
  minSelected: z.number().int().min(0).optional(),
  maxSelected: z.number().int().min(1).optional(),
});
export type Constraint = z.infer<typeof constraintSchema>;

/**
 * Copy an answer into the company record (offered as a reviewed diff on afronden).
 * - no map: the answer itself (multi: the selected values);
 * - map: translate the answer; a value missing from the map yields no fact;
 * - ifIncludes (multi only): first turn the answer into 'ja'/'nee' for "is this value ticked".
 */
export const copyToSchema = z.object({
  field: z.string().min(1),
  map: z.record(z.string(), scalarSchema).optional(),
  ifIncludes: z.string().min(1).optional(),
});
export type CopyTo = z.infer<typeof copyToSchema>;

const questionBase = {
  key: z.string().min(1),
  label: z.string().min(1),
  /** Guidance for the interviewer: printed under the question, on screen on demand. */
  hint: z.string().optional(),
  required: z.boolean().optional(),
  relevant: conditionSchema.optional(),
  constraint: constraintSchema.optional(),
  constraintMessage: z.string().optional(),
  /** Print layout: indent under this earlier item. Derived from `relevant` when absent. */
  indentUnder: z.string().min(1).optional(),
  copyTo: z.union([copyToSchema, z.array(copyToSchema)]).optional(),
  /** Quote this answer in the generated summary of the contactmoment. */
  inSummary: z.boolean().optional(),
};

const choiceQuestion = {
  ...questionBase,
  choices: z.array(choiceSchema).optional(),
  choiceList: z.string().min(1).optional(),
  /** Adds "Anders, namelijk …"; its text goes to the interview's `otherTexts`. */
  other: z.boolean().optional(),
};

const blockBase = {
  key: z.string().min(1),
  /** Optional heading of the block. */
  label: z.string().optional(),
  text: z.string().min(1),
  relevant: conditionSchema.optional(),
  indentUnder: z.string().min(1).optional(),
};

export const itemSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), ...questionBase }),
  z.object({ kind: z.literal('longtext'), ...questionBase }),
  z.object({ kind: z.literal('yesno'), ...questionBase }),
  z.object({ kind: z.literal('single'), ...choiceQuestion }),
  z.object({ kind: z.literal('multi'), ...choiceQuestion }),
  z.object({
    kind: z.literal('number'),
    ...questionBase,
    min: z.number().optional(),
    max: z.number().optional(),
    integer: z.boolean().optional(),
    unit: z.string().optional(),
  }),
  z.object({ kind: z.literal('date'), ...questionBase }),
  z.object({
    kind: z.literal('scale'),
    ...questionBase,
    min: z.number().int(),
    max: z.number().int(),
    minLabel: z.string().optional(),
    maxLabel: z.string().optional(),
  }),
  /** A note for the interviewer; not read out, not a question. */
  z.object({ kind: z.literal('instruction'), ...blockBase }),
  /** A block to read out, e.g. about the LeerWerkLoket. */
  z.object({ kind: z.literal('info'), ...blockBase }),
]);
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;
export type ItemKind = Item['kind'];
export type Question = Exclude<Item, { kind: 'instruction' | 'info' }>;
export type ChoiceQuestion = Extract<Item, { kind: 'single' | 'multi' }>;

export const QUESTION_KINDS = [
  'text',
  'longtext',
  'yesno',
  'single',
  'multi',
  'number',
  'date',
  'scale',
] as const;

export const isQuestion = (item: Item): item is Question =>
  (QUESTION_KINDS as readonly string[]).includes(item.kind);

export const sectionSchema = z.object({
  key: z.string().min(1),
  title: z.string().min(1),
  intro: z.string().optional(),
  /** A whole section can depend on earlier answers too. */
  relevant: conditionSchema.optional(),
  items: z.array(itemSchema),
});
export type Section = z.infer<typeof sectionSchema>;
export type SectionInput = z.input<typeof sectionSchema>;

export const GUIDE_AUDIENCES = [
  'mkb-actief',
  'mkb-niet-bereikt',
  'zzp',
  'llo',
  'algemeen',
] as const;
export const guideAudienceSchema = z.enum(GUIDE_AUDIENCES);
export type GuideAudience = z.infer<typeof guideAudienceSchema>;

export const GUIDE_STATUSES = ['concept', 'gepubliceerd', 'ingetrokken'] as const;
export const guideStatusSchema = z.enum(GUIDE_STATUSES);
export type GuideStatus = z.infer<typeof guideStatusSchema>;

/** Placeholders in labels, resolved per sector or company kind (see shared/guides/wording.ts). */
export const WORDING_TOKENS = ['aanspreekvorm', 'aanspreekvormen', 'bedrijf', 'bedrijven'] as const;
export type WordingToken = (typeof WORDING_TOKENS)[number];

/** Per sector, a guide may override the built-in wording of any token. */
export const sectorWordingSchema = z.partialRecord(
  sectorKeySchema,
  z.record(z.string(), z.string()),
);
export type SectorWording = z.infer<typeof sectorWordingSchema>;

export const guideSchema = z.object({
  ...syncedRowMeta,
  guideKey: z.string().min(1),
  version: z.number().int().min(1),
  title: z.string().trim().min(1, v.guideTitle),
  description: z.string().default(''),
  audience: guideAudienceSchema,
  date: isoDate,
  status: guideStatusSchema,
  sections: z.array(sectionSchema),
  choiceLists: z.record(z.string(), z.array(choiceSchema)).default({}),
  sectorWording: sectorWordingSchema.optional(),
  /** The version this one was made from, so the editor can show what changed. */
  previousVersionId: z.string().min(1).nullable().default(null),
  createdAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
});
export type Guide = z.infer<typeof guideSchema>;
export type GuideInput = z.input<typeof guideSchema>;

/** Every question of a guide in order, with its section. */
export function guideQuestions(
  guide: Pick<Guide, 'sections'>,
): { section: Section; item: Question }[] {
  return guide.sections.flatMap((section) =>
    section.items.filter(isQuestion).map((item) => ({ section, item })),
  );
}

/** The choices of a single/multi question, from the inline list or the named choice list. */
export function choicesOf(guide: Pick<Guide, 'choiceLists'>, item: ChoiceQuestion): Choice[] {
  return item.choices ?? (item.choiceList ? (guide.choiceLists[item.choiceList] ?? []) : []);
}
