import Dexie, { type Table } from 'dexie';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, type BackupFile, type BackupReason } from '../../shared/backup/backupFile';
import { desktopApi, unwrap } from '../platform/platform';
import { backupTables, encodeBackup } from './backup';
import type { VeldwerkDb } from './database';
import { buildSnapshotBytes, gunzip, gzip, isGzip, type SnapshotRequest } from './snapshotBuild';
import { errors } from '../../shared/i18n/nl/errors';
import { UserError } from '../../shared/userError';

/** Browser mode keeps its automatic snapshots in a separate database, downloadable anytime. */
type SnapshotRow = { id?: number; name: string; createdAt: string; reason: BackupReason; bytes: Uint8Array };
class SnapshotDb extends Dexie {
  declare snapshots: Table<SnapshotRow, number>;
  constructor() {
    super('veldwerk-snapshots');
    this.version(1).stores({ snapshots: '++id, createdAt' });
  }
}

const DESKTOP_KEEP = 14;
/** Fewer in browser mode: they share the browser's storage quota with the data itself. */
const BROWSER_KEEP = 3;
const DAILY_KEY = 'backup.lastDailyAt';
const DAY_MS = 24 * 60 * 60 * 1000;

let snapshotDb: SnapshotDb | null = null;
const snapshots = () => (snapshotDb ??= new SnapshotDb());

export type SnapshotEntry = { id: string; name: string; createdAt: string; size: number };

export async function storeSnapshot(backup: BackupFile): Promise<string> {
  const json = encodeBackup(backup);
  return storeSnapshotBytes(backup.createdAt, backup.reason, desktopApi() ? json : await gzip(json));
}

/**
 * Store snapshot bytes. The desktop app writes plain JSON files (they can be opened as a
 * backup file); browser mode keeps them gzipped, since they share the storage quota.
 */
async function storeSnapshotBytes(createdAt: string, reason: BackupReason, bytes: Uint8Array): Promise<string> {
  const name = backupFileName(new Date(createdAt), reason);
  const api = desktopApi();
  if (api) {
    unwrap(await api.backup.write({ name, bytes, keep: DESKTOP_KEEP }));
    return name;
  }
  const db = snapshots();
  await db.transaction('rw', db.snapshots, async () => {
    await db.snapshots.add({ name, createdAt, reason, bytes });
    const all = await db.snapshots.orderBy('createdAt').primaryKeys();
    if (all.length > BROWSER_KEEP) await db.snapshots.bulkDelete(all.slice(0, all.length - BROWSER_KEEP));
  });
  return name;
}

/** Build the snapshot in a worker; without one (tests, odd hosts) on the page itself. */
function buildOffThread(req: SnapshotRequest): Promise<Uint8Array> {
  if (typeof Worker === 'undefined') return buildSnapshotBytes(req);
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(buildSnapshotBytes(req));
      return;
    }
    worker.onmessage = (event: MessageEvent<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      // A worker that cannot start (blocked script, no module workers): build here instead.
      event.preventDefault();
      resolve(buildSnapshotBytes(req));
    };
    worker.postMessage(req);
  });
}

export async function snapshotNow(db: VeldwerkDb, reason: BackupReason): Promise<string> {
  const createdAt = new Date().toISOString();
  const bytes = await buildOffThread({
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    dbName: db.name,
    tables: backupTables(db),
    schemaVersion: db.verno,
    reason,
    createdAt,
    compress: !desktopApi(),
  });
  return storeSnapshotBytes(createdAt, reason, bytes);
}

export async function listSnapshots(): Promise<SnapshotEntry[]> {
  const api = desktopApi();
  if (api) {
    return unwrap(await api.backup.list())
      .map((e) => ({ id: e.name, name: e.name, createdAt: new Date(e.mtimeMs).toISOString(), size: e.size }))
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
  const rows = await snapshots().snapshots.orderBy('createdAt').reverse().toArray();
  return rows.map((r) => ({ id: String(r.id), name: r.name, createdAt: r.createdAt, size: r.bytes.byteLength }));
}

export async function readSnapshot(id: string): Promise<Uint8Array> {
  const api = desktopApi();
  if (api) return unwrap(await api.backup.read({ name: id }));
  const row = await snapshots().snapshots.get(Number(id));
  if (!row) throw new UserError(errors.backupGone);
  // Stored gzipped; handed out as the plain JSON backup file.
  return isGzip(row.bytes) ? gunzip(row.bytes) : row.bytes;
}

/**
 * Replace a stored backup's content (plain JSON bytes) without changing its name or date; used
 * by the AVG erasure. Throws when the backup is gone.
 */
export async function rewriteSnapshot(id: string, json: Uint8Array): Promise<void> {
  const api = desktopApi();
  if (api) {
    unwrap(await api.backup.replace({ name: id, bytes: json }));
    return;
  }
  const db = snapshots();
  const bytes = await gzip(json);
  const updated = await db.snapshots.update(Number(id), { bytes });
  if (updated === 0) throw new Error(`snapshot ${id} no longer exists`);
}

/** Take the daily snapshot when the last one is more than a day old. */
export async function maybeDailySnapshot(db: VeldwerkDb, now = Date.now()): Promise<boolean> {
  const last = (await db.settings.get(DAILY_KEY))?.value;
  if (typeof last === 'number' && now - last < DAY_MS) return false;
  const hasData = (await db.companies.count()) + (await db.contactLogs.count()) > 0;
  if (!hasData) return false;
  await snapshotNow(db, 'dagelijks');
  await db.settings.put({ key: DAILY_KEY, value: now });
  return true;
}
