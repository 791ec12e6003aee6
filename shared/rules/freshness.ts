import type { Organisation } from '../domain/common';
import { alignment } from '../i18n/nl/alignment';
import { hlcMillis } from '../sync/hlc';
import { daysBetween, localDate, TIME_ZONE, toZonedIso } from '../dates/localDate';
import type { Instant } from '../dates/localDate';

/** Afstemmingsoverleg section 6: how fresh the data of each partner device is. */

export type PeerFacts = {
  deviceId: string;
  advisorName?: string;
  organisation?: Organisation;
  newestHlc: string | null;
  lastSeenAt: string | null;
};

export type Freshness = {
  deviceId: string;
  advisorName: string;
  organisation: Organisation | null;
  newestAt: string | null;
  ageDays: number | null;
  stale: boolean;
  sentence: string;
};

export const STALE_AFTER_DAYS = 7;

/**
 * Section 6: how old the newest change from each partner device is. The HLC of its newest
 * change is when that advisor last wrote something, which is what matters in the meeting;
 * lastSeenAt only says when we last looked at the shared folder. Oldest data first.
 */
export function dataFreshness(input: {
  peers: readonly PeerFacts[];
  now: Instant;
  timeZone?: string;
}): Freshness[] {
  const tz = input.timeZone ?? TIME_ZONE;
  const today = localDate(input.now, tz);
  const f = alignment.freshness;
  return input.peers
    .map((p): Freshness => {
      const newestAt = p.newestHlc ? toZonedIso(hlcMillis(p.newestHlc), tz) : null;
      const ageDays = newestAt ? Math.max(0, daysBetween(localDate(newestAt, tz), today)) : null;
      return {
        deviceId: p.deviceId,
        advisorName: p.advisorName ?? f.unknownDevice,
        organisation: p.organisation ?? null,
        newestAt,
        ageDays,
        stale: ageDays === null || ageDays > STALE_AFTER_DAYS,
        sentence:
          ageDays === null
            ? f.none
            : ageDays === 0
              ? f.today
              : ageDays === 1
                ? f.yesterday
                : f.daysAgo(ageDays),
      };
    })
    .sort(
      (a, b) =>
        (b.ageDays ?? Infinity) - (a.ageDays ?? Infinity) ||
        a.advisorName.localeCompare(b.advisorName, 'nl'),
    );
}

