import Dexie from 'dexie';
import { shell } from '../../shared/i18n/nl/shell';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupFile } from '../../shared/backup/backupFile';
import { getDb, type VeldwerkDb } from './database';
import { LATEST_VERSION } from './schema';
import { storeSnapshot } from './snapshots';

export type OpenProblemKind = 'blocked' | 'newer-version' | 'quota' | 'unavailable' | 'unknown';
export type OpenProblem = { kind: OpenProblemKind; title: string; message: string; detail?: string };

export const OPEN_PROBLEMS: Record<OpenProblemKind, Omit<OpenProblem, 'kind' | 'detail'>> = shell.database.problems;

function problem(kind: OpenProblemKind, detail?: string): OpenProblem {
  return { kind, ...OPEN_PROBLEMS[kind], detail };
}

/** Map an open failure to a plain explanation. Never wipes anything. */
export function classifyOpenError(error: unknown): OpenProblem {
  const name = (error as { name?: string })?.name ?? '';
  const inner = (error as { inner?: { name?: string } })?.inner?.name ?? '';
  const message = (error as { message?: string })?.message ?? String(error);
  if (name === 'VersionError' || inner === 'VersionError') return problem('newer-version', message);
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return problem('quota', message);
  if (name === 'MissingAPIError' || name === 'InvalidStateError' || inner === 'InvalidStateError') {
    return problem('unavailable', message);
  }
  return problem('unknown', message);
}

/** The stored schema version of an existing database, without opening or upgrading it. */
async function storedVersion(name: string): Promise<number> {
  if (!indexedDB.databases) return 0;
  const info = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n * 10.
  return info?.version ? info.version / 10 : 0;
}

/**
 * Before an upgrade, copy the whole database as it is into a snapshot, read with a schema-less
 * Dexie so nothing gets upgraded on the way.
 */
async function snapshotBeforeUpgrade(name: string, fromVersion: number): Promise<void> {
  const old = new Dexie(name);
  await old.open();
  try {
    const tables: BackupFile['tables'] = {};
    for (const table of old.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    const deviceId = (tables.settings ?? []).find((r) => r.key === 'deviceId')?.value;
    await storeSnapshot({
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: fromVersion,
      createdAt: new Date().toISOString(),
      reason: 'voor-upgrade',
      deviceId: typeof deviceId === 'string' ? deviceId : null,
      tables,
    });
  } finally {
    old.close();
  }
}

export type OpenResult = { ok: true; db: VeldwerkDb; upgradedFrom: number | null } | { ok: false; problem: OpenProblem };

export async function openDatabase(onBlocked: (p: OpenProblem) => void): Promise<OpenResult> {
  const db = getDb();
  try {
    const before = await storedVersion(db.name);
    if (before > LATEST_VERSION) return { ok: false, problem: problem('newer-version') };
    if (before > 0 && before < LATEST_VERSION) await snapshotBeforeUpgrade(db.name, before);
    db.on('blocked', () => onBlocked(problem('blocked')));
    await db.open();
    return { ok: true, db, upgradedFrom: before > 0 && before < LATEST_VERSION ? before : null };
  } catch (error) {
    return { ok: false, problem: classifyOpenError(error) };
  }
}
