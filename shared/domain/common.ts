import { z } from 'zod';
import { domainLabels } from '../i18n/nl/domainLabels';
import { validation as v } from '../i18n/nl/validation';

/** The partner organisations of the small-MKB approach. */
export const ORGANISATIONS = ['lwl', 'baanbrekend', 'partner'] as const;
export const organisationSchema = z.enum(ORGANISATIONS);
export type Organisation = z.infer<typeof organisationSchema>;

/** The six gemeenten of the arbeidsmarktregio Drechtsteden; anything else is "buiten de regio". */
export const GEMEENTEN = [
  'alblasserdam',
  'dordrecht',
  'hendrik-ido-ambacht',
  'papendrecht',
  'sliedrecht',
  'zwijndrecht',
] as const;
export const gemeenteSchema = z.enum([...GEMEENTEN, 'buiten-regio']);
export type Gemeente = z.infer<typeof gemeenteSchema>;

export const GEMEENTE_LABELS: Record<Gemeente, string> = domainLabels.gemeente;

/** Shared rows replicate to partners; private rows never leave this device. */
export const visibilitySchema = z.enum(['gedeeld', 'prive']);
export type Visibility = z.infer<typeof visibilitySchema>;

export const isoDateTime = z.iso.datetime({ offset: true });
export const isoDate = z.iso.date();

/** Bookkeeping fields of every synchronised row (see shared/sync/types.ts). */
export const syncedRowMeta = {
  id: z.string().min(1),
  _clock: z.record(z.string(), z.string()),
  _deleted: z.boolean().optional(),
};

/** An advisor in the partnership (reference data, synchronised). */
export const advisorSchema = z.object({
  ...syncedRowMeta,
  name: z.string().trim().min(1, v.nameRequired).max(120),
  organisation: organisationSchema,
  organisationOther: z.string().max(120).default(''),
  active: z.boolean().default(true),
});
export type Advisor = z.infer<typeof advisorSchema>;

/** The person using this device (device-local settings). */
export const profileSchema = z.object({
  advisorId: z.string().min(1),
  name: z.string().trim().min(2, v.yourName).max(120, v.maxChars(120)),
  organisation: organisationSchema,
  organisationOther: z.string().trim().max(120).default(''),
  deviceId: z.string().min(8),
});
export type Profile = z.infer<typeof profileSchema>;
