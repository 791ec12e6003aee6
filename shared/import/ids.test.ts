import { describe, expect, it } from 'vitest';
import { timeOrderedIds } from './ids';

describe('timeOrderedIds', () => {
  it('are UUIDs (version 7 layout) that sort in the order they were made, and never repeat', () => {
    const ids = timeOrderedIds(70_000, Date.UTC(2026, 11, 5, 8, 0, 0));
    expect(ids[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
    // Another import in the same millisecond gets other ids.
    const other = timeOrderedIds(10, Date.UTC(2026, 11, 5, 8, 0, 0));
    expect(other.some((id) => ids.includes(id))).toBe(false);
  });
});
