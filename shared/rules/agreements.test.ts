import { describe, expect, it } from 'vitest';
import { followUpSchema } from '../domain/followUp';
import { meetingAgreementSchema } from '../domain/meeting';
import { agreementToFollowUp } from './agreements';

const now = '2026-11-19T09:00:00+01:00';

describe('agreementToFollowUp', () => {
  it('turns an agreement into a valid, shared follow-up with a stable id', () => {
    const agreement = meetingAgreementSchema.parse({
      id: 'a1',
      companyId: 'korf',
      text: 'Baanbrekend belt over de BBL-plaats  en stuurt de regeling',
      ownerAdvisorId: 'bb-1',
      ownerName: 'A. Adviseur',
      organisation: 'baanbrekend',
      due: '2026-11-27',
    });
    const draft = agreementToFollowUp(agreement, { id: 'm1', date: '2026-11-19' }, now);
    expect(draft).toMatchObject({
      id: 'afspraak-a1',
      title: 'Baanbrekend belt over de BBL-plaats en stuurt de regeling',
      origin: 'afstemmingsoverleg',
      originId: 'm1',
      status: 'open',
      visibility: 'gedeeld',
      due: '2026-11-27',
      notes: 'Afgesproken in het afstemmingsoverleg van 19 november 2026.',
      createdAt: '2026-11-19T09:00:00+01:00',
    });
    expect(followUpSchema.safeParse({ ...draft, _clock: {} }).success).toBe(true);
    expect(
      agreementToFollowUp(
        { ...agreement, followUpId: 'fu-9' },
        { id: 'm1', date: '2026-11-19' },
        now,
      ).id,
    ).toBe('fu-9');
  });
});
