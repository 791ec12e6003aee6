import { z } from 'zod';
import { isoDateTime, syncedRowMeta } from './common';
import { portfolio } from '../i18n/nl/portfolio';
import { domainLabels } from '../i18n/nl/domainLabels';

/**
 * A person at a company. Personal data under the AVG: keep only what the work needs, and the
 * demo set uses fictional names, "@voorbeeld.nl" addresses and 0000 numbers only.
 */

export const PREFERRED_CHANNELS = ['telefoon', 'e-mail', 'bezoek', 'onbekend'] as const;
export const preferredChannelSchema = z.enum(PREFERRED_CHANNELS);
export type PreferredChannel = z.infer<typeof preferredChannelSchema>;
export const PREFERRED_CHANNEL_LABELS: Record<PreferredChannel, string> = domainLabels.preferredChannel;

const m = portfolio.contactPerson;

const editableFields = {
  companyId: z.string().min(1, m.companyRequired),
  name: z.string().trim().min(1, m.nameRequired).max(120, m.nameTooLong),
  function: z.string().trim().max(120),
  phone: z.string().trim().max(40),
  email: z.union([z.literal(''), z.email(m.emailFormat).max(200)]),
  preferredChannel: preferredChannelSchema,
  notes: z.string().max(5000),
};

export const contactPersonSchema = z.object({
  ...syncedRowMeta,
  ...editableFields,
  demo: z.boolean(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ContactPerson = z.infer<typeof contactPersonSchema>;

/** The create/edit form: optional fields default to empty, phone digits are checked loosely. */
export const contactPersonInputSchema = z.object({
  ...editableFields,
  function: editableFields.function.default(''),
  phone: editableFields.phone
    .default('')
    .refine((p) => p === '' || /^[+(]?[\d\s\-().]{6,}$/.test(p), { message: m.phoneFormat }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .default('')
    .pipe(z.union([z.literal(''), z.email(m.emailFormat).max(200)])),
  preferredChannel: preferredChannelSchema.default('onbekend'),
  notes: editableFields.notes.default(''),
});
export type ContactPersonInput = z.output<typeof contactPersonInputSchema>;
export type ContactPersonFormValues = z.input<typeof contactPersonInputSchema>;

export function newContactPerson(
  input: ContactPersonInput,
  now: string,
  id: string,
  options: { demo?: boolean; clock?: Record<string, string> } = {},
): ContactPerson {
  return { ...input, id, _clock: options.clock ?? {}, demo: options.demo ?? false, createdAt: now, updatedAt: now };
}
