/**
 * Batches touching more rows than this are indexed as bulk (`*`) rather than per row, so a
 * 10,000-row import does not write 10,000 index entries for the outbox or inbox.
 */
export const ROW_INDEX_LIMIT = 200;

/**
 * The `rows` multi-entry index of an outbox or inbox batch (schema.ts: `*rows`): one
 * `table:rowId` key per row the batch touches, or `['*']` for a bulk batch. The timeline looks a
 * row's history up by this key.
 */
export function batchRowKeys(changes: readonly { table: string; rowId: string }[]): string[] {
  return changes.length > ROW_INDEX_LIMIT ? ['*'] : [...new Set(changes.map((c) => `${c.table}:${c.rowId}`))];
}
