import { z } from 'zod';
import { isoDate } from './common';
import { referenceRowFields } from './term';
import { SBI_SECTIONS, SECTOR_KEYS } from './sectors';
import { ACTIVITY_KEYS } from './company';
import { validation as v } from '../i18n/nl/validation';

/* The company vocabularies the regelingen criteria use are the company schema's own. */
export { SECTOR_KEYS, SBI_SECTIONS, type SectorKey, type SbiSection } from './sectors';
export { ACTIVITY_KEYS as LEARNING_FORMS } from './company';
export type LearningForm = (typeof ACTIVITY_KEYS)[number];

export const SCHEME_AUDIENCES = ['werkgever', 'werknemer', 'werkzoekende', 'zzp-er'] as const;
export type SchemeAudience = (typeof SCHEME_AUDIENCES)[number];

export const SCHEME_KINDS = [
  'subsidie',
  'fiscaal',
  'uitkering-loonkosten',
  'advies',
  'lening',
  'fonds',
  'afspraak',
] as const;
export type SchemeKind = (typeof SCHEME_KINDS)[number];

export const SCHEME_STATUSES = ['actief', 'beeindigd', 'onbekend'] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

/** Groups of people a scheme is meant for; they describe a (future) employee, not the company. */
export const TARGET_GROUPS = [
  'werkzoekende-uitkering',
  'oudere',
  'jongere',
  'arbeidsbeperking',
  'statushouder',
  'laaggeletterd',
] as const;
export type TargetGroup = (typeof TARGET_GROUPS)[number];

/**
 * Typed eligibility: every field is optional, and an absent field means "no restriction".
 * Only what the sources state is filled in; the plain `conditions` text carries the rest.
 */
export const schemeCriteriaSchema = z
  .object({
    kinds: z
      .array(z.enum(['mkb', 'zzp']))
      .min(1)
      .optional(),
    minEmployees: z.number().int().min(0).optional(),
    maxEmployees: z.number().int().min(0).optional(),
    sectors: z.array(z.enum(SECTOR_KEYS)).min(1).optional(),
    sbi: z.array(z.enum(SBI_SECTIONS)).min(1).optional(),
    region: z.enum(['drechtsteden', 'nederland']).optional(),
    erkendLeerbedrijfRequired: z.boolean().optional(),
    /**
     * SBB recognition is needed only for places in these forms (praktijkleren: mbo places, not
     * the Mkb-route or hbo-duaal). Without it, `erkendLeerbedrijfRequired` applies to every place.
     */
    erkendLeerbedrijfFor: z.array(z.enum(ACTIVITY_KEYS)).min(1).optional(),
    /**
     * Conditions the company record cannot settle ("de cao noemt een O&O-fonds"); each makes a
     * fitting scheme "past mogelijk" and is named as the fact to check.
     */
    checks: z.array(z.string().trim().min(1).max(300)).min(1).max(10).optional(),
    learningForms: z.array(z.enum(ACTIVITY_KEYS)).min(1).optional(),
    targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1).optional(),
    needs: z.array(z.string().trim().min(1).max(80)).min(1).optional(),
  })
  .refine(
    (c) =>
      c.minEmployees === undefined ||
      c.maxEmployees === undefined ||
      c.minEmployees <= c.maxEmployees,
    {
      message: v.scheme.employees,
      path: ['minEmployees'],
    },
  );
export type SchemeCriteria = z.infer<typeof schemeCriteriaSchema>;

export const schemeSourceSchema = z.object({
  text: z.string().trim().min(1, v.nameSource).max(500),
  url: z
    .url({ protocol: /^https?$/, message: v.webAddress })
    .nullable(),
  /** The date the source itself shows (its "peil"); null when the page is undated. */
  date: isoDate.nullable().optional(),
});
export type SchemeSource = z.infer<typeof schemeSourceSchema>;

export const schemeSchema = z
  .object({
    ...referenceRowFields,
    name: z.string().trim().min(1, v.nameRequired).max(160),
    provider: z.string().trim().min(1, v.scheme.provider).max(160),
    audience: z.array(z.enum(SCHEME_AUDIENCES)).min(1, v.scheme.audience),
    kind: z.enum(SCHEME_KINDS),
    offers: z.string().trim().min(1).max(2000),
    /** Plain text; says honestly when the sources name no conditions. */
    conditions: z.string().trim().min(1).max(3000),
    criteria: schemeCriteriaSchema,
    /** Null when no amount is known; the UI then shows "zie aanbieder". */
    amount: z.string().trim().min(1).max(500).nullable(),
    validFrom: isoDate.nullable(),
    validUntil: isoDate.nullable(),
    status: z.enum(SCHEME_STATUSES),
    source: schemeSourceSchema,
    lastChecked: isoDate,
  })
  .refine((s) => !s.validFrom || !s.validUntil || s.validFrom <= s.validUntil, {
    message: v.endBeforeStart,
    path: ['validUntil'],
  });
export type Scheme = z.infer<typeof schemeSchema>;

/** The text shown where a scheme has no known amount. */
export const AMOUNT_UNKNOWN = v.scheme.amountUnknown;

/** Said wherever the sources give no conditions, so nobody mistakes silence for "geen voorwaarden". */
export const NO_CONDITIONS_KNOWN = v.scheme.noConditions;
