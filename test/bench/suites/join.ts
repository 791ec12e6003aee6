import { encodeSegment } from '../../../shared/sync/codec';
import { createEncryption, encryptSegment, type SyncKey } from '../../../shared/sync/crypto';
import { formatHlc } from '../../../shared/sync/hlc';
import { memoryTransport, type MemoryTransport } from '../../../shared/sync/memoryTransport';
import type { SyncOptions, SyncReport } from '../../../shared/sync/ports';
import { sharedRowOf } from '../../../shared/sync/snapshot';
import { MANIFEST_PATH, TARGET_FORMAT, segmentPath } from '../../../shared/sync/target';
import type { ChangeBatch, JsonValue, RowChange } from '../../../shared/sync/types';
import { utf8 } from '../../../shared/sync/bytes';
import { VeldwerkDb } from '../../../renderer/db/database';
import { dexieStore } from '../../../renderer/syncAdapter/dexieStore';
import type { Benchmark, BenchResult } from '../types';

/**
 * `join-50k-batches-s` and `join-history-ratio`: a new laptop joins a team whose target holds
 * 50,000 batches from 10 devices (8,000 companies each, then edits across the team, with causal
 * stamps that lag a little, so some edits cross), with a snapshot written the way the engine
 * writes them (by a member, once 2,000 batches had piled up beyond the last one) and the last
 * 2,000 batches after it: the worst tail the policy allows. Against the same final rows pushed in
 * one go (an import of 2,000-row batches by one device). Both encrypted with the default key
 * derivation, over the in-memory target (rclone cannot serve the page: no CORS), into a fresh
 * Veldwerk database through the app's `dexieStore`. The target is built in the page first.
 */
const DEVICES = 10;
const BATCHES_PER_DEVICE = 5_000;
const CREATE_BATCHES = 800;
const ROWS_PER_CREATE = 10;
const SNAPSHOT_EVERY = 2_000;
const TAIL_PER_DEVICE = SNAPSHOT_EVERY / DEVICES;
const LAG = 40;
const SEGMENT_BATCHES = 500;
const SEGMENT_BYTES = 1_000_000;
const IMPORT_BATCH = 2_000;
const T0 = 1_700_000_000_000;
const PASSPHRASE = 'bench team wachtwoord';
const PLACES = ['dordrecht', 'zwijndrecht', 'papendrecht', 'sliedrecht', 'alblasserdam', 'hendrik-ido-ambacht'];
const STATUSES = ['benaderd', 'in-gesprek', 'erkend', 'afgehaakt'];

const deviceId = (d: number) => `join${d}`;

/** A cheap deterministic generator, so every run builds the same history. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Batch `s` (1-based) of device `d`: first its own companies, then edits anywhere in the team. */
function batchOf(d: number, s: number, rnd: () => number): ChangeBatch {
  const changes: RowChange[] = [];
  if (s <= CREATE_BATCHES) {
    for (let k = 0; k < ROWS_PER_CREATE; k++) {
      const i = (s - 1) * ROWS_PER_CREATE + k;
      const fields: Record<string, JsonValue> = {
        name: `Bedrijf ${d}-${i}`,
        kvk: String(10_000_000 + d * 100_000 + i),
        gemeente: PLACES[i % PLACES.length]!,
        status: 'nog-niet-benaderd',
        sizeClass: '1-4',
        kind: 'mkb',
        networkIds: [],
        notes: '',
      };
      changes.push({ table: 'companies', rowId: `c${d}-${i}`, fields });
    }
  } else {
    const n = 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) {
      // Mostly rows that already exist everywhere; sometimes a partner's.
      const owner = rnd() < 0.7 ? d : Math.floor(rnd() * DEVICES);
      const i = Math.floor(rnd() * CREATE_BATCHES * ROWS_PER_CREATE * 0.5);
      const fields: Record<string, JsonValue> =
        rnd() < 0.5
          ? { status: STATUSES[Math.floor(rnd() * STATUSES.length)]! }
          : { notes: `Gebeld door adviseur ${d} (${s}) over een BBL-plek.` };
      changes.push({ table: 'companies', rowId: `c${owner}-${i}`, fields });
    }
  }
  // Everyone works at the same pace and has received the others up to a little while ago.
  const seen: Record<string, number> = {};
  for (let x = 0; x < DEVICES; x++) if (x !== d && s > LAG) seen[deviceId(x)] = s - LAG;
  return {
    id: `${deviceId(d)}-${s}`,
    deviceId: deviceId(d),
    seq: s,
    hlc: formatHlc({ millis: T0 + s * 1000 + d, counter: 0, deviceId: deviceId(d) }),
    label: s <= CREATE_BATCHES ? 'Bedrijven toegevoegd' : 'Bedrijf bewerkt',
    changes,
    ...(Object.keys(seen).length > 0 && { seen }),
  };
}

/** Publish batches as the engine does: segments of consecutive batches within the size budget. */
async function publish(target: MemoryTransport, key: SyncKey, batches: ChangeBatch[]): Promise<void> {
  let i = 0;
  while (i < batches.length) {
    const segment: ChangeBatch[] = [];
    let bytes = 0;
    while (i < batches.length && segment.length < SEGMENT_BATCHES) {
      const size = JSON.stringify(batches[i]).length;
      if (segment.length > 0 && bytes + size > SEGMENT_BYTES) break;
      segment.push(batches[i++]!);
      bytes += size;
    }
    const first = segment[0]!;
    const plain = await encodeSegment(segment, { deviceId: first.deviceId, schemaVersion: 2, createdAt: T0 });
    target.put(segmentPath(first.deviceId, first.seq, true), await encryptSegment(key, plain, first.deviceId, first.seq));
  }
}

async function newTarget(): Promise<{ target: MemoryTransport; key: SyncKey }> {
  const target = memoryTransport({ now: () => Date.now() });
  const { settings, key } = await createEncryption(PASSPHRASE);
  const manifest = { format: TARGET_FORMAT, minAppVersion: '0.1.0', createdAt: T0, encryption: settings };
  target.put(MANIFEST_PATH, utf8(`${JSON.stringify(manifest, null, 2)}\n`));
  return { target, key };
}

const common = (target: MemoryTransport) => ({
  transport: target,
  now: () => Date.now(),
  appVersion: '0.1.0',
  schemaVersion: 2,
  crypto: { passphrase: PASSPHRASE },
  confirmMassDeletion: async () => true,
});

/**
 * The history target: every device's first batches, a member that syncs and writes a snapshot,
 * then the tail. Returns the final shared rows too (the member pulls the tail afterwards).
 */
async function historyTarget(): Promise<{ target: MemoryTransport; finalRows: { table: string; fields: Record<string, JsonValue>; id: string }[] }> {
  const { target, key } = await newTarget();
  const head = BATCHES_PER_DEVICE - TAIL_PER_DEVICE;
  const all: ChangeBatch[][] = [];
  for (let d = 0; d < DEVICES; d++) {
    const rnd = random(d + 1);
    all.push(Array.from({ length: BATCHES_PER_DEVICE }, (_, s) => batchOf(d, s + 1, rnd)));
    await publish(target, key, all[d]!.slice(0, head));
  }
  // Imported where used, as suites/sync.ts does (one chunk for both).
  const { memoryDevice } = await import('../../../shared/sync/memoryLocalStore');
  const { syncOnce } = await import('../../../shared/sync/engine');
  const member = memoryDevice('joinmember', () => Date.now());
  const first = await syncOnce({ ...common(target), local: member, deviceId: member.deviceId, limits: { snapshotEveryBatches: SNAPSHOT_EVERY } });
  if (!first.ok || !first.snapshotWritten) throw new Error(`Geen momentopname: ${JSON.stringify(first.problems)}`);
  for (const batches of all) await publish(target, key, batches.slice(head));
  const last = await syncOnce({ ...common(target), local: member, deviceId: member.deviceId, limits: { snapshotEveryBatches: 10 * SNAPSHOT_EVERY } });
  if (!last.ok || last.appliedBatches !== SNAPSHOT_EVERY) throw new Error('Staart niet volledig');
  const finalRows = [...member.replica.rows].flatMap(([key, stored]) => {
    const row = sharedRowOf(stored);
    if (!row || row._deleted) return [];
    const fields: Record<string, JsonValue> = {};
    for (const [f, v] of Object.entries(row)) if (!f.startsWith('_') && f !== 'id') fields[f] = v as JsonValue;
    return [{ table: key.slice(0, key.indexOf('\u0000')), id: row.id, fields }];
  });
  return { target, finalRows };
}

/** The same final rows, written by one device in one import. */
async function oneGoTarget(rows: { table: string; id: string; fields: Record<string, JsonValue> }[]): Promise<MemoryTransport> {
  const { target, key } = await newTarget();
  const batches: ChangeBatch[] = [];
  for (let i = 0; i < rows.length; i += IMPORT_BATCH) {
    const seq = batches.length + 1;
    batches.push({
      id: `import-${seq}`,
      deviceId: 'joinimport',
      seq,
      hlc: formatHlc({ millis: T0 + seq, counter: 0, deviceId: 'joinimport' }),
      label: 'Import',
      changes: rows.slice(i, i + IMPORT_BATCH).map((r) => ({ table: r.table, rowId: r.id, fields: r.fields })),
    });
  }
  await publish(target, key, batches);
  return target;
}

/** A new laptop joins: one round into a fresh database. Seconds, and the round's report. */
async function join(
  target: MemoryTransport,
  extra: Partial<SyncOptions> = {},
): Promise<{ seconds: number; tailSeconds: number; report: SyncReport; rows: number }> {
  const { syncOnce } = await import('../../../shared/sync/engine');
  const db = new VeldwerkDb(`bench-join-${Date.now()}-${Math.random()}`);
  await db.open();
  try {
    const start = performance.now();
    let pullAt: number | null = null;
    const report = await syncOnce({
      ...common(target),
      local: dexieStore(db),
      deviceId: 'joinnew',
      onProgress: (p) => {
        if (p.phase === 'pull' && pullAt === null) pullAt = performance.now();
      },
      ...extra,
    });
    const end = performance.now();
    if (!report.ok) throw new Error(`Aansluiten mislukt: ${JSON.stringify(report.problems)}`);
    return { seconds: (end - start) / 1000, tailSeconds: (end - (pullAt ?? end)) / 1000, report, rows: await db.companies.count() };
  } finally {
    db.close();
    await db.delete();
  }
}

export const joinBench: Benchmark = {
  id: 'join',
  async run(env): Promise<BenchResult[]> {
    const runs = Number(env.BENCH_RUNS ?? 2);
    const fixtureStart = performance.now();
    const { target, finalRows } = await historyTarget();
    const oneGo = await oneGoTarget(finalRows);
    const fixtureSeconds = (performance.now() - fixtureStart) / 1000;
    const files = [...target.files.keys()].length;
    const megabytes = [...target.files.values()].reduce((n, f) => n + f.bytes.length, 0) / 1e6;
    // Alternating, so both see the same machine load; the median of each.
    const history: number[] = [];
    const baseline: number[] = [];
    let tail = 0;
    let tailSeconds = 0;
    for (let r = 0; r < runs; r++) {
      const h = await join(target);
      if (!h.report.snapshotLoaded || h.rows !== finalRows.length) throw new Error('Niet via de momentopname aangesloten');
      tail = h.report.appliedBatches;
      tailSeconds = h.tailSeconds;
      history.push(h.seconds);
      const b = await join(oneGo);
      if (b.rows !== finalRows.length) throw new Error('Basislijn onvolledig');
      baseline.push(b.seconds);
    }
    const min = (v: number[]) => Math.min(...v);
    const results: BenchResult[] = [];
    // How joining went before snapshots (BENCH_JOIN_REPLAY=1; a minute or more): every batch replayed.
    if (env.BENCH_JOIN_REPLAY === '1') {
      const withoutSnapshots = memoryTransport({ now: () => Date.now() });
      for (const [path, file] of target.files) if (!path.startsWith('snapshots/')) withoutSnapshots.put(path, file.bytes);
      const replay = await join(withoutSnapshots);
      results.push({ name: 'join-50k-replay-s', value: replay.seconds, unit: 's', goal: 'info (without snapshots)' });
    }
    return [
      ...results,
      { name: 'join-50k-batches-s', value: min(history), unit: 's', goal: '<= 20' },
      { name: 'join-history-ratio', value: min(history) / min(baseline), unit: 'ratio', goal: '<= 1.5' },
      { name: 'join-one-go-s', value: min(baseline), unit: 's', goal: 'baseline' },
      { name: 'join-fixture-s', value: fixtureSeconds, unit: 's', goal: 'info (building the targets)' },
      { name: 'join-tail-batches', value: tail, unit: 'batches', goal: 'info' },
      { name: 'join-tail-s', value: tailSeconds, unit: 's', goal: 'info (of join-50k-batches-s, after the snapshot)' },
      { name: 'join-rows', value: finalRows.length, unit: 'rows', goal: 'info' },
      { name: 'join-target-files', value: files, unit: 'files', goal: 'info' },
      { name: 'join-target-mb', value: megabytes, unit: 'MB', goal: 'info' },
    ];
  },
};
