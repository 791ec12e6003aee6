import { mergeSeen } from '../../shared/sync/causal';
import type { Conflict } from '../../shared/sync/merge';
import { SYNCED_TABLES } from '../../shared/sync/tables';
import type { ChangeBatch, SeenVector } from '../../shared/sync/types';
import { ensureDeviceId } from '../db/clock';
import type { ConflictRow, VeldwerkDb } from '../db/database';
import { SEEN_SEQS_KEY } from '../db/queries/syncStatus';

/**
 * The sync bookkeeping in the database that applying a segment and loading a snapshot share:
 * the causal "seen" vector and the stored conflicts.
 */

/**
 * Bookkeeping timestamps both sides set on every edit: last-writer-wins is right for them, and
 * listing them as conflicts would bury the real one (the field the advisors both changed).
 */
export const UNREVIEWED_FIELDS = new Set(['updatedAt', 'lastChangeAt']);
/** Every store a segment or a snapshot touches, in one read-write transaction. */
export const APPLY_STORES = [...SYNCED_TABLES, 'inbox', 'outbox', 'peers', 'conflicts', 'settings'] as const;

/** The row's current values without the engine's bookkeeping, as a conflict record keeps them. */
function conflictRow(c: Conflict, previous: ConflictRow | undefined): ConflictRow {
  return {
    id: c.id,
    kind: c.kind,
    table: c.table,
    rowId: c.rowId,
    field: c.field,
    // The user's decision stands: a changed winner updates the values, not the status.
    status: previous?.status ?? 'open',
    winner: c.winner,
    loser: c.loser,
    detectedAt: previous?.detectedAt ?? c.detectedAt,
  };
}

/**
 * What this device has seen of each peer as stored; a database from before this setting starts
 * from the peers' applied seqs.
 */
export async function readSeen(db: VeldwerkDb, own: string): Promise<SeenVector> {
  const stored = (await db.settings.get(SEEN_SEQS_KEY))?.value;
  const seen: SeenVector = {};
  if (stored !== null && typeof stored === 'object' && !Array.isArray(stored)) {
    for (const [peer, seq] of Object.entries(stored)) if (typeof seq === 'number') seen[peer] = seq;
  } else {
    for (const p of await db.peers.toArray()) if (p.deviceId !== own && p.appliedSeq > 0) seen[p.deviceId] = p.appliedSeq;
  }
  return seen;
}

/**
 * What this device has seen of each peer, for the causal stamp of new local batches (see
 * `shared/sync/causal.ts`): the applied batches and, transitively, what they had seen. A
 * database from before this setting starts from the peers' applied seqs.
 */
export async function advanceSeen(db: VeldwerkDb, batches: ChangeBatch[]): Promise<void> {
  const own = await ensureDeviceId(db);
  const seen = await readSeen(db, own);
  for (const batch of batches) mergeSeen(seen, own, batch);
  await db.settings.put({ key: SEEN_SEQS_KEY, value: seen });
}

/** Upsert new or changed conflicts by id (keeping the user's status), delete cleared ones. */
export async function writeConflicts(
  db: VeldwerkDb,
  changes: Map<string, Conflict | null>,
): Promise<number> {
  if (changes.size === 0) return 0;
  const ids = [...changes.keys()];
  const existing = await db.conflicts.bulkGet(ids);
  const puts: ConflictRow[] = [];
  const deletes: string[] = [];
  let opened = 0;
  ids.forEach((id, i) => {
    const c = changes.get(id)!;
    if (c === null) {
      if (existing[i]) deletes.push(id);
      return;
    }
    if (!existing[i]) opened++;
    puts.push(conflictRow(c, existing[i]));
  });
  if (deletes.length > 0) await db.conflicts.bulkDelete(deletes);
  if (puts.length > 0) await db.conflicts.bulkPut(puts);
  return opened;
}
