import { backupFileName, parseBackup, previewRestore, type BackupFile } from '../../../shared/backup/backupFile';
import { backupTables, countRows, createBackup, encodeBackup, restoreBackup } from '../backup';
import { getDb } from '../database';
import { LATEST_VERSION } from '../schema';
import { readSnapshot, snapshotNow } from '../snapshots';
import { settingsText } from '../../../shared/i18n/nl/settings';

export const TABLE_LABELS: Record<string, string> = settingsText.backup.tables;

/** A manual backup as file name and bytes, ready for saveFile. */
export async function manualBackup(): Promise<{ name: string; bytes: Uint8Array }> {
  const backup = await createBackup(getDb(), 'handmatig');
  return { name: backupFileName(new Date(backup.createdAt), 'handmatig'), bytes: encodeBackup(backup) };
}

export type RestorePlan =
  | { ok: true; backup: BackupFile; rows: ReturnType<typeof previewRestore> }
  | { ok: false; message: string };

export async function planRestore(bytes: Uint8Array, fileName: string): Promise<RestorePlan> {
  const db = getDb();
  const parsed = parseBackup(bytes, fileName, backupTables(db), LATEST_VERSION);
  if (!parsed.ok) return parsed;
  return { ok: true, backup: parsed.backup, rows: previewRestore(await countRows(db), parsed.backup, TABLE_LABELS) };
}

export async function planRestoreFromSnapshot(id: string, name: string): Promise<RestorePlan> {
  return planRestore(await readSnapshot(id), name);
}

/** Restore after confirmation; first keeps a snapshot of the current state, so it can be undone. */
export async function confirmRestore(backup: BackupFile): Promise<void> {
  const db = getDb();
  await snapshotNow(db, 'voor-terugzetten');
  await restoreBackup(db, backup);
}

export async function snapshotBeforeImport(): Promise<void> {
  await snapshotNow(getDb(), 'voor-import');
}
