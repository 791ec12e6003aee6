import type Dexie from 'dexie';

/**
 * Every schema version of the Veldwerk database, in ascending order. A released version is
 * never edited: a change adds a new version and a test that opens a database of the previous
 * version with real rows (db/migrations.test.ts). No version has needed an upgrade function
 * yet: v2 only added a table and an index, which Dexie builds by itself, so there is no
 * `db/migrations/` folder. The first version that must rewrite stored rows starts it, one file
 * per version (`migrations/v3.ts`) passed to `.upgrade()` in `defineSchema`. Index only what
 * is queried.
 */
export const SCHEMA_V1 = {
  companies: 'id, kvk, name, gemeente, status, sizeClass, kind, importBatchId, updatedAt, *networkIds',
  contactPersons: 'id, companyId, name',
  contactLogs: 'id, companyId, at, organisation, advisorId, visibility',
  followUps: 'id, companyId, ownerAdvisorId, status, due',
  guides: 'id, guideKey, [guideKey+version]',
  interviews: 'id, companyId, guideId, guideKey, status, lastChangeAt',
  terms: 'id, key',
  schemes: 'id, key',
  networks: 'id, key',
  advisors: 'id, organisation',
  targets: 'id, organisation, periodStart',
  meetings: 'id, date',
  // Local bookkeeping.
  outbox: 'seq, id, hlc, *rows',
  inbox: '[deviceId+seq], deviceId, hlc, *rows',
  peers: 'deviceId',
  conflicts: 'id, table, rowId, status',
  settings: 'key',
  drafts: 'key',
  views: 'id, screen',
  imports: 'id, at',
} as const;

/**
 * v2 keeps every v1 table, adds `problems` (sync and import problems shown to the user) and
 * indexes companies by `source`. It is the first upgrade and the one the migration harness
 * (db/migrations.test.ts) was built on.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  companies:
    'id, kvk, name, gemeente, status, sizeClass, kind, source, importBatchId, updatedAt, *networkIds',
  problems: '++id, at, kind',
} as const;

export const LATEST_VERSION = 2;

export function defineSchema(db: Dexie): void {
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2);
}
