import { describe, expect, it } from 'vitest';
import { batchRowKeys, ROW_INDEX_LIMIT } from './batchRows';

const changes = (n: number) => Array.from({ length: n }, (_, i) => ({ table: 'companies', rowId: `c${i}` }));

describe('batch row keys (the outbox and inbox `*rows` index)', () => {
  it('keys each row once, up to the limit, and marks a larger batch as bulk', () => {
    expect(batchRowKeys([...changes(2), ...changes(2)])).toEqual(['companies:c0', 'companies:c1']);
    expect(batchRowKeys(changes(ROW_INDEX_LIMIT))).toHaveLength(ROW_INDEX_LIMIT);
    expect(batchRowKeys(changes(ROW_INDEX_LIMIT + 1))).toEqual(['*']);
  });
});
