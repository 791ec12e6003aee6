import { sync as t } from '../i18n/nl/sync';
import type { SkewSample } from './clockSafety';
import { decodeSegment, type DecodeResult } from './codec';
import { decryptSegment, type SyncKey } from './crypto';
import type { SyncLimits, SyncOptions, SyncProblem, SyncReport } from './ports';

/** Thrown inside a round to stop it with a reason; never escapes `syncOnce`. */
export class StopSync extends Error {
  constructor(
    readonly reason: NonNullable<SyncReport['stoppedBy']>,
    readonly problem: SyncProblem,
  ) {
    super(problem.message);
  }
}

/** State shared by the phases of one sync round. */
export type RoundContext = {
  options: SyncOptions;
  limits: SyncLimits;
  key: SyncKey | null;
  report: SyncReport;
  skewSamples: SkewSample[];
  problem(p: SyncProblem): Promise<void>;
};

/** Decrypt (when needed) and decode one segment file. */
export async function readSegment(
  ctx: RoundContext,
  path: string,
  deviceId: string,
  seq: number,
  encrypted: boolean,
): Promise<DecodeResult> {
  const bytes = await ctx.options.transport.read(path);
  if (encrypted !== (ctx.key !== null)) {
    return { ok: false, reason: 'not-segment', message: ctx.key ? t.crypto.notEncrypted : t.crypto.passphraseNeeded };
  }
  if (!ctx.key) return decodeSegment(bytes);
  const plain = await decryptSegment(ctx.key, bytes, deviceId, seq);
  if (!plain.ok) return { ok: false, reason: 'checksum', message: plain.message };
  return decodeSegment(plain.bytes);
}

