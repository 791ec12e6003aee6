import type { BackupFile, BackupReason } from '../../shared/backup/backupFile';

/**
 * Builds the bytes of a whole-database snapshot from raw IndexedDB: one read-only transaction
 * over every table (a consistent copy), JSON, and gzip when asked. Plain IndexedDB and no
 * Dexie, so that it runs in a worker as well as on the page (the fallback and the tests).
 */
export type SnapshotRequest = {
  /** BACKUP_FORMAT and BACKUP_VERSION, passed in so the worker does not load zod. */
  format: BackupFile['format'];
  version: number;
  dbName: string;
  tables: string[];
  schemaVersion: number;
  reason: BackupReason;
  createdAt: string;
  compress: boolean;
};

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

export async function readAllTables(dbName: string, tables: string[]): Promise<BackupFile['tables']> {
  const open = indexedDB.open(dbName);
  open.onupgradeneeded = () => {
    // The database must already exist: never create (or upgrade) it from here.
    open.transaction?.abort();
  };
  const idb = await request(open);
  try {
    const names = tables.filter((t) => idb.objectStoreNames.contains(t));
    const tx = idb.transaction(names, 'readonly');
    const out: BackupFile['tables'] = {};
    await Promise.all(
      names.map(async (name) => {
        out[name] = (await request(tx.objectStore(name).getAll())) as Record<string, unknown>[];
      }),
    );
    return out;
  } finally {
    idb.close();
  }
}

async function pipe(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const input = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(bytes);
      controller.close();
    },
  });
  const reader = input.pipeThrough(transform as TransformStream<Uint8Array, Uint8Array>).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.byteLength;
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

export const gzip = (bytes: Uint8Array) => pipe(bytes, new CompressionStream('gzip'));
export const gunzip = (bytes: Uint8Array) => pipe(bytes, new DecompressionStream('gzip'));

export const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

export async function buildSnapshotBytes(req: SnapshotRequest): Promise<Uint8Array> {
  const tables = await readAllTables(req.dbName, req.tables);
  const settings = tables.settings ?? [];
  const deviceId = settings.find((r) => r.key === 'deviceId')?.value;
  const backup: BackupFile = {
    format: req.format,
    version: req.version,
    schemaVersion: req.schemaVersion,
    createdAt: req.createdAt,
    reason: req.reason,
    deviceId: typeof deviceId === 'string' ? deviceId : null,
    tables,
  };
  const json = new TextEncoder().encode(JSON.stringify(backup));
  return req.compress ? gzip(json) : json;
}
