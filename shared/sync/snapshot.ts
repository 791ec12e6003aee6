import { z } from 'zod';
import { sync as t } from '../i18n/nl/sync';
import { concatBytes, fromUtf8, sha256Hex, utf8 } from './bytes';
import { decryptWithAad, encryptWithAad, type SyncKey } from './crypto';
import type { Hlc } from './hlc';
import { isPrivateRow, type MergeRow } from './merge';
import { isSyncedTable } from './tables';
import type { BatchStamp, SeenVector } from './types';

/**
 * Snapshots: the shared state of the team at a point, so a joining device loads the rows and
 * then applies only the batches written after it, instead of replaying every batch ever written.
 *
 *   snapshots/<covered 12>-<deviceId>.gz    (`.enc` with a team passphrase)
 *
 * `covered` is the number of batches the snapshot includes (the sum of its frontier), so the
 * newest snapshot is the one with the highest number and a device can tell from the listing how
 * far the target has moved on since. A snapshot is immutable and written by one device. Inside,
 * gzip of JSON lines: a header (writer, frontier: per device the highest seq included, the
 * writer's causal vector, partner names), one line with the batch stamps (one per winning batch,
 * shared by the rows it wrote), one line per row, and a trailer with the SHA-256 of everything
 * before it. Encrypted like segments, bound to the file's name. Rows are the shared state with
 * everything merging needs (values, per-field clocks, tombstones, the losing writes a conflict
 * is made of); rows private on the writer are absent (or only the state partners already hold,
 * when a shared row was withdrawn), and erased persons are blank, as on every device.
 */
export const SNAPSHOTS_PREFIX = 'snapshots/';
export const SNAPSHOT_FORMAT = 1;
/** A device writes a snapshot when the target holds this many batches beyond the newest one. */
export const SNAPSHOT_EVERY_BATCHES = 2_000;
/** Snapshots kept on the target; older ones are removed by the writer of a new one. */
export const SNAPSHOTS_KEPT = 2;
const COVERED_WIDTH = 12;
const DEVICE_ID = /^[A-Za-z0-9_-]{1,64}$/;

export type SnapshotPeer = { newestHlc: Hlc | null; advisorName?: string; organisation?: string };

/** What a store exports and imports: rows with their stamps, in memory. */
export type SnapshotState = {
  /** Per device (the writer too), the highest seq whose batch the rows include. */
  frontier: Record<string, number>;
  /** The writer's causal vector: what the included batches had seen, transitively. */
  seen: SeenVector;
  peers: Record<string, SnapshotPeer>;
  rows: { table: string; row: MergeRow }[];
};

export type SnapshotHeader = {
  format: number;
  kind: 'veldwerk-snapshot';
  deviceId: string;
  covered: number;
  createdAt: number;
  schemaVersion: number;
  frontier: Record<string, number>;
  seen: SeenVector;
  peers: Record<string, SnapshotPeer>;
  count: number;
};

const seqMap = z.record(z.string(), z.number().int().nonnegative());
const headerSchema = z.object({
  format: z.number().int(),
  kind: z.literal('veldwerk-snapshot'),
  deviceId: z.string().regex(DEVICE_ID),
  covered: z.number().int().nonnegative(),
  createdAt: z.number(),
  schemaVersion: z.number().int().nonnegative(),
  frontier: seqMap,
  seen: seqMap,
  peers: z.record(
    z.string(),
    z.object({ newestHlc: z.string().nullable(), advisorName: z.string().optional(), organisation: z.string().optional() }),
  ),
  count: z.number().int().nonnegative(),
});
const stampSchema = z.object({ seq: z.number().int().positive(), seen: seqMap.optional() });
const stampsSchema = z.record(z.string(), stampSchema);

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A row as the merge needs it: an id, string clocks, and stamps as references or objects. */
function isRowShape(raw: unknown): raw is MergeRow {
  if (!isObject(raw) || typeof raw.id !== 'string' || raw.id === '' || !isObject(raw._clock)) return false;
  for (const clock of Object.values(raw._clock)) if (typeof clock !== 'string') return false;
  if (raw._rivals !== undefined && !isObject(raw._rivals)) return false;
  return raw._deleted === undefined || typeof raw._deleted === 'boolean';
}
const trailerSchema = z.object({ checksum: z.string().regex(/^[0-9a-f]{64}$/), count: z.number().int() });

export type SnapshotRef = { path: string; deviceId: string; covered: number; encrypted: boolean };

export const coveredBy = (frontier: Record<string, number>) => Object.values(frontier).reduce((n, s) => n + s, 0);

export function snapshotPath(deviceId: string, covered: number, encrypted: boolean): string {
  if (!DEVICE_ID.test(deviceId)) throw new Error(`Invalid device id: ${deviceId}`);
  return `${SNAPSHOTS_PREFIX}${String(covered).padStart(COVERED_WIDTH, '0')}-${deviceId}.${encrypted ? 'enc' : 'gz'}`;
}

/** A snapshot's name, or null (parts, temp files and cloud copies are not snapshots). */
export function parseSnapshotPath(path: string): SnapshotRef | null {
  const match = /^snapshots\/(\d{12})-([A-Za-z0-9_-]{1,64})\.(gz|enc)$/.exec(path);
  if (!match) return null;
  return { path, covered: Number(match[1]), deviceId: match[2]!, encrypted: match[3] === 'enc' };
}

/** Snapshots in a listing, newest (most batches covered) first. */
export function newestFirst(paths: string[]): SnapshotRef[] {
  return paths
    .map(parseSnapshotPath)
    .filter((s): s is SnapshotRef => s !== null)
    .sort((a, b) => b.covered - a.covered || a.deviceId.localeCompare(b.deviceId));
}

/**
 * The row as partners hold it: the row itself, or under a row private here the replicated state
 * it carries (withdrawn: the tombstone partners have). Null for what never left this device.
 */
export function sharedRowOf(stored: MergeRow): MergeRow | null {
  const view = isPrivateRow(stored) ? (stored._shared ?? null) : stored;
  if (!view || isPrivateRow(view)) return null;
  const { _shared: _, ...row } = view;
  return row as MergeRow;
}

/** The newest clock a snapshot holds: a joining device's clock moves past it. */
export function newestClock(state: SnapshotState): Hlc | null {
  let newest: Hlc | null = null;
  for (const { row } of state.rows) {
    for (const hlc of Object.values(row._clock)) if (newest === null || hlc > newest) newest = hlc;
  }
  for (const peer of Object.values(state.peers)) if (peer.newestHlc && (newest === null || peer.newestHlc > newest)) newest = peer.newestHlc;
  return newest;
}

/**
 * A row whose fields all took the same clock (written once, as most rows are) keeps it once, as
 * `''`: the form a local insert has, read by `effectiveClock` for every field the row holds. It
 * makes snapshot and the joiner's rows smaller, and IndexedDB stores them faster.
 */
export function compactClocks(row: MergeRow): MergeRow {
  const clocks = Object.entries(row._clock);
  const hlc = clocks[0]?.[1];
  if (hlc === undefined || clocks.length === 1 || clocks.some(([, c]) => c !== hlc)) return row;
  const clocked = new Set(clocks.map(([f]) => f).filter((f) => f !== ''));
  const held = Object.keys(row).filter((f) => !f.startsWith('_') && f !== 'id' && row[f] !== undefined);
  if (row._deleted !== undefined) held.push('_deleted');
  // Exactly the fields with a value are clocked (or `''` already covers the unlisted ones).
  if (clocks.every(([f]) => f !== '') && held.some((f) => !clocked.has(f))) return row;
  if ([...clocked].some((f) => (f === '_deleted' ? row._deleted : row[f]) === undefined)) return row;
  return { ...row, _clock: { '': hlc } };
}

// gzip through the platform's streams (browsers, Electron and Node >= 20 alike).
type ByteStream = { readable: unknown; writable: unknown };
declare const CompressionStream: new (format: 'gzip') => ByteStream;
declare const DecompressionStream: new (format: 'gzip') => ByteStream;
declare class Blob {
  constructor(parts: Uint8Array[]);
  stream(): { pipeThrough(stream: ByteStream): unknown };
}
declare class Response {
  constructor(body: unknown);
  arrayBuffer(): Promise<ArrayBuffer>;
}

async function pipe(bytes: Uint8Array, stream: ByteStream): Promise<Uint8Array> {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}
export const gzip = (bytes: Uint8Array) => pipe(bytes, new CompressionStream('gzip'));
export const gunzip = (bytes: Uint8Array) => pipe(bytes, new DecompressionStream('gzip'));

const snapshotAad = (deviceId: string, covered: number) => utf8(`veldwerk-snapshot:${deviceId}:${covered}`);

/** Encode (and, with a key, encrypt) a snapshot for `snapshotPath(deviceId, covered, …)`. */
export async function encodeSnapshot(
  state: SnapshotState,
  meta: { deviceId: string; createdAt: number; schemaVersion: number },
  key: SyncKey | null,
): Promise<{ bytes: Uint8Array; covered: number }> {
  const covered = coveredBy(state.frontier);
  const header: SnapshotHeader = {
    format: SNAPSHOT_FORMAT,
    kind: 'veldwerk-snapshot',
    deviceId: meta.deviceId,
    covered,
    createdAt: meta.createdAt,
    schemaVersion: meta.schemaVersion,
    frontier: state.frontier,
    seen: state.seen,
    peers: state.peers,
    count: state.rows.length,
  };
  // A stamp belongs to its batch: stored once, rows name the batches they keep a stamp of.
  const stamps: Record<Hlc, BatchStamp> = {};
  const lines: string[] = [];
  for (const { table, row } of state.rows) {
    const { _stamps, ...rest } = compactClocks(row);
    let refs: Hlc[] | Record<Hlc, BatchStamp> | undefined;
    if (_stamps) {
      const keys = Object.keys(_stamps);
      const shareable = keys.every((h) => stamps[h] === undefined || JSON.stringify(stamps[h]) === JSON.stringify(_stamps[h]));
      if (shareable) for (const h of keys) stamps[h] ??= _stamps[h]!;
      refs = shareable ? keys : _stamps;
    }
    lines.push(JSON.stringify([table, refs === undefined ? rest : { ...rest, _stamps: refs }]));
  }
  const body = utf8(`${JSON.stringify(header)}\n${JSON.stringify(stamps)}\n${lines.join('\n')}${lines.length > 0 ? '\n' : ''}`);
  const trailer = utf8(`${JSON.stringify({ checksum: await sha256Hex(body), count: state.rows.length })}\n`);
  const packed = await gzip(concatBytes(body, trailer));
  const bytes = key ? await encryptWithAad(key, packed, snapshotAad(meta.deviceId, covered)) : packed;
  return { bytes, covered };
}

export type SnapshotFailure = { ok: false; reason: 'passphrase' | 'damaged' | 'newer-format' | 'mismatch'; message: string };
export type DecodedSnapshot = { ok: true; header: SnapshotHeader; state: SnapshotState } | SnapshotFailure;

const failure = (reason: SnapshotFailure['reason'], path: string): SnapshotFailure => ({
  ok: false,
  reason,
  message: t.snapshot[reason](path),
});

/**
 * Decrypt, unpack and check a snapshot. Anything short of a complete, untouched file written
 * under the team's key for exactly this name is refused with a reason, never half applied.
 */
export async function decodeSnapshot(ref: SnapshotRef, file: Uint8Array, key: SyncKey | null): Promise<DecodedSnapshot> {
  if (ref.encrypted !== (key !== null)) return failure('passphrase', ref.path);
  let packed = file;
  if (key) {
    const plain = await decryptWithAad(key, file, snapshotAad(ref.deviceId, ref.covered));
    if (!plain) return failure('passphrase', ref.path);
    packed = plain;
  }
  let bytes: Uint8Array;
  try {
    bytes = await gunzip(packed);
  } catch {
    return failure('damaged', ref.path);
  }
  if (bytes.length === 0 || bytes[bytes.length - 1] !== 0x0a) return failure('damaged', ref.path);
  const lastBreak = bytes.lastIndexOf(0x0a, bytes.length - 2);
  if (lastBreak < 0) return failure('damaged', ref.path);
  try {
    const trailer = trailerSchema.safeParse(JSON.parse(fromUtf8(bytes.subarray(lastBreak + 1, bytes.length - 1))));
    if (!trailer.success) return failure('damaged', ref.path);
    const body = bytes.subarray(0, lastBreak + 1);
    if ((await sha256Hex(body)) !== trailer.data.checksum) return failure('damaged', ref.path);
    const lines = fromUtf8(body).split('\n');
    lines.pop();
    const rawHeader = JSON.parse(lines[0] ?? '') as { format?: unknown };
    if (typeof rawHeader.format === 'number' && rawHeader.format > SNAPSHOT_FORMAT) return failure('newer-format', ref.path);
    const header = headerSchema.safeParse(rawHeader);
    if (!header.success) return failure('damaged', ref.path);
    const h = header.data as SnapshotHeader;
    if (h.deviceId !== ref.deviceId || h.covered !== ref.covered || coveredBy(h.frontier) !== h.covered) return failure('mismatch', ref.path);
    if (h.count !== lines.length - 2 || trailer.data.count !== h.count) return failure('damaged', ref.path);
    const stamps = stampsSchema.safeParse(JSON.parse(lines[1] ?? ''));
    if (!stamps.success) return failure('damaged', ref.path);
    const rows: SnapshotState['rows'] = [];
    for (let i = 2; i < lines.length; i++) {
      const [table, raw] = JSON.parse(lines[i]!) as [unknown, unknown];
      // Checked by hand: a schema parse per row costs more than the rest of the decoding.
      if (typeof table !== 'string' || !isSyncedTable(table) || !isRowShape(raw)) return failure('damaged', ref.path);
      const row = raw;
      // Defence in depth: a private row never comes from a snapshot, whoever wrote it.
      if (isPrivateRow(row) || '_shared' in row) return failure('damaged', ref.path);
      const refs = row._stamps as unknown;
      if (Array.isArray(refs)) {
        const own: Record<Hlc, BatchStamp> = {};
        for (const hlc of refs) {
          const stamp = typeof hlc === 'string' ? stamps.data[hlc] : undefined;
          if (!stamp) return failure('damaged', ref.path);
          own[hlc as Hlc] = stamp as BatchStamp;
        }
        row._stamps = own;
      } else if (refs !== undefined && !stampsSchema.safeParse(refs).success) {
        return failure('damaged', ref.path);
      }
      rows.push({ table, row });
    }
    return { ok: true, header: h, state: { frontier: h.frontier, seen: h.seen, peers: h.peers, rows } };
  } catch {
    return failure('damaged', ref.path);
  }
}
