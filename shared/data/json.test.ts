import { describe, expect, it } from 'vitest';
import { asJson } from './json';

describe('asJson', () => {
  it('keeps what JSON keeps', () => {
    expect(asJson({ a: 1, b: undefined, c: [{ id: 'x', desc: false }], d: new Date('2026-01-05T09:00:00Z') })).toEqual({
      a: 1,
      c: [{ id: 'x', desc: false }],
      d: '2026-01-05T09:00:00.000Z',
    });
    expect(asJson(undefined)).toBeNull();
  });
});
