import type { BatchStamp, ChangeBatch, SeenVector } from './types';

/**
 * Causal stamps. A batch's `seen` says, per other device, up to which seq its writer had applied
 * that device's batches. Segments are read per device in seq order without gaps, so "applied up
 * to s" means "applied every batch 1..s". The vector is closed transitively: after applying a
 * batch, a device also counts what that batch's writer had seen, because its own later writes
 * follow those too (an advisor who saw B's resolution of A's value has, through it, seen A's).
 */

/** Whether a write stamped `stamp` was made after its writer had applied `deviceId`'s batch `seq`. */
export function hasSeen(stamp: BatchStamp | undefined, deviceId: string, seq: number | undefined): boolean {
  const known = stamp?.seen?.[deviceId];
  return known !== undefined && seq !== undefined && known >= seq;
}

/** Advance a device's vector past an applied batch (mutates `seen`). Own device excluded. */
export function mergeSeen(seen: SeenVector, ownDeviceId: string, batch: ChangeBatch): void {
  const entries: [string, number][] = [[batch.deviceId, batch.seq], ...Object.entries(batch.seen ?? {})];
  for (const [device, seq] of entries) {
    if (device !== ownDeviceId && seq > (seen[device] ?? 0)) seen[device] = seq;
  }
}
