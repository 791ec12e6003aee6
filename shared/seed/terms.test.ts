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

const ISSUE_15 = [
  'slim',
  'stap-budget',
  'derde-leerweg',
  'praktijkovereenkomst',
  'register-onderwijsdeelnemers',
  'doelgroepregister',
  'participatiewet',
  'loonwaarde',
  'wajong-wia-wsw',
  'statushouder',
  'vmbo-leerwerktraject',
  'leer-en-ontwikkelcoach',
  'leertafel',
  'job-carving',
  'bekostigd-onderwijs',
  'nvao',
  'duurzame-inzetbaarheid',
  'op-bij-omscholing',
];
const byKey = (key: string) => SEED_TERMS.find((t) => t.key === key)!;

describe('issue 15: begrippen with honest sources', () => {
  it('holds the begrippen the app uses and the seeds lean on, each with its source', () => {
    for (const key of ISSUE_15) {
      const t = byKey(key);
      expect(t, key).toBeDefined();
      expect(t.source.part.length, key).toBeGreaterThan(3);
    }
  });

  it('points the corrected sources at the right part of the report', () => {
    expect(byKey('o-en-o-fonds').source).toEqual({ report: '004', part: 'bijlage 6.1' });
    expect(byKey('avv').source).toEqual({ report: '004', part: 'bijlage 6.1' });
    expect(byKey('cao').source).toEqual({ report: '004', part: 'bijlage 6.1' });
    expect(byKey('leerrechten').source).toEqual({ report: '004', part: 'bijlage 6.2' });
    expect(byKey('terugbetalingsregeling').source).toEqual({ report: '002', part: 'paragraaf 4.6.3' });
    expect(byKey('baanbrekend').source).toEqual({ report: '001', part: 'paragraaf 3.2' });
    expect(byKey('sbb').source).toEqual({ report: '001', part: 'paragraaf 3.2' });
  });

  it('makes no claim the sources do not support, and dates the LWL practice', () => {
    expect(byKey('programma-leren-en-werken').definition).not.toMatch(/leerwerkloketten komen hieruit voort/);
    expect(byKey('lwl').definition).toMatch(/In 2017/);
  });

  it('keeps synonyms honest: a kwalificatiedossier is part of the structure; hbo-duaal is broader than the Mkb-route', () => {
    expect(byKey('kwalificatiestructuur').synonyms).not.toContain('kwalificatiedossier');
    expect(byKey('mkb-route').synonyms).not.toContain('hbo-duaal');
    expect(byKey('duaal-opleiden').synonyms).toContain('hbo-duaal');
  });

  it('erkend leerbedrijf: SBB recognition is for mbo places, not for hbo-duaal or the Mkb-route', () => {
    expect(byKey('erkend-leerbedrijf').definition).toMatch(/Mkb-route is geen SBB-erkenning nodig/);
  });
});

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
