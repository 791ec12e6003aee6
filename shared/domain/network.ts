import { z } from 'zod';
import { isoDate } from './common';
import { referenceRowFields } from './term';
import { SECTOR_KEYS } from './scheme';
import { validation as v } from '../i18n/nl/validation';

export const NETWORK_KINDS = [
  'ondernemersvereniging',
  'winkeliersvereniging',
  'werkgeversvereniging',
  'netwerkplatform',
  'communicatieplatform',
  'financieringsfonds',
  'businessclub',
  'community',
  'platform',
  'anders',
] as const;
export const networkKindSchema = z.enum(NETWORK_KINDS);
export type NetworkKind = z.infer<typeof networkKindSchema>;

/** Whether a network still exists, as far as beheer knows. */
export const NETWORK_STATUSES = ['actief', 'onbekend', 'opgeheven'] as const;
export const networkStatusSchema = z.enum(NETWORK_STATUSES);
export type NetworkStatus = z.infer<typeof networkStatusSchema>;

/** Where the facts about a network come from, and the date of that source. */
export const networkSourceSchema = z.object({
  text: z.string().trim().min(1).max(300),
  date: isoDate.nullable(),
});
export type NetworkSource = z.infer<typeof networkSourceSchema>;

/**
 * A company network or organisation through which small companies can be reached
 * (recommendation 2 of the 2017 report). Holds no personal details: no contact names,
 * phone numbers or e-mail addresses.
 */
export const networkSchema = z.object({
  ...referenceRowFields,
  name: z.string().trim().min(1, v.nameRequired).max(160),
  abbreviation: z.string().trim().min(1).max(40).nullable(),
  kind: networkKindSchema,
  place: z.string().trim().max(80),
  focus: z.string().trim().max(1000),
  notes: z.string().trim().max(1000),
  /** Unset when the sources do not say whether zzp-ers can join. */
  admitsZzp: z.boolean().optional(),
  sectors: z.array(z.enum(SECTOR_KEYS)).optional(),
  /** Website of the network itself (not of a person); unset when unknown. */
  website: z
    .url({ protocol: /^https?$/, message: v.webAddress })
    .max(300)
    .optional(),
  /** Unset reads as "onbekend". */
  status: networkStatusSchema.optional(),
  source: networkSourceSchema.optional(),
});
export type Network = z.infer<typeof networkSchema>;
