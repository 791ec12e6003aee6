import { describe, expect, it } from 'vitest';
import { termSchema } from '../domain/term';
import { SEED_TERMS } from './terms';

const REQUIRED = [
  'bpv',
  'bol',
  'bbl',
  'entreeopleiding',
  'basisberoepsopleiding',
  'vakopleiding',
  'middenkaderopleiding',
  'specialistenopleiding',
  'mbo-niveaus',
  'stage-hbo',
  'stage-wo',
  'kort-traject',
  'evc',
  'leren-en-werken',
  'llo',
  'leven-lang-leren',
  'zij-instroom',
  'mkb-route',
  'associate-degree',
  'duaal-opleiden',
  'tripartiete-overeenkomst',
  'erkend-leerbedrijf',
  'sbb',
  'o-en-o-fonds',
  'avv',
  'leerrechten',
  'startkwalificatie',
  'laaggeletterdheid',
  'werknemersvaardigheden',
  'praktijkhouder',
  'formeel-leren',
  'non-formeel-leren',
  'informeel-leren',
  'goa',
  'praktijkbegeleider',
  'mkb',
  'klein-mkb',
  'zzp-er',
  'kwalificatiestructuur',
  'lwl',
  'baanbrekend',
  'werkgeversbenadering',
  'blinde-vlek',
  'ontzorgen',
  'olievlekwerking',
  'smart',
  'leercultuur',
  'handelingsverlegenheid',
  'terugbetalingsregeling',
  'lang-onderwijs',
  'kort-onderwijs',
  'initieel-onderwijs',
  'post-initieel-onderwijs',
];

describe('seeded begrippen', () => {
  it('validate against the schema', () => {
    for (const t of SEED_TERMS) expect(termSchema.safeParse(t).error, t.key).toBeUndefined();
  });

  it('hold at least 45 begrippen including every required one, with unique keys and ids', () => {
    expect(SEED_TERMS.length).toBeGreaterThanOrEqual(45);
    const keys = SEED_TERMS.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(SEED_TERMS.map((t) => t.id)).size).toBe(keys.length);
    expect(REQUIRED.filter((k) => !keys.includes(k))).toEqual([]);
  });

  it('only relate to begrippen that exist, never to themselves', () => {
    const keys = new Set(SEED_TERMS.map((t) => t.key));
    for (const t of SEED_TERMS) {
      for (const r of t.related) expect(keys.has(r) && r !== t.key, `${t.key} → ${r}`).toBe(true);
    }
  });
});
