import { describe, expect, it } from 'vitest';
import { schemeSchema } from '../domain/scheme';
import { SEED_NETWORKS } from './networks';
import { SEED_SCHEMES } from './schemes';
import { SEED_TERMS } from './terms';

const REQUIRED = [
  'subsidie-praktijkleren',
  'slim-regeling',
  'stap-budget',
  'nl-leert-door',
  'vrijstelling-scholingskosten',
  'leerrechten',
  'o-en-o-fondsen',
  'cao-scholingsafspraken',
  'loonkostensubsidie',
  'no-risk-polis',
  'baanbonus',
  'mobiliteitsbonus',
  'brugww',
  'jobcoaching',
  'werken-met-behoud-van-uitkering',
  'financieringsfonds-mkb-drechtsteden',
];

const byKey = (key: string) => SEED_SCHEMES.find((s) => s.key === key)!;

describe('seeded regelingen', () => {
  it('validate against the schema', () => {
    for (const s of SEED_SCHEMES) expect(schemeSchema.safeParse(s).error, s.key).toBeUndefined();
  });

  it('hold at least 16 regelingen including every required one', () => {
    expect(SEED_SCHEMES.length).toBeGreaterThanOrEqual(16);
    const keys = SEED_SCHEMES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(REQUIRED.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('mark the schemes that stopped as ended, with their end dates', () => {
    expect(byKey('stap-budget')).toMatchObject({ status: 'beeindigd', validUntil: '2023-12-31' });
    expect(byKey('nl-leert-door')).toMatchObject({ status: 'beeindigd', validUntil: '2023-06-30' });
    expect(byKey('mobiliteitsbonus')).toMatchObject({
      status: 'beeindigd',
      validUntil: '2017-12-31',
    });
  });

  it('keep leerrechten as a retired entry: a begrip, not an instrument', () => {
    expect(byKey('leerrechten').retired).toBe(true);
  });

  it('say honestly when conditions are unknown', () => {
    expect(byKey('baanbonus').conditions).toContain('controleer bij de aanbieder');
    expect(byKey('baanbonus').amount).toBeNull();
  });
});

describe('issue 15: catalogue facts', () => {
  it('catalogues the schemes the seeds name, with what became of them', () => {
    expect(byKey('mkb-idee')).toMatchObject({ status: 'beeindigd' });
    expect(byKey('scholingsaftrek')).toMatchObject({
      status: 'beeindigd',
      validUntil: '2021-12-31',
    });
    expect(byKey('project-matchmaker')).toMatchObject({ status: 'onbekend', retired: false });
  });

  it('keeps a source date where the source shows one, and the date the facts were checked', () => {
    for (const s of SEED_SCHEMES) {
      expect(s.lastChecked, s.key).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (s.source.date) expect(s.source.date <= s.lastChecked, s.key).toBe(true);
    }
    expect(byKey('slim-scholingssubsidie').source.date).toBe('2025-03-03');
    expect(byKey('baanbonus').source.date).toBe('2017-08-01');
  });

  it('speaks of no expected date that had passed when the facts were checked', () => {
    const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
    for (const s of SEED_SCHEMES) {
      const text = `${s.offers} ${s.conditions} ${s.amount ?? ''}`;
      for (const m of text.matchAll(/(?:wordt|worden)[^.]*?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\d{4})[^.]*verwacht/g)) {
        const iso = `${m[2]}-${String(months.indexOf(m[1]!) + 1).padStart(2, '0')}-31`;
        expect(iso > s.lastChecked, `${s.key}: ${m[0]}`).toBe(true);
      }
    }
    expect(byKey('slim-scholingssubsidie').conditions).not.toMatch(/wordt begin maart 2026 verwacht/);
  });

  it('jobcoaching keeps the internal-jobcoach conditions apart from the general UWV ones', () => {
    const c = byKey('jobcoaching').conditions;
    expect(c).toMatch(/Interne jobcoach via UWV \(vergoeding voor de werkgever\): een contract van minstens zes maanden/);
    expect(c).toMatch(/Externe jobcoach via UWV: de werknemer vraagt die zelf aan/);
  });

  it('the levenlanglerenkrediet is a personal loan, not an employer scheme', () => {
    expect(byKey('levenlanglerenkrediet').audience).not.toContain('werkgever');
    expect(byKey('levenlanglerenkrediet').offers).toMatch(/persoonlijke lening/);
  });
});

describe('seed texts carry no personal contact details', () => {
  const texts = [...SEED_TERMS, ...SEED_SCHEMES, ...SEED_NETWORKS].map((row) => {
    const { source: _s, ...rest } = row as typeof row & { source?: unknown };
    return JSON.stringify(rest);
  });

  it.each([
    ['e-mail addresses', /[\w.+-]+@[\w-]+\.[\w.]+/],
    [
      'phone numbers',
      /(?:\+31|\b0)[\s-]?\d{1,3}[\s-]?\d{2,3}[\s-]?\d{2}[\s-]?\d{2}(?:[\s-]?\d{2})?\b/,
    ],
    ['postcodes', /\b\d{4}\s?[A-Z]{2}\b/],
  ])('contain no %s', (_label, pattern) => {
    expect(texts.filter((t) => pattern.test(t))).toEqual([]);
  });
});
