import { sync as t } from '../i18n/nl/sync';
import { encodeSegment } from './codec';
import { encryptSegment } from './crypto';
import { readSegment, writeSegmentFile, type RoundContext } from './round';
import { DEVICES_PREFIX, classifyPath, segmentPath } from './target';
import { isTransportError } from './transport';
import type { ChangeBatch } from './types';

/**
 * The owner of a segment is the only one who can repair it. Each round, after pushing, a device
 * lists its own folder and checks every segment whose size or modification time differs from
 * what it last verified (a flipped byte, a cloud client's botched copy, a restore of the share):
 * it reads it back and, when it no longer decodes to exactly its own batches, writes it again
 * from the outbox. Unchanged segments cost nothing beyond the listing.
 */
export async function repairOwnSegments(ctx: RoundContext): Promise<void> {
  const { transport, local, deviceId } = ctx.options;
  const where = transport.describe();
  const listing = (await transport.list(`${DEVICES_PREFIX}${deviceId}/`)).map((entry) => ({ entry, kind: classifyPath(entry.path) }));
  // A segment stored in parts (see `writeSegmentFile`) changes when any of its parts does.
  const partPrints = new Map<string, string>();
  for (const { entry, kind } of listing) {
    if (kind.kind !== 'part') continue;
    const segment = entry.path.replace(/\.part\d{3}$/, '');
    partPrints.set(segment, `${partPrints.get(segment) ?? ''}|${entry.size}:${entry.mtimeMs}`);
  }
  const own = listing
    .flatMap(({ entry, kind }) =>
      kind.kind === 'segment' && kind.deviceId === deviceId ? [{ ...entry, seq: kind.seq, encrypted: kind.encrypted }] : [],
    )
    .sort((a, b) => a.seq - b.seq);
  const pushed = await local.lastPushedSeq();
  if (pushed === 0) return;
  const known = await local.ownSegmentPrints(where);
  const prints: Record<string, string> = {};
  let changed = false;
  /** Next seq the files seen so far do not cover; null once a segment's range is unknown. */
  let covered: number | null = 1;
  const gaps: [number, number][] = [];
  for (const [i, segment] of own.entries()) {
    if (segment.seq > pushed) break;
    if (covered !== null && segment.seq > covered) gaps.push([covered, segment.seq - 1]);
    const print = `${segment.size}:${segment.mtimeMs}${partPrints.get(segment.path) ?? ''}`;
    const [knownPrint, knownLast] = (known[segment.path] ?? '').split('#');
    if (knownPrint === print && knownLast !== undefined) {
      prints[segment.path] = known[segment.path]!;
      covered = Number(knownLast) + 1;
      continue;
    }
    changed = true;
    const lastSeq = Math.min(pushed, (own[i + 1]?.seq ?? pushed + 1) - 1);
    const batches = await local.pendingBatches(segment.seq - 1, lastSeq - segment.seq + 1);
    // Corrupt or truncated (a decode failure) or vanished since the listing counts as not intact
    // and is rewritten from the outbox. A read that failed for another reason (offline, refused)
    // says nothing about the file: the round stops instead of replacing a segment that may be whole.
    const decoded = await readSegment(ctx, segment.path, deviceId, segment.seq, segment.encrypted).catch((error: unknown) => {
      if (isTransportError(error, 'not-found')) return null;
      throw error;
    });
    const intact =
      decoded?.ok === true &&
      decoded.header.deviceId === deviceId &&
      decoded.header.seq === segment.seq &&
      decoded.batches.every((b, n) => b.id === batches[n]?.id);
    if (intact) {
      prints[segment.path] = `${print}#${decoded.header.lastSeq}`;
      covered = decoded.header.lastSeq + 1;
      continue;
    }
    covered = null;
    if (batches.length === 0 || !transport.remove) continue;
    await transport.remove(segment.path);
    await writeSegment(ctx, segment.seq, batches, segment.path);
  }
  if (covered !== null && covered <= pushed) gaps.push([covered, pushed]);
  // Files that went missing (removed from the share by hand or by a cloud client): write their
  // batches again under the name that closes the gap, so readers can continue.
  for (const [from, to] of gaps) {
    changed = true;
    for (let first = from; first <= to; first += ctx.limits.maxBatchesPerSegment) {
      const count = Math.min(ctx.limits.maxBatchesPerSegment, to - first + 1);
      const batches = await local.pendingBatches(first - 1, count);
      if (batches.length === 0) break;
      await writeSegment(ctx, first, batches, segmentPath(deviceId, first, ctx.key !== null), true);
    }
  }
  if (!changed) return;
  // Prints of the rewritten files come from a fresh listing, next round.
  await local.setOwnSegmentPrints(where, prints);
}

async function writeSegment(ctx: RoundContext, first: number, batches: ChangeBatch[], path: string, gap = false): Promise<void> {
  const { deviceId, now, schemaVersion } = ctx.options;
  const plain = await encodeSegment(batches, { deviceId, schemaVersion, createdAt: now() });
  const bytes = ctx.key ? await encryptSegment(ctx.key, plain, deviceId, first) : plain;
  try {
    await writeSegmentFile(ctx, path, bytes);
  } catch (error) {
    // A file with that name appeared meanwhile: it is checked next round like any other.
    if (!gap || !isTransportError(error, 'exists')) throw error;
    return;
  }
  await ctx.problem({ kind: 'republished', message: t.segment.repaired(path), path, deviceId });
}
