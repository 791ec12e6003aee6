import { describe, expect, it } from 'vitest';
import type { Guide } from '../domain/guide';
import { describeCondition } from './conditionText';
import { mkbActiefGuide } from './seed';

const itemOf = (guide: Guide, key: string) =>
  guide.sections.flatMap((s) => s.items).find((i) => i.key === key)!;

describe('describeCondition (the paper guide says when to ask)', () => {
  it('names the question and the chosen option of a follow-up', () => {
    const plaats = itemOf(mkbActiefGuide, 'bedrijf_vestiging_plaats');
    expect(
      describeCondition(mkbActiefGuide, plaats.relevant!, (s) => s.replace('{bedrijf}', 'bedrijf')),
    ).toBe('Alleen als: „Waar is uw bedrijf gevestigd?” is beantwoord met „Buiten de regio”');
  });

  it('says a later function row is asked only when the one before is filled in', () => {
    const functie2 = itemOf(mkbActiefGuide, 'functie_2_naam');
    expect(describeCondition(mkbActiefGuide, functie2.relevant!)).toBe(
      'Alleen als: „Functie 1: naam” is ingevuld',
    );
  });

  it('reads yes/no, lists, ticked options and combinations as Dutch', () => {
    const guide = {
      choiceLists: {},
      sections: [
        {
          key: 's',
          title: 'S',
          items: [
            { kind: 'yesno', key: 'bpv', label: 'Ervaring met bpv?' },
            {
              kind: 'multi',
              key: 'kanaal',
              label: 'Welke kanalen?',
              choices: [
                { value: 'web', label: 'Website' },
                { value: 'uwv', label: 'UWV' },
              ],
            },
            { kind: 'number', key: 'n', label: 'Aantal?' },
          ],
        },
      ],
    } as unknown as Guide;
    expect(describeCondition(guide, { q: 'bpv', eq: 'nee' })).toBe(
      'Alleen als: „Ervaring met bpv?” is beantwoord met nee',
    );
    expect(
      describeCondition(guide, {
        all: [{ q: 'kanaal', includes: 'uwv' }, { not: { q: 'n', eq: 0 } }],
      }),
    ).toBe(
      'Alleen als: bij „Welke kanalen?” is „UWV” aangekruist en „Aantal?” is niet beantwoord met 0',
    );
    expect(describeCondition(guide, { q: 'kanaal', in: ['web', 'uwv'] })).toBe(
      'Alleen als: „Welke kanalen?” is beantwoord met „Website” of „UWV”',
    );
  });
});
