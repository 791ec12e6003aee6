import { z } from 'zod';
import { isoDate, isoDateTime, organisationSchema, syncedRowMeta } from './common';
import { validation as v } from '../i18n/nl/validation';

export const meetingParticipantSchema = z.object({
  advisorId: z.string().min(1),
  name: z.string().max(120),
  organisation: organisationSchema,
});
export type MeetingParticipant = z.infer<typeof meetingParticipantSchema>;

/**
 * An agreement made in the afstemmingsoverleg about one company. It becomes a follow-up
 * (`followUpId`) so that it shows in the owner's "Mijn acties"; the agreement itself stays on
 * the meeting as the minutes.
 */
export const meetingAgreementSchema = z.object({
  id: z.string().min(1),
  companyId: z.string().min(1, v.chooseCompany),
  text: z
    .string()
    .trim()
    .min(1, v.meeting.describe)
    .max(2000, v.keepUnder(v.meeting.agreement, '2.000')),
  ownerAdvisorId: z.string().min(1, v.meeting.owner),
  ownerName: z.string().max(120),
  organisation: organisationSchema,
  due: isoDate.nullable().default(null),
  followUpId: z.string().min(1).nullable().default(null),
});
export type MeetingAgreement = z.infer<typeof meetingAgreementSchema>;

export const meetingSchema = z
  .object({
    ...syncedRowMeta,
    date: isoDate,
    periodStart: isoDate,
    periodEnd: isoDate,
    participants: z.array(meetingParticipantSchema).default([]),
    notes: z.string().max(20_000, v.keepUnder(v.notes, '20.000')).default(''),
    agreements: z.array(meetingAgreementSchema).default([]),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .refine((m) => m.periodStart <= m.periodEnd, {
    message: v.meeting.periodEnd,
    path: ['periodEnd'],
  });
export type Meeting = z.infer<typeof meetingSchema>;
