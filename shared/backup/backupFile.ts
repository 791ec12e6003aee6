import { z } from 'zod';
import { formatDateTime, formatInt } from '../i18n/format';
import { settingsText } from '../i18n/nl/settings';

/**
 * A whole-database backup: every table's rows, as JSON, with the schema version it came from.
 * Restoring is all-or-nothing (one transaction) after the user has seen what will change.
 */
export const BACKUP_FORMAT = 'veldwerk-backup';
export const BACKUP_VERSION = 1;

export const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().optional(),
  createdAt: z.string(),
  reason: z.enum(['handmatig', 'dagelijks', 'voor-upgrade', 'voor-import', 'voor-terugzetten']).default('handmatig'),
  deviceId: z.string().nullable(),
  tables: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type BackupFile = z.infer<typeof backupFileSchema>;
export type BackupReason = BackupFile['reason'];

export type BackupParse =
  | { ok: true; backup: BackupFile }
  | { ok: false; message: string };

/** Parse and check a backup file; every failure says what is wrong and what to do, in Dutch. */
export function parseBackup(
  bytes: Uint8Array,
  fileName: string,
  knownTables: readonly string[],
  currentSchemaVersion: number,
): BackupParse {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return {
      ok: false,
      message: settingsText.backupFile.notJson(fileName),
    };
  }
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BACKUP_FORMAT) {
    return {
      ok: false,
      message: settingsText.backupFile.notVeldwerk(fileName),
    };
  }
  const parsed = backupFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return {
      ok: false,
      message: settingsText.backupFile.broken(fileName, issue.path.join('.') || settingsText.backupFile.start, issue.message),
    };
  }
  const backup = parsed.data;
  if (backup.version > BACKUP_VERSION || backup.schemaVersion > currentSchemaVersion) {
    return {
      ok: false,
      message: settingsText.backupFile.newer(fileName),
    };
  }
  const unknown = Object.keys(backup.tables).filter((t) => !knownTables.includes(t));
  if (unknown.length > 0) {
    return {
      ok: false,
      message: settingsText.backupFile.unknownParts(fileName, unknown.join(', ')),
    };
  }
  for (const [table, rows] of Object.entries(backup.tables)) {
    const bad = rows.findIndex((r) => r === null || typeof r !== 'object');
    if (bad >= 0) return { ok: false, message: settingsText.backupFile.badRow(fileName, bad + 1, table) };
  }
  return { ok: true, backup };
}

export type RestorePreviewRow = { table: string; label: string; current: number; backup: number };

/** What a restore would change, per table, for the confirmation screen. */
export function previewRestore(
  currentCounts: Record<string, number>,
  backup: BackupFile,
  labels: Record<string, string>,
): RestorePreviewRow[] {
  const tables = new Set([...Object.keys(labels)]);
  return [...tables]
    .map((table) => ({
      table,
      label: labels[table] ?? table,
      current: currentCounts[table] ?? 0,
      backup: backup.tables[table]?.filter((r) => !r._deleted).length ?? 0,
    }))
    .filter((r) => r.current > 0 || r.backup > 0);
}

export function describeBackup(backup: BackupFile): string {
  const rows = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
  return settingsText.backupFile.describe(formatDateTime(backup.createdAt), formatInt(rows));
}

export function backupFileName(createdAt: Date, reason: BackupReason): string {
  const stamp = createdAt.toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
  return `veldwerk-backup-${stamp}-${reason}.json`;
}
