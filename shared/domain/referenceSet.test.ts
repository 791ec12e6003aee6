import { describe, expect, it } from 'vitest';
import { SEED_NETWORKS } from '../seed/networks';
import { SEED_SCHEMES } from '../seed/schemes';
import { SEED_TERMS } from '../seed/terms';
import { exportReferenceSet, parseReferenceSet } from './referenceSet';

const seeds = { terms: SEED_TERMS, schemes: SEED_SCHEMES, networks: SEED_NETWORKS };
const NOW = new Date('2026-11-23T09:00:00Z');
const exported = () =>
  JSON.parse(exportReferenceSet(seeds, NOW)) as Record<string, unknown> & {
    terms: Record<string, unknown>[];
    schemes: Record<string, unknown>[];
  };

describe('parseReferenceSet', () => {
  it('round-trips an export and reports everything unchanged', () => {
    const r = parseReferenceSet(exportReferenceSet(seeds, NOW), 'set.json', seeds);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.summary).toMatchObject({ added: 0, changed: 0 });
    expect(r.summary.unchanged).toBe(
      SEED_TERMS.length + SEED_SCHEMES.length + SEED_NETWORKS.length,
    );
  });

  it('carries the fields of issue 15: source dates, checks, erkenning per form, network website/status/source', () => {
    const text = exportReferenceSet(
      { terms: SEED_TERMS, schemes: SEED_SCHEMES, networks: SEED_NETWORKS },
      new Date('2026-12-05T08:00:00Z'),
    );
    const r = parseReferenceSet(text, 'set.json');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const scheme = (key: string) => r.set.schemes.find((s) => s.key === key)!;
    expect(scheme('slim-scholingssubsidie').source.date).toBe('2025-03-03');
    expect(scheme('o-en-o-fondsen').criteria.checks).toEqual([
      'de cao die voor het bedrijf geldt een O&O-fonds noemt',
    ]);
    expect(scheme('subsidie-praktijkleren').criteria.erkendLeerbedrijfFor).toEqual(['bpvBbl']);
    const net = r.set.networks.find((n) => n.key === 'zzper-drechtsteden')!;
    expect(net).toMatchObject({
      website: 'http://www.zzperdrechtsteden.nl',
      status: 'onbekend',
      source: { date: '2017-02-01' },
    });
    expect(r.set).toEqual(JSON.parse(text));
  });

  it('counts added and changed rows against the existing set, by key', () => {
    const data = exported();
    data.terms[0] = { ...data.terms[0], definition: 'Een nieuwe, betere uitleg van dit begrip.' };
    const bytes = new TextEncoder().encode(JSON.stringify(data));
    const existing = { ...seeds, networks: SEED_NETWORKS.slice(0, 10) };
    const r = parseReferenceSet(bytes, 'set.json', existing);
    expect(r.ok && r.summary.byTable.terms).toEqual({
      added: 0,
      changed: 1,
      unchanged: SEED_TERMS.length - 1,
    });
    expect(r.ok && r.summary.byTable.networks).toEqual({ added: 20, changed: 0, unchanged: 10 });
  });

  it('counts a change inside a nested field (criteria, source) as changed', () => {
    const data = exported();
    const scheme = data.schemes[0] as { source: { text: string; url: string | null } };
    data.schemes[0] = { ...scheme, source: { ...scheme.source, text: `${scheme.source.text} (bijgewerkt)` } };
    const r = parseReferenceSet(JSON.stringify(data), 'set.json', seeds);
    expect(r.ok && r.summary.byTable.schemes).toEqual({ added: 0, changed: 1, unchanged: SEED_SCHEMES.length - 1 });
  });

  it('ignores sync clocks when comparing', () => {
    const data = exported();
    data.terms[0] = { ...data.terms[0], _clock: { term: '0000-x' } };
    const r = parseReferenceSet(JSON.stringify(data), 'set.json', seeds);
    expect(r.ok && r.summary.changed).toBe(0);
  });

  it('reports bad JSON in Dutch', () => {
    const r = parseReferenceSet('{ "format": ', 'kapot.json');
    expect(r).toMatchObject({ ok: false });
    expect(!r.ok && r.errors[0]).toMatch(/^Het bestand kapot\.json is geen geldig JSON-bestand/);
  });

  it('reports an empty file, invalid UTF-8 and a foreign JSON file', () => {
    expect(!parseReferenceSet('', 'leeg.json').ok).toBe(true);
    const latin1 = parseReferenceSet(new Uint8Array([0x7b, 0xe9, 0x7d]), 'oud.json');
    expect(!latin1.ok && latin1.errors[0]).toMatch(/geen leesbare tekst/);
    const foreign = parseReferenceSet('{"hello": 1}', 'ander.json');
    expect(!foreign.ok && foreign.errors[0]).toMatch(/geen Veldwerk-referentieset/);
    const future = parseReferenceSet(
      '{"format":"veldwerk-referentieset","version":2}',
      'nieuw.json',
    );
    expect(!future.ok && future.errors[0]).toMatch(/versie 2/);
  });

  it('reports a wrong field with its Dutch path', () => {
    const data = exported();
    data.schemes[3] = { ...data.schemes[3], status: 'misschien' };
    const r = parseReferenceSet(JSON.stringify(data), 'set.json', seeds);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors).toHaveLength(1);
    expect(!r.ok && r.errors[0]).toMatch(/^regelingen\[3\]\.status: /);
  });

  it('rejects duplicate keys and links to unknown begrippen', () => {
    const data = exported();
    data.terms.push({ ...data.terms[0] });
    data.terms[1] = { ...data.terms[1], related: ['bestaat-niet'] };
    const r = parseReferenceSet(JSON.stringify(data), 'set.json');
    expect(
      !r.ok && r.errors.some((e) => e.startsWith(`begrippen[${SEED_TERMS.length}].key:`)),
    ).toBe(true);
    expect(!r.ok && r.errors.some((e) => e.startsWith('begrippen[1].related[0]:'))).toBe(true);
  });

  it('caps a long error list', () => {
    const data = exported();
    data.terms = data.terms.map((t) => ({ ...t, category: 'fout' }));
    const r = parseReferenceSet(JSON.stringify(data), 'set.json');
    expect(!r.ok && r.errors).toHaveLength(21);
    expect(!r.ok && r.errors[20]).toMatch(/andere fouten/);
  });

  it('accepts a byte-order mark', () => {
    expect(parseReferenceSet(`\uFEFF${exportReferenceSet(seeds, NOW)}`, 'bom.json').ok).toBe(true);
  });
});
