import { sync as t } from '../i18n/nl/sync';
import { estimateSkew } from './clockSafety';
import { encodeSegment } from './codec';
import { createEncryption, encryptSegment, unlock, type SyncKey } from './crypto';
import { pullPeers } from './enginePull';
import { repairOwnSegments } from './engineRepair';
import { joinFromSnapshot, writeSnapshotIfDue } from './engineSnapshot';
import { StopSync, readSegment, writeSegmentFile, type RoundContext } from './round';
import { DEFAULT_LIMITS, type SyncOptions, type SyncReport } from './ports';
import { DEVICES_PREFIX, MANIFEST_PATH, TARGET_FORMAT, classifyPath, parseManifest, segmentPath, type Manifest } from './target';
import { fromUtf8, utf8 } from './bytes';
import { isTransportError } from './transport';
import { PRIVATE, VISIBILITY_FIELD } from './tables';
import { ERASED_FIELD, type ChangeBatch } from './types';

export type { LocalStorePort, SyncOptions, SyncReport, SyncProblem } from './ports';

/**
 * One sync round: check the target, push own batches, pull peers' segments. Push runs before
 * pull and a failed push stops the round, so a resumed round always continues where the last
 * one stopped. The round never throws: everything ends up in the report.
 */
/** A report of a round that has done nothing yet. */
export function emptyReport(): SyncReport {
  return {
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
}

export async function syncOnce(options: SyncOptions): Promise<SyncReport> {
  const report = emptyReport();
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
    const manifest = await ensureManifest(ctx);
    ctx.key = manifest.key;
    const record = await adoptManifest(ctx, manifest.text);
    await push(ctx);
    if (record) await options.local.setKnownManifest(options.transport.describe(), manifest.text);
    await repairOwnSegments(ctx);
    await joinFromSnapshot(ctx);
    await pullPeers(ctx);
    await writeSnapshotIfDue(ctx);
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

/** What identifies the key segments are written under: the salt (or "no encryption"). */
function keyIdentity(text: string | null): string | null {
  if (text === null) return null;
  try {
    const json = JSON.parse(text) as { encryption?: { salt?: unknown } | null };
    return typeof json.encryption?.salt === 'string' ? json.encryption.salt : 'plain';
  } catch {
    return null;
  }
}

/**
 * Read the target's manifest, creating it on an empty target. The manifest in force is always
 * the one read back: two laptops setting up one target at once (or a cloud folder that kept the
 * other laptop's `veldwerk.json`) both end up with the same key. A missing manifest next to
 * existing segments is put back from this device's memory of it, never created anew (a new
 * salt would lock everyone out of the older segments).
 */
async function ensureManifest(ctx: RoundContext): Promise<{ key: SyncKey | null; text: string }> {
  const { transport, appVersion, now, local } = ctx.options;
  const wanted = ctx.options.crypto;
  const where = transport.describe();
  let text: string;
  const created = new Map<string, SyncKey>();
  try {
    text = fromUtf8(await transport.read(MANIFEST_PATH));
  } catch (error) {
    if (!isTransportError(error, 'not-found')) throw error;
    const existing = (await transport.list(DEVICES_PREFIX)).some((e) => classifyPath(e.path).kind === 'segment');
    let fresh: string;
    if (existing) {
      const known = await local.knownManifest(where);
      if (known === null) {
        throw new StopSync('manifest', { kind: 'manifest', message: t.target.manifestMissing, path: MANIFEST_PATH });
      }
      fresh = known;
    } else {
      const encryption = wanted ? await createEncryption(wanted.passphrase, wanted.iterations) : null;
      const manifest: Manifest = {
        format: TARGET_FORMAT,
        minAppVersion: appVersion,
        createdAt: now(),
        encryption: encryption?.settings ?? null,
      };
      fresh = `${JSON.stringify(manifest, null, 2)}\n`;
      if (encryption) created.set(encryption.settings.salt, encryption.key);
    }
    try {
      await transport.writeNew(MANIFEST_PATH, utf8(fresh));
      if (existing) await ctx.problem({ kind: 'manifest', message: t.target.manifestRestored, path: MANIFEST_PATH });
    } catch (writeError) {
      // Another device created the target at the same moment: theirs is read back below.
      if (!isTransportError(writeError, 'exists')) throw writeError;
    }
    text = fromUtf8(await transport.read(MANIFEST_PATH));
  }
  const parsed = parseManifest(text, appVersion);
  if (!parsed.ok) throw new StopSync('manifest', { kind: 'manifest', message: parsed.message, path: MANIFEST_PATH });
  const encryption = parsed.manifest.encryption;
  if (!encryption) {
    if (wanted) throw new StopSync('passphrase', { kind: 'passphrase', message: t.crypto.unexpectedPassphrase });
    return { key: null, text };
  }
  if (!wanted) throw new StopSync('passphrase', { kind: 'passphrase', message: t.crypto.passphraseNeeded });
  const mine = created.get(encryption.salt);
  if (mine) return { key: mine, text };
  const unlocked = await unlock(wanted.passphrase, encryption);
  if (!unlocked.ok) throw new StopSync('passphrase', { kind: 'passphrase', message: unlocked.message });
  return { key: unlocked.key, text };
}

/**
 * Own segments written under another manifest's key (a parallel setup this device lost, or a
 * cloud folder that kept the other laptop's manifest) are unreadable for everyone: remove them
 * and push everything again from the outbox. A device from before this check verifies its first
 * segment instead. Returns whether the manifest must be recorded after a successful push.
 */
async function adoptManifest(ctx: RoundContext, text: string): Promise<boolean> {
  const { transport, local, deviceId } = ctx.options;
  const where = transport.describe();
  const known = await local.knownManifest(where);
  if (keyIdentity(known) === keyIdentity(text)) return false;
  if ((await local.lastPushedSeq()) === 0) return true;
  const own = (await transport.list(`${DEVICES_PREFIX}${deviceId}/`))
    .map((e) => ({ path: e.path, kind: classifyPath(e.path) }))
    .filter((e) => e.kind.kind === 'segment' && e.kind.deviceId === deviceId);
  if (known === null && own.length > 0) {
    const first = own[0]!.kind as { seq: number; encrypted: boolean };
    const check = await readSegment(ctx, own[0]!.path, deviceId, first.seq, first.encrypted);
    if (check.ok) return true;
  }
  if (!transport.remove) return true;
  await local.restartPush();
  for (const { path } of own) await transport.remove(path);
  await ctx.problem({ kind: 'republished', message: t.target.republished, deviceId });
  return true;
}

/** A batch erasing a contact person (AVG): see `renderer/syncAdapter/erasure.ts`. */
function isErasure(batch: ChangeBatch): boolean {
  return batch.changes.some((c) => c.table === 'contactPersons' && c.fields[ERASED_FIELD] === true);
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
    if (batches.some(isErasure)) ctx.erasurePushed = true;
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
      await writeSegmentFile(ctx, path, bytes);
      await sampleSkew(ctx, path, localBefore);
    } catch (error) {
      if (!isTransportError(error, 'exists')) throw error;
    }
    const existing = await readSegment(ctx, path, deviceId, first, ctx.key !== null);
    if (existing.ok) {
      const ours = new Map(batches.map((b) => [b.seq, b.id]));
      const same = existing.header.deviceId === deviceId && existing.header.seq === first &&
        existing.batches.every((b) => !ours.has(b.seq) || ours.get(b.seq) === b.id);
      if (!same) {
        // Our id already wrote other batches under these numbers: this database was rolled back
        // or cloned. Continue as a new device rather than stop sending (and receiving) forever.
        if (ctx.options.local.retireIdentity) {
          await ctx.options.local.retireIdentity();
          throw new StopSync('push', { kind: 'identity-renewed', message: t.engine.identityRenewed, path });
        }
        throw new StopSync('push', { kind: 'push-blocked', message: t.engine.foreignSegment(path), path });
      }
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
