import { z } from 'zod';
import { formatInt } from '../i18n/format';
import { isoDateTime, organisationSchema, syncedRowMeta, visibilitySchema } from './common';
import { domainLabels } from '../i18n/nl/domainLabels';
import { validation as v } from '../i18n/nl/validation';

/** How the contact came about; 'doorverwijzing' is a referral by a partner organisation. */
export const CHANNELS = [
  'bedrijfsbezoek',
  'telefoon',
  'e-mail',
  'netwerkbijeenkomst',
  'doorverwijzing',
  'workshop',
  'anders',
] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

export const CHANNEL_LABELS: Record<Channel, string> = domainLabels.channel;

/** What was discussed: the four forms of Leren en Werken plus the support themes of the report. */
export const TOPICS = [
  'bpv-bol',
  'bpv-bbl',
  'stage-hbo',
  'stage-wo',
  'kort-traject',
  'evc',
  'llo',
  'mkb-route',
  'regelingen',
  'werknemersvaardigheden',
  'vacatures',
  'erkenning-leerbedrijf',
  'anders',
] as const;
export const topicSchema = z.enum(TOPICS);
export type TopicKey = z.infer<typeof topicSchema>;

export const TOPIC_LABELS: Record<TopicKey, string> = domainLabels.topic;

export const SUMMARY_MAX = 5000;
export const OUTCOME_MAX = 2000;

/**
 * A contact moment. `statusAfter` holds the company's approach status set by this log; the
 * status values belong to the company schema, so here it is any non-empty key.
 */
export const contactLogSchema = z.object({
  ...syncedRowMeta,
  companyId: z.string().min(1),
  at: isoDateTime,
  advisorId: z.string().min(1),
  advisorName: z.string().max(120),
  organisation: organisationSchema,
  contactPersonIds: z.array(z.string().min(1)).default([]),
  channel: channelSchema,
  networkId: z.string().min(1).nullable().default(null),
  topics: z.array(topicSchema).default([]),
  schemeIds: z.array(z.string().min(1)).default([]),
  summary: z.string().max(SUMMARY_MAX).default(''),
  outcome: z.string().max(OUTCOME_MAX).default(''),
  visibility: visibilitySchema.default('gedeeld'),
  interviewId: z.string().min(1).nullable().default(null),
  statusAfter: z.string().min(1).optional(),
  demo: z.boolean().default(false),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type ContactLog = z.infer<typeof contactLogSchema>;

/** A day of slack for clock skew and for logging tomorrow's early visit the evening before. */
const FUTURE_SLACK_MS = 24 * 60 * 60 * 1000;

/**
 * The quick-entry form. Advisor and organisation come from the profile, so the form does not
 * ask for them. Built per call because "not in the future" needs the current time.
 */
export function contactLogInputSchema(now: () => Date = () => new Date()) {
  return z
    .object({
      companyId: z.string({ error: v.chooseCompany }).min(1, v.chooseCompany),
      at: z
        .string({ error: v.date })
        .min(1, v.date)
        .pipe(z.iso.datetime({ offset: true, error: v.dateTime }))
        .refine((at) => Date.parse(at) <= now().getTime() + FUTURE_SLACK_MS, {
          message: v.contactLog.future,
        }),
      contactPersonIds: z.array(z.string().min(1)).default([]),
      channel: channelSchema.default('bedrijfsbezoek'),
      networkId: z.string().min(1).nullable().default(null),
      topics: z.array(topicSchema).default([]),
      schemeIds: z.array(z.string().min(1)).default([]),
      summary: z
        .string()
        .max(SUMMARY_MAX, v.keepUnder(v.contactLog.summary, formatInt(SUMMARY_MAX)))
        .default(''),
      outcome: z
        .string()
        .max(OUTCOME_MAX, v.keepUnder(v.contactLog.outcome, formatInt(OUTCOME_MAX)))
        .default(''),
      visibility: visibilitySchema.default('gedeeld'),
      interviewId: z.string().min(1).nullable().default(null),
      statusAfter: z.string().min(1).optional(),
    })
    .refine((v) => v.topics.length > 0 || v.summary.trim().length > 0, {
      message: v.contactLog.topicOrSummary,
      path: ['topics'],
    });
}
export type ContactLogInput = z.infer<ReturnType<typeof contactLogInputSchema>>;
