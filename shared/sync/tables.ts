/**
 * Which Dexie tables replicate. Everything else (outbox, inbox, peers, conflicts, settings,
 * drafts, saved views, import batches) is bookkeeping local to the device.
 */
export const SYNCED_TABLES = [
  'companies',
  'contactPersons',
  'contactLogs',
  'followUps',
  'guides',
  'interviews',
  'terms',
  'schemes',
  'networks',
  'advisors',
  'targets',
  'meetings',
] as const;

export type SyncedTable = (typeof SYNCED_TABLES)[number];

export function isSyncedTable(name: string): name is SyncedTable {
  return (SYNCED_TABLES as readonly string[]).includes(name);
}

/** Field that marks a row as private to this device (contact logs, interviews, follow-ups). */
export const VISIBILITY_FIELD = 'visibility';
export const PRIVATE = 'prive';
