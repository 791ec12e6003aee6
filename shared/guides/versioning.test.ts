import { describe, expect, it } from 'vitest';
import type { Guide } from '../domain/guide';
import { guideSchema } from '../domain/guide';
import { mkbActiefGuide } from './seed';
import { section, seedGuide, single, text, yesno } from './seed/build';
import {
  assertEditable,
  currentVersion,
  editGuide,
  GuideLockedError,
  nextVersionNumber,
  publish,
  validateGuideDefinition,
  withdraw,
} from './versioning';

const now = new Date('2025-03-01T10:00:00Z');

// A published version 1, whatever version the seed is at now.
const v1Guide: Guide = { ...mkbActiefGuide, id: 'seed-guide-mkb-actief-v1', version: 1 };

describe('versioning', () => {
  it('never changes a used or published version: editing makes version + 1 with a new id', () => {
    const before = JSON.stringify(v1Guide);
    const draft = editGuide(v1Guide, true, { id: 'v2', now });
    expect(draft).toMatchObject({
      id: 'v2',
      version: 2,
      status: 'concept',
      publishedAt: null,
      previousVersionId: v1Guide.id,
      guideKey: 'mkb-actief',
    });
    draft.sections[0]!.title = 'Gewijzigd';
    expect(JSON.stringify(v1Guide)).toBe(before);
    expect(() => assertEditable(v1Guide, false)).toThrow(GuideLockedError);
    expect(() => assertEditable(draft, true)).toThrow(/nieuwe versie/);
    expect(guideSchema.parse(draft)).toEqual(draft);
  });

  it('edits an unused concept in place', () => {
    const draft = editGuide(v1Guide, false, { id: 'v2', now });
    expect(editGuide(draft, false)).toBe(draft);
    expect(() => assertEditable(draft, false)).not.toThrow();
  });

  it('publishes a valid concept and refuses an invalid one', () => {
    const draft = editGuide(v1Guide, true, { id: 'v2', now });
    const ok = publish(draft, now);
    expect(ok).toMatchObject({
      ok: true,
      guide: { status: 'gepubliceerd', publishedAt: now.toISOString() },
    });
    const broken: Guide = { ...draft, sections: [] };
    expect(publish(broken, now)).toEqual({
      ok: false,
      issues: [{ message: 'Een gesprekshandleiding heeft minstens één sectie nodig.' }],
    });
    expect(publish(v1Guide, now).ok).toBe(false);
  });

  it('knows the current and the next version', () => {
    const v2 = {
      ...editGuide(v1Guide, true, { id: 'v2', now }),
      status: 'gepubliceerd' as const,
    };
    const v3 = editGuide(v2, true, {
      id: 'v3',
      now,
      nextVersion: nextVersionNumber([v1Guide, v2], 'mkb-actief'),
    });
    expect(v3.version).toBe(3);
    expect(currentVersion([v1Guide, v2, v3], 'mkb-actief')?.id).toBe('v2');
    expect(currentVersion([v1Guide, withdraw(v2), v3], 'mkb-actief')?.id).toBe(
      v1Guide.id,
    );
  });
});

describe('validateGuideDefinition', () => {
  const base = {
    guideKey: 'x',
    version: 1,
    title: 'X',
    audience: 'algemeen' as const,
    date: '2024-01-01',
  };

  it('reports duplicate keys, forward and unknown references, missing lists and bad comparisons', () => {
    const guide = seedGuide({
      ...base,
      sections: [
        section('s', 'Sectie', [
          yesno('a', 'A?', { relevant: { q: 'b', eq: 'ja' } }),
          yesno('b', 'B?', { relevant: { q: 'onbekend', answered: true } }),
          text('b', 'Dubbel'),
          single('c', 'C?', { choiceList: 'bestaatNiet' }),
          text('d', 'D?', {
            relevant: {
              any: [
                { q: 'a', eq: 'misschien' },
                { q: 'c', includes: 'x' },
              ],
            },
          }),
          text('Fout-Sleutel', 'E'),
        ]),
        section('leeg', 'Leeg', []),
      ],
    });
    const messages = validateGuideDefinition(guide).map((i) => i.message);
    expect(messages).toEqual([
      '"a" hangt af van "b", maar die vraag komt pas later; een voorwaarde mag alleen naar eerdere vragen verwijzen.',
      '"b" hangt af van "onbekend", maar die vraag bestaat niet.',
      'De sleutel "b" komt meer dan eens voor; elke sleutel moet uniek zijn.',
      '"c" gebruikt de keuzelijst "bestaatNiet", maar die bestaat niet.',
      '"d" vergelijkt "a" met "misschien", maar dat is geen mogelijk antwoord op die vraag.',
      '"d" gebruikt "bevat" op "c", maar dat kan alleen bij een vraag met meerdere antwoorden.',
      '"d" vergelijkt "c" met "x", maar dat is geen mogelijk antwoord op die vraag.',
      'De sleutel "Fout-Sleutel" mag alleen kleine letters, cijfers en liggende streepjes bevatten en moet met een letter beginnen.',
      'De sectie "Leeg" heeft nog geen vragen of teksten.',
    ]);
  });

  it('requires at least one section and refuses conditions on texts', () => {
    expect(
      validateGuideDefinition(seedGuide({ ...base, sections: [] })).map((i) => i.message),
    ).toEqual(['Een gesprekshandleiding heeft minstens één sectie nodig.']);
    const onInfo = seedGuide({
      ...base,
      sections: [
        section('s', 'S', [
          { kind: 'info', key: 'i', text: 'Lees voor' },
          text('t', 'T', { relevant: { q: 'i', answered: true } }),
        ]),
      ],
    });
    expect(validateGuideDefinition(onInfo)[0]).toMatchObject({
      key: 't',
      sectionKey: 's',
      message: '"t" hangt af van "i", maar dat is geen vraag.',
    });
  });
});
