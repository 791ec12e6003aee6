import { z } from 'zod';
import { gemeenteSchema, isoDate, ORGANISATIONS, syncedRowMeta } from './common';
import type { Gemeente, Organisation } from './common';
import { sectorKeySchema, type SectorKey } from './sectors';
import type { SizeClass } from '../rules/sizeClass';
import { domainLabels } from '../i18n/nl/domainLabels';
import { validation as v } from '../i18n/nl/validation';

/*
 * The company facts the contact, target and reach rules read: a narrow view of the company row
 * (shared/domain/company.ts), so the rules do not depend on the whole schema.
 */
export { SECTOR_KEYS, sectorKeySchema, type SectorKey } from './sectors';
export { SIZE_CLASSES, type SizeClass } from '../rules/sizeClass';

export type CompanyKind = 'mkb' | 'zzp';

export type CompanyFacts = {
  id: string;
  name: string;
  kind: CompanyKind;
  gemeente: Gemeente | null;
  sector: SectorKey | null;
  sizeClass: SizeClass | null;
  status: string;
  ownerLwl: string | null;
  ownerBaanbrekend: string | null;
  createdAt: string;
  importBatchId?: string | null;
  _deleted?: boolean;
};

/** The bands of the "klein MKB" of the report: at most 25 employees. */
export const SMALL_MKB_SIZE_CLASSES: readonly SizeClass[] = [
  '1-4',
  '5-9',
  '10-14',
  '15-19',
  '20-25',
];

export const hasKnownSize = (c: Pick<CompanyFacts, 'sizeClass'>): boolean =>
  c.sizeClass !== null && c.sizeClass !== 'onbekend';

export const isZzp = (c: Pick<CompanyFacts, 'kind' | 'sizeClass'>): boolean =>
  c.kind === 'zzp' || c.sizeClass === 'zzp';

/**
 * Small MKB for the targets: an mkb company of at most 25 employees, OR one whose size is not
 * yet registered. Decision: the portfolio is the small-MKB portfolio by construction and the
 * partners' source lists had no size field (report, rec. 6), so leaving unknown sizes out
 * would undercount the very contacts advisors make while size is still being filled in. The
 * blind-spot view counts companies without size separately to push registration.
 */
export const isSmallMkb = (c: Pick<CompanyFacts, 'kind' | 'sizeClass'>): boolean =>
  c.kind === 'mkb' &&
  (c.sizeClass === null ||
    c.sizeClass === 'onbekend' ||
    SMALL_MKB_SIZE_CLASSES.includes(c.sizeClass));

export const TARGET_METRICS = [
  'klein-mkb-bereikt',
  'zzp-geinformeerd',
  'gesprekken',
  'sector-bereikt',
  'gemeente-bereikt',
] as const;
export const targetMetricSchema = z.enum(TARGET_METRICS);
export type TargetMetric = z.infer<typeof targetMetricSchema>;

export const TARGET_METRIC_LABELS: Record<TargetMetric, string> = domainLabels.targetMetric;

/** A target of one organisation, or a joint one ('samen') of the partnership. */
export const targetOwnerSchema = z.enum([...ORGANISATIONS, 'samen']);
export type TargetOwner = Organisation | 'samen';

export const targetSchema = z
  .object({
    ...syncedRowMeta,
    organisation: targetOwnerSchema,
    advisorId: z.string().min(1).nullable().default(null),
    metric: targetMetricSchema,
    sector: sectorKeySchema.optional(),
    gemeente: gemeenteSchema.optional(),
    periodStart: isoDate,
    periodEnd: isoDate,
    target: z
      .number({ error: v.target.count })
      .int(v.target.whole)
      .min(1, v.target.atLeastOne),
    title: z
      .string()
      .trim()
      .min(1, v.target.name)
      .max(200, 'Gebruik hoogstens 200 tekens.'),
    notes: z.string().max(5000).default(''),
  })
  .refine((t) => t.periodStart <= t.periodEnd, {
    message: v.target.end,
    path: ['periodEnd'],
  })
  .refine((t) => t.metric !== 'sector-bereikt' || t.sector !== undefined, {
    message: v.target.sector,
    path: ['sector'],
  })
  .refine((t) => t.metric !== 'gemeente-bereikt' || t.gemeente !== undefined, {
    message: v.target.gemeente,
    path: ['gemeente'],
  });
export type Target = z.infer<typeof targetSchema>;
