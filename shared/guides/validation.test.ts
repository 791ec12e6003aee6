import { describe, expect, it } from 'vitest';
import { mkbNietBereiktGuide } from './seed';
import { section, seedGuide, single, text, num, multi, scale, yesno, whenYes } from './seed/build';
import { firstOpenRequired, validate } from './validation';

const guide = seedGuide({
  guideKey: 'validatie',
  version: 1,
  title: 'Validatie',
  audience: 'algemeen',
  date: '2024-01-01',
  sections: [
    section('een', 'Een', [
      yesno('heeft', 'Heeft u?', { required: true }),
      num('aantal', 'Hoeveel?', {
        relevant: whenYes('heeft'),
        required: true,
        integer: true,
        min: 1,
        max: 25,
      }),
      text('kvk', 'KvK-nummer', {
        constraint: { pattern: '^\\d{8}$' },
        constraintMessage: 'Een KvK-nummer heeft 8 cijfers.',
      }),
    ]),
    section('twee', 'Twee', [
      single('kleur', 'Kleur?', {
        required: true,
        choices: [{ value: 'rood', label: 'Rood' }],
        other: true,
      }),
      multi('dingen', 'Dingen?', {
        choices: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
        constraint: { maxSelected: 1 },
      }),
      scale('cijfer', 'Cijfer?', { min: 1, max: 5 }),
    ]),
  ],
});

describe('validate', () => {
  it('reports required questions in guide order with Dutch messages', () => {
    const issues = validate(guide, {});
    expect(issues.map((i) => [i.key, i.sectionKey, i.rule])).toEqual([
      ['heeft', 'een', 'required'],
      ['kleur', 'twee', 'required'],
    ]);
    expect(issues[0]?.message).toBe('Deze vraag moet nog beantwoord worden.');
  });

  it('ignores required and constraint rules of hidden questions, even with a stale answer', () => {
    const answers = { heeft: 'nee', aantal: 999, kleur: 'rood' };
    expect(validate(guide, answers)).toEqual([]);
    expect(validate(guide, { ...answers, heeft: 'ja' }).map((i) => i.message)).toEqual([
      'Vul een waarde van hoogstens 25 in.',
    ]);
  });

  it('checks number, pattern, selection and scale rules', () => {
    const issues = validate(guide, {
      heeft: 'ja',
      aantal: 2.5,
      kvk: '1234',
      kleur: 'rood',
      dingen: ['a', 'b'],
      cijfer: 9,
    });
    expect(issues.map((i) => [i.key, i.message])).toEqual([
      ['aantal', 'Vul een heel getal in.'],
      ['kvk', 'Een KvK-nummer heeft 8 cijfers.'],
      ['dingen', 'Kies hoogstens 1 antwoord.'],
      ['cijfer', 'Kies een waarde van 1 tot en met 5.'],
    ]);
  });

  it('asks for the text behind "anders"', () => {
    expect(validate(guide, { heeft: 'nee', kleur: 'anders' }).map((i) => i.rule)).toEqual([
      'other',
    ]);
    expect(validate(guide, { heeft: 'nee', kleur: 'anders' }, { kleur: 'paars' })).toEqual([]);
    expect(validate(guide, { heeft: 'nee', kleur: 'groen' })[0]?.message).toBe(
      'Kies een van de mogelijke antwoorden.',
    );
  });
});

describe('firstOpenRequired (Controleer)', () => {
  it('points at the first relevant required question that is still open', () => {
    expect(firstOpenRequired(guide, {})).toEqual({ key: 'heeft', sectionKey: 'een' });
    expect(firstOpenRequired(guide, { heeft: 'ja' })).toEqual({ key: 'aantal', sectionKey: 'een' });
    expect(firstOpenRequired(guide, { heeft: 'nee' })).toEqual({
      key: 'kleur',
      sectionKey: 'twee',
    });
    expect(firstOpenRequired(guide, { heeft: 'nee', kleur: 'rood' })).toBeNull();
  });

  it('in a seeded guide, walks through the ja/nee of the four forms', () => {
    const answers: Record<string, string> = { resp_functie: 'eigenaar', lw_doet_nu_iets: 'nee' };
    expect(firstOpenRequired(mkbNietBereiktGuide, answers)?.key).toBe('bpv_ervaring');
    Object.assign(answers, { bpv_ervaring: 'nee', stage_ervaring: 'nee', kort_ervaring: 'ja' });
    expect(firstOpenRequired(mkbNietBereiktGuide, answers)).toEqual({
      key: 'evc_ervaring',
      sectionKey: 'evc',
    });
  });
});
