import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc';
import { dataFreshness } from './freshness';

describe('dataFreshness', () => {
  it('counts calendar days in Amsterdam', () => {
    const hlc = formatHlc({
      millis: Date.parse('2026-11-18T23:30:00+01:00'),
      counter: 0,
      deviceId: 'd',
    });
    const [f] = dataFreshness({
      peers: [{ deviceId: 'd', newestHlc: hlc, lastSeenAt: null }],
      now: '2026-11-19T00:10:00+01:00',
    });
    expect(f!.sentence).toBe('laatste gegevens van gisteren');
    const [old] = dataFreshness({
      peers: [{ deviceId: 'd', newestHlc: hlc, lastSeenAt: null }],
      now: '2026-11-28T10:00:00+01:00',
    });
    expect(old).toMatchObject({
      ageDays: 10,
      stale: true,
      sentence: 'laatste gegevens van 10 dagen geleden',
    });
  });
});
