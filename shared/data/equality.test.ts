import { describe, expect, it } from 'vitest';
import { changedFields, deepEqual, sameFieldValue } from './equality';

describe('deepEqual', () => {
  it('does not care about key order, at any depth', () => {
    expect(deepEqual({ a: 1, b: { c: [1, { d: 2, e: 3 }] } }, { b: { c: [1, { e: 3, d: 2 }] }, a: 1 })).toBe(true);
    // JSON.stringify, which this replaces, calls these two different.
    expect(JSON.stringify({ a: 1, b: 2 })).not.toBe(JSON.stringify({ b: 2, a: 1 }));
  });

  it('tells different values, types, lengths and array orders apart', () => {
    expect(deepEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual([1], [1, 1])).toBe(false);
    expect(deepEqual('1', 1)).toBe(false);
    expect(deepEqual([], {})).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual({ a: null }, {})).toBe(false);
  });

  it('treats an undefined key as absent, as stored JSON does', () => {
    expect(deepEqual({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(deepEqual({ b: undefined }, { c: undefined })).toBe(true);
  });

  it('compares dates by time and NaN with itself', () => {
    expect(deepEqual(new Date(5), new Date(5))).toBe(true);
    expect(deepEqual(new Date(5), new Date(6))).toBe(false);
    expect(deepEqual(Number.NaN, Number.NaN)).toBe(true);
  });
});

describe('changedFields(before, after)', () => {
  it('returns the fields of `after` that differ, with missing and null alike', () => {
    const before = { name: 'Bakkerij', tags: ['a', 'b'], address: { city: 'Dordrecht', street: 'Markt' }, note: null };
    const after = { name: 'Bakkerij', tags: ['a', 'b'], address: { street: 'Markt', city: 'Dordrecht' }, note: undefined, phone: null };
    expect(changedFields(before, after)).toEqual({});
    expect(changedFields(before, { ...after, tags: ['b', 'a'], name: 'Bakkerij De Molen' })).toEqual({
      tags: ['b', 'a'],
      name: 'Bakkerij De Molen',
    });
    expect(changedFields({}, { note: '' })).toEqual({ note: '' });
    expect(sameFieldValue(undefined, null)).toBe(true);
  });
});
