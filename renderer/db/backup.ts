import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupFile,
  type BackupReason,
} from '../../shared/backup/backupFile';
import { SYNCED_TABLES } from '../../shared/sync/tables';
import type { JsonValue } from '../../shared/sync/types';
import { newDeviceId } from './clock';
import type { StoredBatch, VeldwerkDb } from './database';
import { LAST_PUSHED_SEQ_KEY, SEEN_SEQS_KEY } from './queries/syncStatus';
import { keepOldIdentityAsPeer, reissuePending, restoredSeen } from '../syncAdapter/identity';
import { PROFILE_KEY } from './queries/settings';

/** Tables a backup holds: all of them, so a restore gives back exactly what was there. */
export function backupTables(db: VeldwerkDb): string[] {
  return db.tables.map((t) => t.name);
}

export async function createBackup(db: VeldwerkDb, reason: BackupReason, appVersion?: string): Promise<BackupFile> {
  return db.transaction('r', db.tables, async () => {
    const tables: BackupFile['tables'] = {};
    for (const table of db.tables) tables[table.name] = (await table.toArray()) as Record<string, unknown>[];
    const deviceId = (await db.settings.get('deviceId'))?.value;
    return {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      schemaVersion: db.verno,
      appVersion,
      createdAt: new Date().toISOString(),
      reason,
      deviceId: typeof deviceId === 'string' ? deviceId : null,
      tables,
    };
  });
}

export function encodeBackup(backup: BackupFile): Uint8Array {
  return new TextEncoder().encode(JSON.stringify(backup));
}

/** Visible rows per table (tombstones not counted), for the restore preview. */
export async function countRows(db: VeldwerkDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of SYNCED_TABLES) counts[name] = await db.table(name).filter((r) => !r._deleted).count();
  return counts;
}

function settingValue(rows: Record<string, unknown>[], key: string): unknown {
  return rows.find((r) => r.key === key)?.value;
}

/**
 * Replace the whole database with a backup, in one transaction: it is applied completely or
 * not at all.
 *
 * The restored laptop always gets a NEW device id. Its old identity may already have pushed
 * segments that are newer than the backup; continuing under that id would reuse sequence
 * numbers partners have already seen. Under a new id, the old device becomes an ordinary peer:
 * its pushed history is pulled back like anyone else's, and changes that were still waiting in
 * the backup's outbox are renumbered and pushed as this device's first segments.
 */
export async function restoreBackup(db: VeldwerkDb, backup: BackupFile): Promise<{ deviceId: string }> {
  const deviceId = newDeviceId();
  await db.transaction('rw', db.tables, async () => {
    for (const table of db.tables) await table.clear();
    const settings = (backup.tables.settings ?? []).map((r) => ({ ...r }));
    const oldDevice = settingValue(settings, 'deviceId');
    const pushed = Number(settingValue(settings, LAST_PUSHED_SEQ_KEY) ?? 0);
    const outbox = ((backup.tables.outbox ?? []) as StoredBatch[]).sort((a, b) => a.seq - b.seq);
    const history = outbox.filter((b) => b.seq <= pushed);
    const pending = outbox.filter((b) => b.seq > pushed);
    const seen = restoredSeen(
      settingValue(settings, SEEN_SEQS_KEY),
      typeof oldDevice === 'string' ? oldDevice : undefined,
      pushed,
    );

    for (const [name, rows] of Object.entries(backup.tables)) {
      if (name === 'outbox' || name === 'settings' || rows.length === 0) continue;
      await db.table(name).bulkAdd(rows);
    }
    if (history.length > 0) await db.inbox.bulkPut(history);
    if (typeof oldDevice === 'string') await keepOldIdentityAsPeer(db, oldDevice, pushed, history);
    for (const row of settings) {
      const key = String(row.key);
      if (key === 'deviceId' || key === LAST_PUSHED_SEQ_KEY || key === SEEN_SEQS_KEY) continue;
      let value = row.value as JsonValue;
      if (key === PROFILE_KEY && value && typeof value === 'object' && !Array.isArray(value)) {
        value = { ...value, deviceId };
      }
      await db.settings.put({ key, value });
    }
    await db.settings.put({ key: 'deviceId', value: deviceId });
    await db.settings.put({ key: LAST_PUSHED_SEQ_KEY, value: 0 });
    // Partners must see what this device had seen, its old identity's pushes included.
    await db.settings.put({ key: SEEN_SEQS_KEY, value: seen });
    // Unsent changes become the new identity's own writes (see `reissuePending`).
    const reissued = await reissuePending(db, pending, deviceId, seen);
    if (reissued.length > 0) await db.outbox.bulkAdd(reissued);
  });
  return { deviceId };
}
