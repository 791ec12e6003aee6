import { sync as t } from '../i18n/nl/sync';
import type { SkewSample } from './clockSafety';
import { decodeSegment, type DecodeResult } from './codec';
import { decryptSegment, type SyncKey } from './crypto';
import type { SyncLimits, SyncOptions, SyncProblem, SyncReport } from './ports';
import { concatBytes, fromUtf8, sha256Hex, utf8 } from './bytes';
import { isTransportError, transportError } from './transport';

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
  /** This round pushed an AVG erasure: snapshots written before it are removed (see `engineSnapshot.ts`). */
  erasurePushed?: boolean;
};

/**
 * A segment too large for the server's upload limit (nginx refuses 1 MB by default) is stored in
 * parts next to it (`<segment>.part001`, …), and the segment file itself holds only this index;
 * the parts are written first, the index last, so a reader sees the whole segment or none.
 */
const PARTS_KIND = 'veldwerk-parts';
const FIRST_PART_BYTES = 512 * 1024;
const MIN_PART_BYTES = 32 * 1024;
export const partPath = (path: string, n: number) => `${path}.part${String(n).padStart(3, '0')}`;
type PartsIndex = { kind: typeof PARTS_KIND; format: 1; parts: number; size: number; sha256: string };

function partsIndex(bytes: Uint8Array): PartsIndex | null {
  if (bytes.length > 1024 || bytes[0] !== 0x7b) return null;
  try {
    const json = JSON.parse(fromUtf8(bytes)) as Partial<PartsIndex>;
    return json.kind === PARTS_KIND && typeof json.parts === 'number' && typeof json.sha256 === 'string' ? (json as PartsIndex) : null;
  } catch {
    return null;
  }
}

/** The bytes of a segment file, put together from its parts when it has them. */
export async function readWhole(ctx: RoundContext, path: string): Promise<Uint8Array | DecodeResult> {
  const bytes = await ctx.options.transport.read(path);
  const index = partsIndex(bytes);
  if (!index) return bytes;
  const parts: Uint8Array[] = [];
  for (let n = 1; n <= index.parts; n++) parts.push(await ctx.options.transport.read(partPath(path, n)));
  const whole = concatBytes(...parts);
  if (whole.length !== index.size || (await sha256Hex(whole)) !== index.sha256) {
    return { ok: false, reason: 'truncated', message: t.segment.truncated };
  }
  return whole;
}

/**
 * Publish a segment's bytes under `path` (never overwriting): in one file, or, when the server
 * refuses that size, in parts of half the size until they fit. Throws `exists` like `writeNew`.
 */
export async function writeSegmentFile(ctx: RoundContext, path: string, bytes: Uint8Array): Promise<void> {
  const { transport } = ctx.options;
  try {
    await transport.writeNew(path, bytes);
    return;
  } catch (error) {
    if (!isTransportError(error, 'too-large')) throw error;
  }
  for (let size = Math.min(FIRST_PART_BYTES, Math.ceil(bytes.length / 2)); size >= MIN_PART_BYTES; size = Math.floor(size / 2)) {
    const count = Math.ceil(bytes.length / size);
    try {
      for (let n = 1; n <= count; n++) {
        const part = bytes.subarray((n - 1) * size, n * size);
        try {
          await transport.writeNew(partPath(path, n), part);
        } catch (error) {
          // A part left by an earlier attempt: only this device writes here, so replace it.
          if (!isTransportError(error, 'exists') || !transport.remove) throw error;
          await transport.remove(partPath(path, n));
          await transport.writeNew(partPath(path, n), part);
        }
      }
    } catch (error) {
      if (isTransportError(error, 'too-large')) continue;
      throw error;
    }
    const index: PartsIndex = { kind: PARTS_KIND, format: 1, parts: count, size: bytes.length, sha256: await sha256Hex(bytes) };
    await transport.writeNew(path, utf8(JSON.stringify(index)));
    return;
  }
  throw transportError.tooLarge(transport.describe(), `${bytes.length} bytes`);
}

/** Decrypt (when needed) and decode one segment file. */
export async function readSegment(
  ctx: RoundContext,
  path: string,
  deviceId: string,
  seq: number,
  encrypted: boolean,
): Promise<DecodeResult> {
  const bytes = await readWhole(ctx, path);
  if (!(bytes instanceof Uint8Array)) return bytes;
  if (encrypted !== (ctx.key !== null)) {
    return { ok: false, reason: 'not-segment', message: ctx.key ? t.crypto.notEncrypted : t.crypto.passphraseNeeded };
  }
  if (!ctx.key) return decodeSegment(bytes);
  const plain = await decryptSegment(ctx.key, bytes, deviceId, seq);
  if (!plain.ok) return { ok: false, reason: 'checksum', message: plain.message };
  return decodeSegment(plain.bytes);
}

