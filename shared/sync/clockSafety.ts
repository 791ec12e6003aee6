import { sync as t } from '../i18n/nl/sync';
import { hlcMillis, isHlc } from './hlc';
import type { ChangeBatch } from './types';

/** Batches stamped further ahead than this are set aside: applying them would drag every HLC along. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60_000;

export type ClockCheck = { ok: true } | { ok: false; aheadMs: number; message: string };

/**
 * Refuse a batch whose clock lies too far in the future of the receiving wall clock. All
 * changes of a batch share the batch HLC, so checking the batch covers its changes.
 */
export function checkBatchClock(batch: ChangeBatch, nowMs: number, maxAheadMs = MAX_CLOCK_AHEAD_MS): ClockCheck {
  if (!isHlc(batch.hlc)) return { ok: false, aheadMs: Number.POSITIVE_INFINITY, message: t.clock.futureBatch(0) };
  const aheadMs = hlcMillis(batch.hlc) - nowMs;
  return aheadMs > maxAheadMs ? { ok: false, aheadMs, message: t.clock.futureBatch(aheadMs) } : { ok: true };
}

/**
 * One observation of the target's clock: we noted our own time just before and after an
 * operation, and the target reported its time (file mtime after a write, HTTP `Date`).
 */
export type SkewSample = { localBefore: number; localAfter: number; remote: number };

export type SkewEstimate = {
  /** Positive: this device's clock is ahead of the target. */
  skewMs: number;
  /** Half the spread that the measurement cannot resolve (round trip, mtime resolution). */
  uncertaintyMs: number;
  samples: number;
};

/** Median over samples, so a single slow round trip or a coarse mtime does not dominate. */
export function estimateSkew(samples: readonly SkewSample[], remoteResolutionMs = 1000): SkewEstimate | null {
  const usable = samples.filter((s) => Number.isFinite(s.remote) && s.localAfter >= s.localBefore);
  if (usable.length === 0) return null;
  const offsets = usable.map((s) => (s.localBefore + s.localAfter) / 2 - s.remote).sort((a, b) => a - b);
  const mid = Math.floor(offsets.length / 2);
  const skewMs = offsets.length % 2 ? offsets[mid]! : (offsets[mid - 1]! + offsets[mid]!) / 2;
  const spans = usable.map((s) => s.localAfter - s.localBefore).sort((a, b) => a - b);
  const uncertaintyMs = spans[Math.floor(spans.length / 2)]! / 2 + remoteResolutionMs;
  return { skewMs: Math.round(skewMs), uncertaintyMs: Math.round(uncertaintyMs), samples: usable.length };
}

/** Dutch sentence for the sync screen; differences within the uncertainty count as equal. */
export function formatSkew(estimate: SkewEstimate | null, toleranceMs = 60_000): string {
  if (!estimate) return t.clock.skewUnknown;
  const margin = Math.max(toleranceMs, estimate.uncertaintyMs);
  if (Math.abs(estimate.skewMs) <= margin) return t.clock.skewFine;
  return estimate.skewMs > 0 ? t.clock.skewAhead(estimate.skewMs) : t.clock.skewBehind(estimate.skewMs);
}
