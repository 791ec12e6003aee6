import { z } from 'zod';
import { isoDateTime, syncedRowMeta } from './common';
import { validation as v } from '../i18n/nl/validation';

/**
 * Stable, human-readable key of a reference row (begrip, regeling, netwerk). Rows are linked by
 * key rather than by id so that a reference set exported on one laptop merges cleanly on another.
 */
export const referenceKeySchema = z
  .string()
  .min(2, v.term.keyMin)
  .max(80, v.term.keyMax)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, v.term.keyChars);

/** Fields every reference row shares besides the sync bookkeeping. */
export const referenceRowFields = {
  ...syncedRowMeta,
  key: referenceKeySchema,
  /** A retired row stays for history and links but is no longer offered or suggested. */
  retired: z.boolean(),
  updatedAt: isoDateTime,
};

export const TERM_CATEGORIES = [
  'leervormen',
  'mbo',
  'hoger-onderwijs',
  'llo',
  'organisatie',
  'regelingen',
  'aanpak',
] as const;
export const termCategorySchema = z.enum(TERM_CATEGORIES);
export type TermCategory = z.infer<typeof termCategorySchema>;

/** 000–004 are the seed reports; 'extern' marks general knowledge from outside them. */
export const SOURCE_REPORTS = ['000', '001', '002', '003', '004', 'extern'] as const;
export const termSourceSchema = z.object({
  report: z.enum(SOURCE_REPORTS),
  /** Where in the report, e.g. "bijlage 5" or "hoofdstuk 3". */
  part: z.string().trim().max(120),
});
export type TermSource = z.infer<typeof termSourceSchema>;

export const termSchema = z.object({
  ...referenceRowFields,
  term: z.string().trim().min(1, v.term.term).max(120),
  abbreviation: z.string().trim().min(1).max(20).nullable(),
  synonyms: z.array(z.string().trim().min(1).max(120)).max(20),
  /** Plain language, fit to read aloud to an employer. */
  definition: z.string().trim().min(10, v.term.definition).max(2000),
  category: termCategorySchema,
  related: z.array(referenceKeySchema).max(20),
  source: termSourceSchema,
});
export type Term = z.infer<typeof termSchema>;
