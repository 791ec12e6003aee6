import type { FollowUp } from '../domain/followUp';
import type { Meeting, MeetingAgreement } from '../domain/meeting';
import { alignment } from '../i18n/nl/alignment';
import { formatLocalDate, TIME_ZONE, toZonedIso } from '../dates/localDate';
import type { Instant } from '../dates/localDate';

export type FollowUpDraft = Omit<FollowUp, '_clock' | '_deleted'>;

/**
 * The follow-up an agreement becomes. Its id derives from the agreement, so two devices that
 * both convert the same agreement write the same row instead of two actions.
 */
export function agreementToFollowUp(
  agreement: MeetingAgreement,
  meeting: Pick<Meeting, 'id' | 'date'>,
  now: Instant,
  timeZone = TIME_ZONE,
): FollowUpDraft {
  const stamp = toZonedIso(now, timeZone);
  const title = agreement.text.trim().replace(/\s+/g, ' ');
  return {
    id: agreement.followUpId ?? `afspraak-${agreement.id}`,
    companyId: agreement.companyId,
    title: title.length > 200 ? `${title.slice(0, 199)}…` : title,
    ownerAdvisorId: agreement.ownerAdvisorId,
    ownerName: agreement.ownerName,
    organisation: agreement.organisation,
    due: agreement.due,
    status: 'open',
    origin: 'afstemmingsoverleg',
    originId: meeting.id,
    notes: alignment.agreementNotes(formatLocalDate(meeting.date)),
    visibility: 'gedeeld',
    doneAt: null,
    demo: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

