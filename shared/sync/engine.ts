import { sync as t } from '../i18n/nl/sync';
import { estimateSkew } from './clockSafety';
import { encodeSegment } from './codec';
import { createEncryption, encryptSegment, unlock, type SyncKey } from './crypto';
import { pullPeers } from './enginePull';
import { StopSync, readSegment, type RoundContext } from './round';
import { DEFAULT_LIMITS, type SyncOptions, type SyncReport } from './ports';
import { MANIFEST_PATH, TARGET_FORMAT, parseManifest, segmentPath, type Manifest } from './target';
import { fromUtf8, utf8 } from './bytes';
import { isTransportError } from './transport';
import { PRIVATE, VISIBILITY_FIELD } from './tables';
import type { ChangeBatch } from './types';

export type { LocalStorePort, SyncOptions, SyncReport, SyncProblem } from './ports';

/**
 * One sync round: check the target, push own batches, pull peers' segments. Push runs before
 * pull and a failed push stops the round, so a resumed round always continues where the last
 * one stopped. The round never throws: everything ends up in the report.
 */
export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  const report: SyncReport = {
    ok: true,
    pushedBatches: 0,
    pushedSegments: 0,
    pulledSegments: 0,
    appliedBatches: 0,
    conflicts: 0,
    quarantinedBatches: 0,
    skippedFiles: [],
    problems: [],
    skew: null,
  };
  const ctx: RoundContext = {
    options,
    limits: { ...DEFAULT_LIMITS, ...options.limits },
    key: null,
    report,
    skewSamples: [],
    async problem(p) {
      report.problems.push(p);
      await options.local.recordProblem(p);
    },
  };
  try {
    options.onProgress?.({ phase: 'manifest', done: 0 });
    ctx.key = await ensureManifest(ctx);
    await push(ctx);
    await pullPeers(ctx);
  } catch (error) {
    report.ok = false;
    if (error instanceof StopSync) {
      report.stoppedBy = error.reason;
      await ctx.problem(error.problem);
    } else if (isTransportError(error)) {
      report.stoppedBy = 'transport';
      await ctx.problem({ kind: 'transport', message: error.userMessage });
    } else {
      throw error;
    }
  } finally {
    report.skew = estimateSkew(ctx.skewSamples);
    options.onProgress?.({ phase: 'done', done: report.pushedBatches + report.appliedBatches });
  }
  return report;
}

async function ensureManifest(ctx: RoundContext): Promise<SyncKey | null> {
  const { transport, appVersion, now } = ctx.options;
  const wanted = ctx.options.crypto;
  let text: string;
  let createdKey: SyncKey | null = null;
  try {
    text = fromUtf8(await transport.read(MANIFEST_PATH));
  } catch (error) {
    if (!isTransportError(error, 'not-found')) throw error;
    const encryption = wanted ? await createEncryption(wanted.passphrase, wanted.iterations) : null;
    const manifest: Manifest = {
      format: TARGET_FORMAT,
      minAppVersion: appVersion,
      createdAt: now(),
      encryption: encryption?.settings ?? null,
    };
    try {
      await transport.writeNew(MANIFEST_PATH, utf8(`${JSON.stringify(manifest, null, 2)}\n`));
      createdKey = encryption?.key ?? null;
    } catch (writeError) {
      // Another device created the target at the same moment: use theirs.
      if (!isTransportError(writeError, 'exists')) throw writeError;
    }
    text = fromUtf8(await transport.read(MANIFEST_PATH));
  }
  const parsed = parseManifest(text, appVersion);
  if (!parsed.ok) throw new StopSync('manifest', { kind: 'manifest', message: parsed.message, path: MANIFEST_PATH });
  const encryption = parsed.manifest.encryption;
  if (!encryption) {
    if (wanted) throw new StopSync('passphrase', { kind: 'passphrase', message: t.crypto.unexpectedPassphrase });
    return null;
  }
  if (!wanted) throw new StopSync('passphrase', { kind: 'passphrase', message: t.crypto.passphraseNeeded });
  if (createdKey) return createdKey;
  const unlocked = await unlock(wanted.passphrase, encryption);
  if (!unlocked.ok) throw new StopSync('passphrase', { kind: 'passphrase', message: unlocked.message });
  return unlocked.key;
}

function isPrivateChange(batch: ChangeBatch): boolean {
  return batch.changes.some((c) => c.fields[VISIBILITY_FIELD] === PRIVATE);
}

/** Take batches for one segment: consecutive seqs, never split, within the size budget. */
function takeSegment(pending: ChangeBatch[], after: number, maxBytes: number): ChangeBatch[] {
  const out: ChangeBatch[] = [];
  let bytes = 0;
  for (const batch of pending) {
    if (batch.seq !== after + out.length + 1) {
      throw new StopSync('push', { kind: 'push-blocked', message: t.engine.seqBroken(after + out.length + 1, batch.seq) });
    }
    if (isPrivateChange(batch)) throw new StopSync('push', { kind: 'push-blocked', message: t.engine.privateBlocked });
    const size = JSON.stringify(batch).length;
    if (out.length > 0 && bytes + size > maxBytes) break;
    out.push(batch);
    bytes += size;
  }
  return out;
}

async function push(ctx: RoundContext): Promise<void> {
  const { local, deviceId, now, schemaVersion } = ctx.options;
  let last = await local.lastPushedSeq();
  for (;;) {
    const pending = await local.pendingBatches(last, ctx.limits.maxBatchesPerSegment);
    if (pending.length === 0) return;
    const batches = takeSegment(pending, last, ctx.limits.maxSegmentBytes);
    const first = batches[0]!.seq;
    const path = segmentPath(deviceId, first, ctx.key !== null);
    const plain = await encodeSegment(batches, { deviceId, schemaVersion, createdAt: now() });
    const bytes = ctx.key ? await encryptSegment(ctx.key, plain, deviceId, first) : plain;
    const pushedUpTo = await publish(ctx, path, bytes, batches);
    ctx.report.pushedBatches += pushedUpTo - last;
    ctx.report.pushedSegments++;
    await local.markPushed(pushedUpTo);
    last = pushedUpTo;
    ctx.options.onProgress?.({ phase: 'push', done: ctx.report.pushedBatches });
  }
}

/**
 * Write a segment and read it back. A file that already has our name was written by an earlier
 * round that died before `markPushed`: if it holds the same batches we just continue after it;
 * if it is damaged (only we write in our folder) we replace it.
 */
async function publish(ctx: RoundContext, path: string, bytes: Uint8Array, batches: ChangeBatch[]): Promise<number> {
  const { transport, deviceId, now } = ctx.options;
  const first = batches[0]!.seq;
  for (let attempt = 0; attempt < 2; attempt++) {
    const localBefore = now();
    try {
      await transport.writeNew(path, bytes);
      await sampleSkew(ctx, path, localBefore);
    } catch (error) {
      if (!isTransportError(error, 'exists')) throw error;
    }
    const existing = await readSegment(ctx, path, deviceId, first, ctx.key !== null);
    if (existing.ok) {
      const ours = new Map(batches.map((b) => [b.seq, b.id]));
      const same = existing.header.deviceId === deviceId && existing.header.seq === first &&
        existing.batches.every((b) => !ours.has(b.seq) || ours.get(b.seq) === b.id);
      if (!same) throw new StopSync('push', { kind: 'push-blocked', message: t.engine.foreignSegment(path), path });
      return existing.header.lastSeq;
    }
    if (!transport.remove) break;
    await transport.remove(path);
  }
  throw new StopSync('push', { kind: 'push-blocked', message: t.segment.truncated, path });
}

async function sampleSkew(ctx: RoundContext, path: string, localBefore: number): Promise<void> {
  if (ctx.skewSamples.length >= 3) return;
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  const entry = (await ctx.options.transport.list(dir)).find((e) => e.path === path);
  if (entry) ctx.skewSamples.push({ localBefore, localAfter: ctx.options.now(), remote: entry.mtimeMs });
}
