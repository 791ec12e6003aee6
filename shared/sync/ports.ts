import type { SkewEstimate } from './clockSafety';
import type { Hlc } from './hlc';
import type { SyncTransport } from './transport';
import { SNAPSHOT_EVERY_BATCHES, type SnapshotState } from './snapshot';
import type { ChangeBatch } from './types';

/** Something that went wrong or was set aside, in Dutch, for the sync log. */
export type SyncProblem = {
  kind:
    | 'segment-unreadable'
    | 'segment-mismatch'
    | 'gap'
    | 'future-clock'
    | 'push-blocked'
    | 'transport'
    | 'manifest'
    | 'republished'
    | 'identity-renewed'
    | 'passphrase'
    | 'mass-deletion'
    | 'snapshot-unreadable';
  message: string;
  path?: string;
  deviceId?: string;
};

export type SkippedFile = { path: string; reason: string; message: string };

export type MassDeletionSummary = {
  deviceId: string;
  total: number;
  /** Per table: rows this partner's deletions remove (since the last confirmation) of how many. */
  tables: { table: string; deleting: number; live: number }[];
  /** What will disappear: names of (some of) the records this segment deletes. */
  examples: string[];
  message: string;
};

/**
 * What the engine needs from the local database; the renderer implements it over Dexie.
 * `applySegment` must be atomic: one Dexie transaction that runs `planApply` per batch, writes
 * rows and conflicts, stores the batches in the inbox, advances `appliedSeq` and the HLC.
 */
export type LocalStorePort = {
  /** Own batches with seq > afterSeq, ascending, at most `limit`. */
  pendingBatches(afterSeq: number, limit: number): Promise<ChangeBatch[]>;
  lastPushedSeq(): Promise<number>;
  markPushed(seq: number): Promise<void>;
  /** Highest seq of `deviceId` applied here (0 when none). */
  appliedSeq(deviceId: string): Promise<number>;
  applySegment(deviceId: string, batches: ChangeBatch[]): Promise<{ conflicts: number; skipped: number }>;
  /** Of `rowIds`, how many are live (not deleted) here, and how many live rows the table has. */
  liveRowCounts(table: string, rowIds: string[]): Promise<{ live: number; total: number }>;
  recordProblem(problem: SyncProblem): Promise<void>;
  notePeer(deviceId: string, seen: { newestHlc: Hlc; lastSeenAt: number }): Promise<void>;
  /**
   * The manifest text this device last published under on `target` (`transport.describe()`),
   * and the manifest it adopted: remembered so that a changed key is noticed (own segments are
   * then written again) and a deleted manifest can be put back as it was.
   */
  knownManifest(target: string): Promise<string | null>;
  setKnownManifest(target: string, text: string): Promise<void>;
  /** Per own segment path on `target`, the `size:mtime` last verified (see `engineRepair.ts`). */
  ownSegmentPrints(target: string): Promise<Record<string, string>>;
  setOwnSegmentPrints(target: string, prints: Record<string, string>): Promise<void>;
  /**
   * Continue under a new device id (the database was rolled back or cloned: the target holds
   * segments of this id it never wrote); the next round pulls the old id as a peer.
   */
  retireIdentity?(): Promise<void>;
  /** Per partner and table, rows their deletions removed since the last confirmation. */
  deletionTally(): Promise<Record<string, Record<string, number>>>;
  setDeletionTally(tally: Record<string, Record<string, number>>): Promise<void>;
  /** A readable name per row ("Bakkerij Jansen"), at most `limit`, for the mass-deletion question. */
  describeRows?(rows: { table: string; rowId: string }[], limit: number): Promise<string[]>;
  /** Push everything again from seq 1 (own segments were written under a key that lost). */
  restartPush(): Promise<void>;
  /** Per partner, the highest seq applied here (0 or absent when none). Needed for snapshots. */
  appliedSeqs?(): Promise<Record<string, number>>;
  /**
   * The shared rows and the frontier they cover (see `snapshot.ts`), read in one transaction;
   * null while own batches wait to be pushed (a snapshot never holds what the target lacks).
   */
  exportSnapshot?(): Promise<SnapshotState | null>;
  /**
   * Join a snapshot into the local rows (`joinRows`) and take its frontier as applied, its
   * vector as seen, atomically: afterwards only batches beyond the frontier are pulled.
   */
  importSnapshot?(state: SnapshotState, onProgress?: (done: number, total: number) => void): Promise<{ conflicts: number }>;
};

export type SyncProgress = {
  phase: 'manifest' | 'push' | 'snapshot' | 'pull' | 'done';
  /** Batches pushed or applied so far in this phase. */
  done: number;
  deviceId?: string;
  /** For a progress bar: rows of the snapshot loaded, or segments read, of `steps`. */
  step?: number;
  steps?: number;
};

export type SyncLimits = {
  maxBatchesPerSegment: number;
  maxSegmentBytes: number;
  /** Ask before a peer's deletions remove more than this share of a table's live rows... */
  massDeletionShare: number;
  /** ...(but not for fewer than this many rows: 1 of 3 terms is not a mass deletion)... */
  massDeletionMinRows: number;
  /** ...or more than this many rows in one run. */
  massDeletionTotal: number;
  /** Write a snapshot once the target holds this many batches beyond the newest one. */
  snapshotEveryBatches: number;
};

export const DEFAULT_LIMITS: SyncLimits = {
  maxBatchesPerSegment: 500,
  maxSegmentBytes: 1_000_000,
  massDeletionShare: 0.25,
  massDeletionMinRows: 5,
  massDeletionTotal: 200,
  snapshotEveryBatches: SNAPSHOT_EVERY_BATCHES,
};

export type SyncOptions = {
  transport: SyncTransport;
  local: LocalStorePort;
  deviceId: string;
  now: () => number;
  appVersion: string;
  schemaVersion: number;
  crypto?: { passphrase: string; iterations?: number };
  onProgress?: (progress: SyncProgress) => void;
  confirmMassDeletion?: (summary: MassDeletionSummary) => Promise<boolean>;
  limits?: Partial<SyncLimits>;
};

export type SyncReport = {
  /** False when the round stopped early; `problems` says why. */
  ok: boolean;
  stoppedBy?: 'transport' | 'manifest' | 'passphrase' | 'mass-deletion' | 'push';
  pushedBatches: number;
  pushedSegments: number;
  pulledSegments: number;
  appliedBatches: number;
  conflicts: number;
  quarantinedBatches: number;
  skippedFiles: SkippedFile[];
  problems: SyncProblem[];
  skew: SkewEstimate | null;
  /** The snapshot this round joined from (a new device) and the one it wrote, if any. */
  snapshotLoaded?: string;
  snapshotWritten?: string;
};
