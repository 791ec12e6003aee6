import Dexie, { type Table } from 'dexie';
import type { ChangeBatch, JsonValue, SyncedRowMeta } from '../../shared/sync/types';
import type { SyncedTable } from '../../shared/sync/tables';
import { defineSchema } from './schema';

/** A synchronised row as stored: bookkeeping fields plus the entity's own fields. */
export type StoredRow = SyncedRowMeta & Record<string, unknown>;

/** A local change batch as kept in the outbox (and, for peers, the inbox). */
export type StoredBatch = ChangeBatch & {
  /** `table:rowId` of each row the batch touches, for the company timeline; `*` when bulk. */
  rows: string[];
  /** Wall-clock time the batch was written on its device (ms). */
  at: number;
  /**
   * What partners see instead of `label` when the action also touched private items (the
   * label would reveal them); `label` stays for this device's own history.
   */
  sharedLabel?: string;
};

export type SettingRow = { key: string; value: JsonValue };
export type DraftRow = { key: string; value: JsonValue; savedAt: number };
export type PeerRow = {
  deviceId: string;
  appliedSeq: number;
  newestHlc: string | null;
  lastSeenAt: number | null;
  advisorName?: string;
  organisation?: string;
};
export type ConflictRow = {
  id: string;
  /** `value`: two devices wrote different values; `edit-on-deleted`: an edit of a deleted row. */
  kind: 'value' | 'edit-on-deleted';
  table: string;
  rowId: string;
  field: string;
  status: 'open' | 'opgelost';
  winner: { value: JsonValue; hlc: string; deviceId: string };
  loser: { value: JsonValue; hlc: string; deviceId: string };
  detectedAt: number;
};
export type ViewRow = { id: string; screen: string; name: string; state: JsonValue; createdAt: number };
export type ImportRow = {
  id: string;
  at: number;
  fileName: string;
  created: string[];
  updated: { id: string; before: JsonValue }[];
  undoneAt: number | null;
};
export type ProblemRow = { id?: number; at: number; kind: string; message: string; detail?: JsonValue };

export class VeldwerkDb extends Dexie {
  declare companies: Table<StoredRow, string>;
  declare contactPersons: Table<StoredRow, string>;
  declare contactLogs: Table<StoredRow, string>;
  declare followUps: Table<StoredRow, string>;
  declare guides: Table<StoredRow, string>;
  declare interviews: Table<StoredRow, string>;
  declare terms: Table<StoredRow, string>;
  declare schemes: Table<StoredRow, string>;
  declare networks: Table<StoredRow, string>;
  declare advisors: Table<StoredRow, string>;
  declare targets: Table<StoredRow, string>;
  declare meetings: Table<StoredRow, string>;
  declare outbox: Table<StoredBatch, number>;
  declare inbox: Table<StoredBatch, [string, number]>;
  declare peers: Table<PeerRow, string>;
  declare conflicts: Table<ConflictRow, string>;
  declare settings: Table<SettingRow, string>;
  declare drafts: Table<DraftRow, string>;
  declare views: Table<ViewRow, string>;
  declare imports: Table<ImportRow, string>;
  declare problems: Table<ProblemRow, number>;

  constructor(name = 'veldwerk') {
    super(name);
    defineSchema(this);
  }

  syncedTable(name: SyncedTable): Table<StoredRow, string> {
    return this.table(name);
  }
}

let instance: VeldwerkDb | null = null;

/** The app's database. Tests create their own `VeldwerkDb` with a unique name instead. */
export function getDb(): VeldwerkDb {
  instance ??= new VeldwerkDb();
  return instance;
}

/** For tests and the restore flow: swap the database the app uses. */
export function setDb(db: VeldwerkDb | null): void {
  instance = db;
}
