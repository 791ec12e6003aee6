import { sync as t } from '../i18n/nl/sync';
import { checkBatchClock } from './clockSafety';
import { StopSync, readSegment, type RoundContext } from './round';
import { DEVICES_PREFIX, classifyPath } from './target';
import { DELETED_FIELD, type ChangeBatch } from './types';
import { isTransportError } from './transport';

type SegmentRef = { path: string; seq: number; encrypted: boolean; mtimeMs: number };

/** Read peers' segments in seq order, one segment in memory at a time. */
export async function pullPeers(ctx: RoundContext): Promise<void> {
  const { transport, deviceId } = ctx.options;
  const byDevice = new Map<string, SegmentRef[]>();
  for (const entry of await transport.list(DEVICES_PREFIX)) {
    const kind = classifyPath(entry.path);
    if (kind.kind === 'ignored') {
      ctx.report.skippedFiles.push({ path: entry.path, reason: kind.reason, message: kind.message });
    } else if (kind.kind === 'segment' && kind.deviceId !== deviceId) {
      const list = byDevice.get(kind.deviceId) ?? [];
      list.push({ path: entry.path, seq: kind.seq, encrypted: kind.encrypted, mtimeMs: entry.mtimeMs });
      byDevice.set(kind.deviceId, list);
    }
  }
  const deletion = { tally: await ctx.options.local.deletionTally() };
  // What is left to read, per partner from the last segment that starts at or before the next
  // seq needed: the steps of the progress bar.
  const work: { peer: string; segments: SegmentRef[] }[] = [];
  for (const [peer, list] of [...byDevice].sort(([a], [b]) => a.localeCompare(b))) {
    const segments = list.sort((a, b) => a.seq - b.seq);
    const applied = await ctx.options.local.appliedSeq(peer);
    const start = Math.max(0, segments.findLastIndex((s) => s.seq <= applied + 1));
    work.push({ peer, segments: segments.slice(start) });
  }
  const progress: PullProgress = { step: 0, steps: work.reduce((n, w) => n + w.segments.length, 0) };
  for (const { peer, segments } of work) await pullPeer(ctx, peer, segments, deletion, progress);
}

type PullProgress = { step: number; steps: number };

async function pullPeer(
  ctx: RoundContext,
  peer: string,
  segments: SegmentRef[],
  deletion: { tally: DeletionTally },
  progress: PullProgress,
): Promise<void> {
  const { local, now } = ctx.options;
  let applied = await local.appliedSeq(peer);
  for (const segment of segments) {
    progress.step++;
    if (segment.seq > applied + 1) {
      await ctx.problem({ kind: 'gap', message: t.engine.gap(peer, applied + 1), deviceId: peer });
      return;
    }
    let decoded;
    try {
      decoded = await readSegment(ctx, segment.path, peer, segment.seq, segment.encrypted);
    } catch (error) {
      // Listed, then gone before we read it (a cloud client replacing it, its owner repairing
      // it): not a reason to stop the round for the other partners.
      if (!isTransportError(error, 'not-found')) throw error;
      await ctx.problem({ kind: 'segment-unreadable', message: t.segment.vanished(segment.path), path: segment.path, deviceId: peer });
      return;
    }
    if (!decoded.ok) {
      ctx.report.skippedFiles.push({ path: segment.path, reason: decoded.reason, message: decoded.message });
      await ctx.problem({ kind: 'segment-unreadable', message: decoded.message, path: segment.path, deviceId: peer });
      return;
    }
    const { header, batches } = decoded;
    const consistent = header.deviceId === peer && header.seq === segment.seq &&
      batches.every((b, i) => b.deviceId === peer && b.seq === segment.seq + i);
    if (!consistent) {
      const message = t.segment.mismatch(segment.path);
      ctx.report.skippedFiles.push({ path: segment.path, reason: 'mismatch', message });
      await ctx.problem({ kind: 'segment-mismatch', message, path: segment.path, deviceId: peer });
      return;
    }
    ctx.report.pulledSegments++;
    const fresh = batches.filter((b) => b.seq > applied);
    const cut = fresh.findIndex((b) => !checkBatchClock(b, now()).ok);
    const toApply = cut < 0 ? fresh : fresh.slice(0, cut);
    if (toApply.length > 0) {
      const count = await breakMassDeletion(ctx, peer, toApply, deletion);
      const result = await local.applySegment(peer, toApply);
      const before = JSON.stringify(deletion.tally);
      count(deletion.tally);
      if (JSON.stringify(deletion.tally) !== before) await local.setDeletionTally(deletion.tally);
      const lastBatch = toApply[toApply.length - 1]!;
      applied = lastBatch.seq;
      ctx.report.appliedBatches += toApply.length;
      ctx.report.conflicts += result.conflicts;
      await local.notePeer(peer, { newestHlc: lastBatch.hlc, lastSeenAt: segment.mtimeMs });
      ctx.options.onProgress?.({ phase: 'pull', done: ctx.report.appliedBatches, deviceId: peer, ...progress });
    }
    if (cut >= 0) {
      const check = checkBatchClock(fresh[cut]!, now());
      ctx.report.quarantinedBatches += fresh.length - cut;
      await ctx.problem({ kind: 'future-clock', message: check.ok ? '' : check.message, path: segment.path, deviceId: peer });
      return;
    }
  }
}

/** Rows each partner's deletions removed here since that partner's last confirmation, per table. */
export type DeletionTally = Record<string, Record<string, number>>;

/**
 * Ask before a partner's tombstones remove a large part of the local data. What counts is the
 * cumulative effect since the last confirmation, not one file: a partner deleting 30 of 40
 * companies in ten small actions is asked about, and so are four partners deleting a few each
 * (the effect of all partners together is checked too). A confirmation approves only what that
 * partner has deleted so far; another partner's deletions are asked about on their own.
 */
async function breakMassDeletion(
  ctx: RoundContext,
  peer: string,
  batches: ChangeBatch[],
  deletion: { tally: DeletionTally },
): Promise<(tally: DeletionTally) => void> {
  const byTable = new Map<string, Set<string>>();
  for (const batch of batches) {
    for (const change of batch.changes) {
      if (change.fields[DELETED_FIELD] !== true) continue;
      const ids = byTable.get(change.table) ?? new Set<string>();
      ids.add(change.rowId);
      byTable.set(change.table, ids);
    }
  }
  if (byTable.size === 0) return () => undefined;
  const { massDeletionShare, massDeletionMinRows, massDeletionTotal } = ctx.limits;
  const tally = deletion.tally;
  const mine = tally[peer] ?? {};
  const everyone = (table: string) => Object.values(tally).reduce((sum, t) => sum + (t[table] ?? 0), 0);
  const tables: { table: string; deleting: number; live: number }[] = [];
  const deleting: Record<string, number> = {};
  let large = false;
  let total = 0;
  for (const [table, ids] of byTable) {
    const counts = await ctx.options.local.liveRowCounts(table, [...ids]);
    deleting[table] = counts.live;
    const base = counts.total + everyone(table);
    const own = (mine[table] ?? 0) + counts.live;
    const all = everyone(table) + counts.live;
    tables.push({ table, deleting: own, live: base });
    total += own;
    const over = (n: number) => n >= massDeletionMinRows && n > massDeletionShare * base;
    if (counts.live > 0 && (over(own) || over(all))) large = true;
  }
  const add = (t: DeletionTally) => {
    const next = { ...(t[peer] ?? {}) };
    for (const [table, n] of Object.entries(deleting)) next[table] = (next[table] ?? 0) + n;
    t[peer] = next;
  };
  if (!large && total <= massDeletionTotal) return add;
  const examples = ctx.options.local.describeRows
    ? await ctx.options.local.describeRows([...byTable].flatMap(([table, ids]) => [...ids].map((rowId) => ({ table, rowId }))), 20)
    : [];
  const summary = { deviceId: peer, total, tables, examples, message: t.engine.massDeletionQuestion(total) };
  const approved = (await ctx.options.confirmMassDeletion?.(summary)) ?? false;
  if (!approved) {
    throw new StopSync('mass-deletion', { kind: 'mass-deletion', message: t.engine.massDeletionRefused, deviceId: peer });
  }
  // Approved: this partner starts counting again after this segment.
  return (t) => {
    delete t[peer];
  };
}
