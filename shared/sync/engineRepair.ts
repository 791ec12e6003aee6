import { sync as t } from '../i18n/nl/sync';
import { encodeSegment } from './codec';
import { encryptSegment } from './crypto';
import { readSegment, writeSegmentFile, type RoundContext } from './round';
import { DEVICES_PREFIX, classifyPath } from './target';

/**
 * The owner of a segment is the only one who can repair it. Each round, after pushing, a device
 * lists its own folder and checks every segment whose size or modification time differs from
 * what it last verified (a flipped byte, a cloud client's botched copy, a restore of the share):
 * it reads it back and, when it no longer decodes to exactly its own batches, writes it again
 * from the outbox. Unchanged segments cost nothing beyond the listing.
 */
export async function repairOwnSegments(ctx: RoundContext): Promise<void> {
  const { transport, local, deviceId, now, schemaVersion } = ctx.options;
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
  if (own.length === 0) return;
  const known = await local.ownSegmentPrints(where);
  const pushed = await local.lastPushedSeq();
  const prints: Record<string, string> = {};
  let changed = false;
  for (const [i, segment] of own.entries()) {
    const print = `${segment.size}:${segment.mtimeMs}${partPrints.get(segment.path) ?? ''}`;
    if (known[segment.path] === print || segment.seq > pushed) {
      if (segment.seq <= pushed) prints[segment.path] = print;
      continue;
    }
    changed = true;
    const lastSeq = Math.min(pushed, (own[i + 1]?.seq ?? pushed + 1) - 1);
    const batches = await local.pendingBatches(segment.seq - 1, lastSeq - segment.seq + 1);
    const decoded = await readSegment(ctx, segment.path, deviceId, segment.seq, segment.encrypted).catch(() => null);
    const intact =
      decoded?.ok === true &&
      decoded.header.deviceId === deviceId &&
      decoded.header.seq === segment.seq &&
      decoded.batches.every((b, n) => b.id === batches[n]?.id);
    if (intact) {
      prints[segment.path] = print;
      continue;
    }
    if (batches.length === 0 || !transport.remove) continue;
    const plain = await encodeSegment(batches, { deviceId, schemaVersion, createdAt: now() });
    const bytes = ctx.key ? await encryptSegment(ctx.key, plain, deviceId, segment.seq) : plain;
    await transport.remove(segment.path);
    await writeSegmentFile(ctx, segment.path, bytes);
    await ctx.problem({ kind: 'republished', message: t.segment.repaired(segment.path), path: segment.path, deviceId });
  }
  if (!changed) return;
  // Prints of the repaired files come from a fresh listing, next round.
  await local.setOwnSegmentPrints(where, prints);
}
