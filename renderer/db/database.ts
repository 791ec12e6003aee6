import Dexie, { type Table } from 'dexie';
import type { Advisor } from '../../shared/domain/common';
import type { Company } from '../../shared/domain/company';
import type { ContactLog } from '../../shared/domain/contactLog';
import type { ContactPerson } from '../../shared/domain/contactPerson';
import type { FollowUp } from '../../shared/domain/followUp';
import type { Guide } from '../../shared/domain/guide';
import type { Interview } from '../../shared/domain/interview';
import type { Meeting } from '../../shared/domain/meeting';
import type { Network } from '../../shared/domain/network';
import type { Scheme } from '../../shared/domain/scheme';
import type { Target } from '../../shared/domain/target';
import type { Term } from '../../shared/domain/term';
import type { MergeRow, Rivals } from '../../shared/sync/merge';
import type { ChangeBatch, JsonValue, SyncedRowMeta } from '../../shared/sync/types';
import type { SyncedTable } from '../../shared/sync/tables';
import { defineSchema } from './schema';

/**
 * A synchronised row as generic code sees it (the writer, the sync engine, backups): the
 * bookkeeping fields plus any fields. Code about one entity uses its typed table instead.
 */
export type StoredRow = SyncedRowMeta & Record<string, unknown>;

/** The merge's bookkeeping on every synchronised row (see shared/sync/merge.ts). */
export type SyncBookkeeping = SyncedRowMeta & {
  _rivals?: Rivals;
  /** On a row private to this device: the replicated state partners hold. */
  _shared?: MergeRow;
};

/**
 * A domain row as stored: the entity's type from shared/domain plus the merge's bookkeeping.
 * Every local write is checked against the entity's schema (`rowSchemas.ts`). A partner on an
 * older version may still have left a field out, which is why screens read through the loose
 * `to*` parsers and `*Row` types of `queries/`.
 */
export type Stored<T> = T & SyncBookkeeping;

/**
 * JSON has no `undefined`: a write that clears an optional field stores `null`, which the
 * queries read as absent (a target's cleared filter, a contact log whose status was taken out).
 */
type ClearedAsNull<T, K extends keyof T> = Omit<T, K> & { [F in K]?: T[F] | null };

export type StoredCompany = Stored<Company>;
export type StoredContactPerson = Stored<ContactPerson> & { erased?: boolean };
export type StoredContactLog = Stored<ClearedAsNull<ContactLog, 'statusAfter'>>;
export type StoredFollowUp = Stored<FollowUp>;
export type StoredGuide = Stored<Guide>;
export type StoredInterview = Stored<Interview>;
export type StoredTerm = Stored<Term>;
export type StoredScheme = Stored<Scheme>;
export type StoredNetwork = Stored<Network>;
/** Demo advisors and targets carry `demo: true` so that "remove demo data" finds them. */
export type StoredAdvisor = Stored<Advisor> & { demo?: boolean };
export type StoredTarget = Stored<ClearedAsNull<Target, 'sector' | 'gemeente'>> & { demo?: boolean };
export type StoredMeeting = Stored<Meeting>;

/** The row type of each synchronised table. */
export type SyncedRows = {
  companies: StoredCompany;
  contactPersons: StoredContactPerson;
  contactLogs: StoredContactLog;
  followUps: StoredFollowUp;
  guides: StoredGuide;
  interviews: StoredInterview;
  terms: StoredTerm;
  schemes: StoredScheme;
  networks: StoredNetwork;
  advisors: StoredAdvisor;
  targets: StoredTarget;
  meetings: StoredMeeting;
};

/**
 * The table of a synchronised table name: typed when the name is known (`'companies'`, or a few
 * names), the generic `StoredRow` view when it is any synchronised table.
 */
export type SyncedTableOf<T extends SyncedTable> = [SyncedTable] extends [T]
  ? Table<StoredRow, string>
  : Table<SyncedRows[T], string>;

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
  /** Each updated company's fields as they were before the import. */
  updated: { id: string; before: Record<string, JsonValue> }[];
  undoneAt: number | null;
};
export type ProblemRow = { id?: number; at: number; kind: string; message: string; detail?: JsonValue };

export class VeldwerkDb extends Dexie {
  declare companies: Table<StoredCompany, string>;
  declare contactPersons: Table<StoredContactPerson, string>;
  declare contactLogs: Table<StoredContactLog, string>;
  declare followUps: Table<StoredFollowUp, string>;
  declare guides: Table<StoredGuide, string>;
  declare interviews: Table<StoredInterview, string>;
  declare terms: Table<StoredTerm, string>;
  declare schemes: Table<StoredScheme, string>;
  declare networks: Table<StoredNetwork, string>;
  declare advisors: Table<StoredAdvisor, string>;
  declare targets: Table<StoredTarget, string>;
  declare meetings: Table<StoredMeeting, string>;
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

  /** A synchronised table by name; see `SyncedTableOf` for which view it gives. */
  syncedTable<T extends SyncedTable>(name: T): SyncedTableOf<T>;
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
