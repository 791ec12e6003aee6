import { z } from 'zod';
import {
  isoDate,
  isoDateTime,
  organisationSchema,
  syncedRowMeta,
  visibilitySchema,
} from './common';
import { domainLabels } from '../i18n/nl/domainLabels';
import { validation as v } from '../i18n/nl/validation';

export const FOLLOW_UP_STATUSES = ['open', 'gedaan', 'vervallen'] as const;
export const followUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);
export type FollowUpStatus = z.infer<typeof followUpStatusSchema>;

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = domainLabels.followUpStatus;

/** Where the action was agreed; `originId` points at that contact log, interview or meeting. */
export const FOLLOW_UP_ORIGINS = [
  'contactmoment',
  'gesprek',
  'afstemmingsoverleg',
  'handmatig',
] as const;
export const followUpOriginSchema = z.enum(FOLLOW_UP_ORIGINS);
export type FollowUpOrigin = z.infer<typeof followUpOriginSchema>;

export const FOLLOW_UP_ORIGIN_LABELS: Record<FollowUpOrigin, string> = domainLabels.followUpOrigin;

export const FOLLOW_UP_TITLE_MAX = 200;

export const followUpSchema = z.object({
  ...syncedRowMeta,
  companyId: z.string().min(1),
  title: z.string().trim().min(1).max(FOLLOW_UP_TITLE_MAX),
  ownerAdvisorId: z.string().min(1),
  ownerName: z.string().max(120),
  organisation: organisationSchema,
  due: isoDate.nullable().default(null),
  status: followUpStatusSchema.default('open'),
  origin: followUpOriginSchema.default('handmatig'),
  originId: z.string().min(1).nullable().default(null),
  notes: z.string().max(5000).default(''),
  visibility: visibilitySchema.default('gedeeld'),
  doneAt: isoDateTime.nullable().default(null),
  demo: z.boolean().default(false),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type FollowUp = z.infer<typeof followUpSchema>;

/** The follow-up form; owner defaults to the profile in the UI but may be a partner advisor. */
export const followUpInputSchema = z.object({
  companyId: z.string({ error: v.chooseCompany }).min(1, v.chooseCompany),
  title: z
    .string({ error: v.describeAction })
    .trim()
    .min(1, v.describeAction)
    .max(FOLLOW_UP_TITLE_MAX, `Gebruik hoogstens ${FOLLOW_UP_TITLE_MAX} tekens.`),
  ownerAdvisorId: z
    .string({ error: v.chooseActionOwner })
    .min(1, v.chooseActionOwner),
  due: isoDate.nullable().default(null),
  notes: z.string().max(5000, v.keepUnder(v.notes, '5.000')).default(''),
  visibility: visibilitySchema.default('gedeeld'),
  origin: followUpOriginSchema.default('handmatig'),
  originId: z.string().min(1).nullable().default(null),
});
export type FollowUpInput = z.infer<typeof followUpInputSchema>;
