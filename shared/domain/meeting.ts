import { z } from 'zod';
import { isoDate, isoDateTime, organisationSchema, syncedRowMeta } from './common';

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
  companyId: z.string().min(1, 'Kies een bedrijf.'),
  text: z
    .string()
    .trim()
    .min(1, 'Beschrijf de afspraak.')
    .max(2000, 'Houd de afspraak onder de 2.000 tekens.'),
  ownerAdvisorId: z.string().min(1, 'Kies wie de afspraak oppakt.'),
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
    notes: z.string().max(20_000, 'Houd de notities onder de 20.000 tekens.').default(''),
    agreements: z.array(meetingAgreementSchema).default([]),
    createdAt: isoDateTime,
    updatedAt: isoDateTime,
  })
  .refine((m) => m.periodStart <= m.periodEnd, {
    message: 'Het einde van de periode ligt vóór het begin.',
    path: ['periodEnd'],
  });
export type Meeting = z.infer<typeof meetingSchema>;
