import { describe, expect, it } from 'vitest';
import { COMPANY_STATUSES } from '../domain/company';
import { CHANNELS } from '../domain/contactLog';
import { statusAfterEvent } from './statusProgression';

describe('statusAfterEvent', () => {
  it('moves "nog niet benaderd" on after a visit, a finished interview or any other contact', () => {
    expect(
      statusAfterEvent('nog-niet-benaderd', {
        kind: 'contact',
        channel: 'bedrijfsbezoek',
        visibility: 'gedeeld',
      }),
    ).toBe('in-gesprek');
    expect(
      statusAfterEvent('nog-niet-benaderd', { kind: 'interview', visibility: 'gedeeld' }),
    ).toBe('in-gesprek');
    expect(
      statusAfterEvent('nog-niet-benaderd', {
        kind: 'contact',
        channel: 'telefoon',
        visibility: 'gedeeld',
      }),
    ).toBe('benaderd');
    expect(statusAfterEvent('benaderd', { kind: 'interview', visibility: 'gedeeld' })).toBe(
      'in-gesprek',
    );
    expect(
      statusAfterEvent('niet-bereikbaar', {
        kind: 'contact',
        channel: 'bedrijfsbezoek',
        visibility: 'gedeeld',
      }),
    ).toBe('in-gesprek');
  });

  it('never moves back and never overrides an advisor decision', () => {
    for (const channel of CHANNELS) {
      for (const current of ['in-gesprek', 'actief', 'geen-interesse'] as const) {
        expect(
          statusAfterEvent(current, { kind: 'contact', channel, visibility: 'gedeeld' }),
        ).toBeNull();
      }
    }
    expect(statusAfterEvent('actief', { kind: 'interview', visibility: 'gedeeld' })).toBeNull();
    expect(
      statusAfterEvent('benaderd', { kind: 'contact', channel: 'e-mail', visibility: 'gedeeld' }),
    ).toBeNull();
  });

  it('leaves the status alone after a private contact or interview, so nothing reveals it', () => {
    for (const current of COMPANY_STATUSES) {
      expect(statusAfterEvent(current, { kind: 'interview', visibility: 'prive' })).toBeNull();
      expect(
        statusAfterEvent(current, {
          kind: 'contact',
          channel: 'bedrijfsbezoek',
          visibility: 'prive',
        }),
      ).toBeNull();
    }
  });
});
