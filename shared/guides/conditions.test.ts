import { describe, expect, it } from 'vitest';
import type { Condition } from '../domain/guide';
import { guideSchema } from '../domain/guide';
import { evaluateCondition, isAnswered } from './conditions';
import { followUpOf, isRelevant, relevanceMap, relevantAnswers, visibleItems } from './relevance';

const guide = guideSchema.parse({
  id: 'g1',
  _clock: {},
  guideKey: 'test',
  version: 1,
  title: 'Test',
  audience: 'algemeen',
  date: '2024-01-01',
  status: 'gepubliceerd',
  createdAt: '2024-01-01T00:00:00Z',
  publishedAt: '2024-01-01T00:00:00Z',
  sections: [
    {
      key: 's1',
      title: 'Een',
      items: [
        { kind: 'yesno', key: 'a', label: 'A?' },
        {
          kind: 'single',
          key: 'b',
          label: 'B?',
          relevant: { q: 'a', eq: 'ja' },
          choices: [
            { value: 'x', label: 'X' },
            { value: 'y', label: 'Y' },
          ],
        },
        { kind: 'longtext', key: 'c', label: 'C?', relevant: { q: 'b', eq: 'x' } },
        { kind: 'longtext', key: 'd', label: 'D?', relevant: { not: { q: 'b', eq: 'x' } } },
        {
          kind: 'multi',
          key: 'm',
          label: 'M?',
          choices: [
            { value: 'p', label: 'P' },
            { value: 'q', label: 'Q' },
          ],
        },
        { kind: 'text', key: 'e', label: 'E?', relevant: { q: 'm', includes: 'q' } },
      ],
    },
    {
      key: 's2',
      title: 'Twee',
      relevant: { q: 'a', eq: 'nee' },
      items: [{ kind: 'text', key: 'f', label: 'F?' }],
    },
  ],
});

describe('conditions', () => {
  const answers = { a: 'ja', b: 'x', m: ['p', 'q'], n: 3 };
  const cases: [Condition, boolean][] = [
    [{ q: 'a', eq: 'ja' }, true],
    [{ q: 'a', eq: 'nee' }, false],
    [{ q: 'b', in: ['y', 'x'] }, true],
    [{ q: 'b', in: ['y'] }, false],
    [{ q: 'm', includes: 'q' }, true],
    [{ q: 'm', includes: 'r' }, false],
    [{ q: 'zz', answered: true }, false],
    [{ q: 'n', eq: 3 }, true],
    [
      {
        all: [
          { q: 'a', eq: 'ja' },
          { any: [{ q: 'b', eq: 'y' }, { not: { q: 'm', includes: 'r' } }] },
        ],
      },
      true,
    ],
    [
      {
        all: [
          { q: 'a', eq: 'ja' },
          {
            any: [
              { q: 'b', eq: 'y' },
              { q: 'm', includes: 'r' },
            ],
          },
        ],
      },
      false,
    ],
    [
      {
        not: {
          all: [
            { q: 'a', eq: 'ja' },
            { q: 'b', eq: 'x' },
          ],
        },
      },
      false,
    ],
  ];
  it.each(cases)('evaluates %j as %s', (condition, expected) => {
    expect(evaluateCondition(condition, answers)).toBe(expected);
  });

  it('treats blanks and empty selections as unanswered', () => {
    expect(isAnswered('  ')).toBe(false);
    expect(isAnswered([])).toBe(false);
    expect(isAnswered(null)).toBe(false);
    expect(isAnswered(0)).toBe(true);
    expect(evaluateCondition({ q: 'a', eq: '' }, { a: '' })).toBe(false);
  });
});

describe('relevance', () => {
  it('hides a follow-up of a hidden follow-up even when a stale answer says otherwise', () => {
    // b was answered "x" while a was "ja"; switching a to "nee" hides b and therefore c.
    const map = relevanceMap(guide, { a: 'nee', b: 'x' });
    expect(map.items.get('b')).toBe(false);
    expect(map.items.get('c')).toBe(false);
    // d depends on b through "not"; a hidden b must not make d appear.
    expect(map.items.get('d')).toBe(false);
  });

  it('shows the chain when the answers lead there', () => {
    const map = relevanceMap(guide, { a: 'ja', b: 'x' });
    expect([map.items.get('b'), map.items.get('c'), map.items.get('d')]).toEqual([
      true,
      true,
      false,
    ]);
    expect(relevanceMap(guide, { a: 'ja', b: 'y' }).items.get('d')).toBe(true);
  });

  it('applies section conditions to every item in the section', () => {
    expect(visibleItems(guide, { a: 'ja' }).map((v) => v.section.key)).toEqual(['s1']);
    expect(visibleItems(guide, { a: 'nee' }).map((v) => v.section.key)).toEqual(['s1', 's2']);
  });

  it('uses includes on multi answers', () => {
    expect(relevanceMap(guide, { m: ['q'] }).items.get('e')).toBe(true);
    expect(relevanceMap(guide, { m: ['p'] }).items.get('e')).toBe(false);
  });

  it('keeps hidden answers out of the answers that count', () => {
    expect(relevantAnswers(guide, { a: 'nee', b: 'x', c: 'oud', f: 'nieuw' })).toEqual({
      a: 'nee',
      f: 'nieuw',
    });
  });

  it('isRelevant alone evaluates the condition on the answers', () => {
    expect(isRelevant({ relevant: { q: 'a', eq: 'ja' } }, { a: 'ja' })).toBe(true);
    expect(isRelevant({}, {})).toBe(true);
    expect(isRelevant({ relevant: { q: 'a', eq: 'ja' } }, { a: 'ja' }, () => false)).toBe(false);
  });
});

describe('followUpOf (print layout)', () => {
  it('indents "Zo ja" and "Zo nee" follow-ups under their question', () => {
    expect(
      followUpOf({ kind: 'text', key: 'x', label: 'X', relevant: { q: 'a', eq: 'ja' } }),
    ).toEqual({ parentKey: 'a', label: 'Zo ja →' });
    expect(
      followUpOf({ kind: 'text', key: 'x', label: 'X', relevant: { q: 'a', eq: 'nee' } }),
    ).toEqual({ parentKey: 'a', label: 'Zo nee →' });
    expect(
      followUpOf({ kind: 'text', key: 'x', label: 'X', relevant: { all: [{ q: 'a', eq: 'ja' }] } }),
    ).toBeNull();
    expect(followUpOf({ kind: 'text', key: 'x', label: 'X', indentUnder: 'b' })).toEqual({
      parentKey: 'b',
      label: 'Vervolg →',
    });
  });
});
