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
 * write, so it gets a new clock, wins everywhere and synchronises like any edit; the conflict is
 * marked resolved in the same transaction. A value equal to the current one writes nothing.
 */
export async function resolveConflict(
  db: VeldwerkDb,
  conflict: ConflictRow,
  resolution: Resolution,
): Promise<void> {
  await db.transaction('rw', [...SYNCED_TABLES, 'outbox', 'settings', 'conflicts'], async () => {
    if (isSyncedTable(conflict.table) && resolution.kind !== 'keep-deleted') {
      const table = conflict.table;
      const row = await db.syncedTable(table).get(conflict.rowId);
      if (row) {
        const fields =
          resolution.kind === 'restore'
            ? { [DELETED_FIELD]: false }
            : { [conflict.field]: resolution.value };
        await write(db, 'Conflict opgelost', (w) => w.patch(table, conflict.rowId, fields));
      }
    }
    await db.conflicts.update(conflict.id, { status: 'opgelost' });
  });
}
