import { SYNCED_TABLES, isSyncedTable } from '../../shared/sync/tables';
import { DELETED_FIELD, type JsonValue } from '../../shared/sync/types';
import type { ConflictRow, VeldwerkDb } from '../db/database';
import { write } from '../db/repository';

export type Resolution =
  | { kind: 'value'; value: JsonValue }
  /** Edit on a deleted row: bring the row back (with the edit) or leave it deleted. */
  | { kind: 'restore' }
  | { kind: 'keep-deleted' };

/**
 * Resolve a conflict the way the advisor chose. The chosen value is an ordinary repository
 * write, so it gets a new clock, wins everywhere and synchronises like any edit; its batch says
 * it had seen the other value, so no device reports the conflict again. The decision is written
 * even when it keeps the current value (or the deletion): that is how the other devices learn
 * the conflict is settled. The conflict is marked resolved in the same transaction.
 */
export async function resolveConflict(
  db: VeldwerkDb,
  conflict: ConflictRow,
  resolution: Resolution,
): Promise<void> {
  await db.transaction('rw', [...SYNCED_TABLES, 'outbox', 'settings', 'conflicts'], async () => {
    if (isSyncedTable(conflict.table)) {
      const table = conflict.table;
      const row = await db.syncedTable(table).get(conflict.rowId);
      if (row) {
        const fields =
          resolution.kind === 'value'
            ? { [conflict.field]: resolution.value }
            : { [DELETED_FIELD]: resolution.kind === 'keep-deleted' };
        await write(db, 'Conflict opgelost', (w) => w.confirm(table, conflict.rowId, fields));
      }
    }
    await db.conflicts.update(conflict.id, { status: 'opgelost' });
  });
}
