import { readWhole, writeSegmentFile, type RoundContext } from './round';
import {
  SNAPSHOTS_KEPT,
  SNAPSHOTS_PREFIX,
  coveredBy,
  decodeSnapshot,
  encodeSnapshot,
  newestFirst,
  parseSnapshotPath,
  snapshotPath,
} from './snapshot';
import { isTransportError, type TargetEntry } from './transport';
import { sync as t } from '../i18n/nl/sync';

/**
 * A device that has applied nothing from any partner yet joins from the newest snapshot it can
 * read: its rows are joined into the local ones and its frontier counts as applied, so the pull
 * that follows reads only the batches written after it. A snapshot that cannot be read (damaged,
 * partial, another passphrase, renamed) is reported and the next older one tried; without any,
 * the device replays the segments as before. A device that has applied batches before (one that
 * was offline for months too) always continues from its own position in the segments.
 */
export async function joinFromSnapshot(ctx: RoundContext): Promise<void> {
  const { local, transport, deviceId } = ctx.options;
  if (!local.importSnapshot || !local.appliedSeqs) return;
  const applied = await local.appliedSeqs();
  if (Object.entries(applied).some(([peer, seq]) => peer !== deviceId && seq > 0)) return;
  const listing = await transport.list(SNAPSHOTS_PREFIX);
  for (const ref of newestFirst(listing.map((e) => e.path))) {
    if (ref.deviceId === deviceId) continue;
    let bytes;
    try {
      bytes = await readWhole(ctx, ref.path);
    } catch (error) {
      // Removed by a newer snapshot's writer between listing and reading: try the next one.
      if (!isTransportError(error, 'not-found')) throw error;
      continue;
    }
    const decoded = bytes instanceof Uint8Array ? await decodeSnapshot(ref, bytes, ctx.key) : null;
    if (!decoded?.ok) {
      const message = decoded?.message ?? t.snapshot.damaged(ref.path);
      ctx.report.skippedFiles.push({ path: ref.path, reason: decoded?.reason ?? 'damaged', message });
      await ctx.problem({ kind: 'snapshot-unreadable', message, path: ref.path, deviceId: ref.deviceId });
      continue;
    }
    const total = decoded.state.rows.length;
    ctx.options.onProgress?.({ phase: 'snapshot', done: 0, step: 0, steps: total });
    const result = await local.importSnapshot(decoded.state, (done) =>
      ctx.options.onProgress?.({ phase: 'snapshot', done, step: done, steps: total }),
    );
    ctx.report.conflicts += result.conflicts;
    ctx.report.snapshotLoaded = ref.path;
    return;
  }
}

/**
 * After a clean round (nothing left to push, every partner read without a problem; not the round
 * in which this device joined from a snapshot), write a snapshot when the target holds `snapshotEveryBatches` or more batches beyond the newest
 * snapshot. The file is read back; the writer then removes all but the newest `SNAPSHOTS_KEPT`.
 * Two devices deciding at the same moment write two snapshots, which is harmless.
 */
export async function writeSnapshotIfDue(ctx: RoundContext): Promise<void> {
  const { local, transport, deviceId, now, schemaVersion } = ctx.options;
  if (!local.exportSnapshot || !local.appliedSeqs) return;
  const { report } = ctx;
  let listing = await transport.list(SNAPSHOTS_PREFIX);
  if (ctx.erasurePushed && transport.remove) {
    // An erasure went out: snapshots from before it still hold the person. A joiner would erase
    // them again from the tail, but the files themselves should not keep the data: remove them
    // all, and write a fresh one below (or let joiners replay until someone does).
    for (const ref of newestFirst(listing.map((e) => e.path))) await removeSnapshot(ctx, ref.path, listing);
    listing = await transport.list(SNAPSHOTS_PREFIX);
  }
  if (!report.ok || report.problems.length > 0 || report.quarantinedBatches > 0) return;
  // A laptop that just joined keeps its first round short; a later round may write one.
  if (report.snapshotLoaded) return;
  const every = ctx.erasurePushed ? 1 : ctx.limits.snapshotEveryBatches;
  const applied = await local.appliedSeqs();
  delete applied[deviceId];
  const mine = coveredBy(applied) + (await local.lastPushedSeq());
  const newest = newestFirst(listing.map((e) => e.path))[0]?.covered ?? 0;
  if (mine - newest < every) return;
  const state = await local.exportSnapshot();
  if (!state) return;
  const { bytes, covered } = await encodeSnapshot(state, { deviceId, createdAt: now(), schemaVersion }, ctx.key);
  if (covered - newest < every) return;
  const path = snapshotPath(deviceId, covered, ctx.key !== null);
  try {
    await writeSegmentFile(ctx, path, bytes);
  } catch (error) {
    if (isTransportError(error, 'exists')) return;
    throw error;
  }
  const back = await readWhole(ctx, path);
  const same = back instanceof Uint8Array && back.length === bytes.length && back.every((b, i) => b === bytes[i]);
  const after = await transport.list(SNAPSHOTS_PREFIX);
  if (!same) {
    await removeSnapshot(ctx, path, after);
    return;
  }
  report.snapshotWritten = path;
  if (!transport.remove) return;
  const keep = new Set(newestFirst(after.map((e) => e.path)).slice(0, SNAPSHOTS_KEPT).map((s) => s.path));
  keep.add(path);
  for (const entry of after) {
    const ref = parseSnapshotPath(entry.path);
    if (ref && !keep.has(ref.path)) await removeSnapshot(ctx, ref.path, after);
  }
}

/** Remove a snapshot and the parts it was stored in (see `writeSegmentFile`). */
async function removeSnapshot(ctx: RoundContext, path: string, listing: TargetEntry[]): Promise<void> {
  const { transport } = ctx.options;
  if (!transport.remove) return;
  // The index first: a reader then never finds a snapshot whose parts are gone.
  await transport.remove(path).catch((error: unknown) => {
    if (!isTransportError(error, 'not-found')) throw error;
  });
  for (const entry of listing) if (entry.path.startsWith(`${path}.part`)) await transport.remove(entry.path);
}
