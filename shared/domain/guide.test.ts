import { describe, expect, it } from 'vitest';
import { conditionSchema, guideSchema, itemSchema } from './guide';
import { interviewSchema } from './interview';

describe('guide schema', () => {
  it('accepts nested declarative conditions and refuses anything else', () => {
    const nested = {
      all: [
        { q: 'a', eq: 'ja' },
        { any: [{ not: { q: 'b', in: ['x'] } }, { q: 'm', includes: 'p' }] },
      ],
    };
    expect(conditionSchema.parse(nested)).toEqual(nested);
    expect(conditionSchema.safeParse('answers.a == "ja"').success).toBe(false);
    expect(conditionSchema.safeParse({ q: 'a', eq: 'ja', expr: 'x' }).success).toBe(false);
    expect(conditionSchema.safeParse({ all: [] }).success).toBe(false);
  });

  it('keeps the kind-specific fields of an item', () => {
    const item = itemSchema.parse({
      kind: 'scale',
      key: 's',
      label: 'Cijfer',
      min: 1,
      max: 10,
      minLabel: 'slecht',
    });
    expect(item).toMatchObject({ kind: 'scale', min: 1, max: 10, minLabel: 'slecht' });
    expect(itemSchema.safeParse({ kind: 'vrij', key: 'x', label: 'X' }).success).toBe(false);
  });

  it('requires a title with a Dutch message', () => {
    const result = guideSchema.safeParse({
      id: 'g',
      _clock: {},
      guideKey: 'k',
      version: 1,
      title: ' ',
      audience: 'zzp',
      date: '2024-01-01',
      status: 'concept',
      sections: [],
      createdAt: '2024-01-01T00:00:00Z',
      publishedAt: null,
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Geef de gesprekshandleiding een titel.');
  });
});

describe('interview schema', () => {
  it('fills defaults for a new draft', () => {
    const row = interviewSchema.parse({
      id: 'i',
      _clock: {},
      companyId: 'c',
      guideId: 'seed-guide-zzp-v1',
      guideKey: 'zzp',
      guideVersion: 1,
      advisorId: 'a',
      advisorName: 'Adviseur',
      organisation: 'lwl',
      status: 'concept',
      startedAt: '2025-01-01T10:00:00+01:00',
      lastChangeAt: '2025-01-01T10:00:00+01:00',
    });
    expect(row).toMatchObject({
      answers: {},
      otherTexts: {},
      finishedAt: null,
      contactLogId: null,
      visibility: 'gedeeld',
    });
  });
});
