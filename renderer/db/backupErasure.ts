import { backupFileSchema } from '../../shared/backup/backupFile';
import { scrubBackupTables } from '../../shared/privacy/scrub';
import { encodeBackup } from './backup';
import { listSnapshots, readSnapshot, rewriteSnapshot } from './snapshots';
import { reportBackground } from '../platform/problemReporter';

export type BackupErasure = { rewritten: number; failed: { name: string; error: unknown }[] };

/**
 * AVG: an erased person leaves the backups on this laptop too. Every stored backup (the
 * automatic daily ones and those made before an upgrade, import or restore) is read, scrubbed
 * exactly as the live database is (`shared/privacy/scrub.ts`) and written back under its own
 * name and date; a backup that holds nothing of the person is left as it is. A backup that
 * cannot be read or written is reported in `failed` and the others are still done; the caller
 * records the failure where the advisor can see it.
 *
 * Files the advisor saved elsewhere (a manual export to a USB stick) are out of reach; the
 * privacy screen says so.
 */
export type ErasedPerson = { personId: string; names: readonly string[] };

export async function eraseFromBackups(persons: readonly ErasedPerson[]): Promise<BackupErasure> {
  const result: BackupErasure = { rewritten: 0, failed: [] };
  for (const entry of await listSnapshots()) {
    try {
      const text = new TextDecoder().decode(await readSnapshot(entry.id));
      const backup = backupFileSchema.parse(JSON.parse(text));
      // Every person in one pass: each backup is read and written at most once.
      let tables: typeof backup.tables | null = null;
      for (const { personId, names } of persons) tables = scrubBackupTables(tables ?? backup.tables, personId, names) ?? tables;
      if (!tables) continue;
      await rewriteSnapshot(entry.id, encodeBackup({ ...backup, tables }));
      result.rewritten++;
    } catch (error) {
      result.failed.push({ name: entry.name, error });
    }
  }
  return result;
}

/**
 * The same after a partner's erasure arrived through sync: nobody waits on a screen, so a backup
 * that could not be scrubbed is recorded in the problems table (and the log) for the advisor.
 */
export async function eraseFromBackupsInBackground(persons: readonly ErasedPerson[]): Promise<void> {
  const report = reportBackground('backup');
  try {
    const { failed } = await eraseFromBackups(persons);
    for (const f of failed) report(f.error);
  } catch (error) {
    report(error);
  }
}
