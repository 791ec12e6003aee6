import { describe, expect, it } from 'vitest';
import type { Scheme } from '../domain/scheme';
import { SEED_SCHEMES, schemeFromSeed } from '../seed/schemes';
import type { MatchableCompany } from './schemeCriteria';
import {
  isEnded,
  isStale,
  matchScheme,
  matchSchemes,
  shortlistSchemes,
  suggestSchemes,
} from './schemeMatching';

const TODAY = '2026-11-23';

const company = (over: Partial<MatchableCompany> = {}): MatchableCompany => ({
  kind: 'mkb',
  employees: 8,
  sizeClass: '5-9',
  sbi: null,
  sector: 'bouw',
  gemeente: 'dordrecht',
  erkendLeerbedrijf: 'ja',
  activities: { bpvBbl: 'in-gebruik' },
  needs: [],
  networkIds: [],
  ...over,
});

const scheme = (over: Partial<Scheme> & Pick<Scheme, 'criteria'>): Scheme =>
  schemeFromSeed({
    key: 'test',
    name: 'Testregeling',
    provider: 'Test',
    audience: ['werkgever'],
    kind: 'subsidie',
    offers: 'Iets',
    conditions: 'Geen',
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: { text: 'test', url: null },
    ...over,
  });

const reasonTexts = (r: ReturnType<typeof matchScheme>) => r.reasons.map((x) => x.text);

describe('matchScheme: outcomes per criterion', () => {
  it('fits an mkb company within the employee limit, with a Dutch reason', () => {
    const r = matchScheme(
      company(),
      scheme({ criteria: { kinds: ['mkb'], maxEmployees: 250 } }),
      TODAY,
    );
    expect(r.outcome).toBe('past');
    expect(reasonTexts(r)).toContain('Past: MKB-bedrijf met 8 werknemers (max. 250)');
    expect(r.missing).toEqual([]);
  });

  it('is "past mogelijk" and names what is missing when the employee count is empty', () => {
    const r = matchScheme(
      company({ employees: null, sizeClass: 'onbekend' }),
      scheme({ criteria: { maxEmployees: 25 } }),
      TODAY,
    );
    expect(r.outcome).toBe('past-mogelijk');
    expect(reasonTexts(r)).toContain('Onbekend: het aantal werknemers is niet ingevuld');
    expect(r.missing).toEqual(['aantal werknemers']);
  });

  it('uses the size class when the exact count is unknown', () => {
    const within = matchScheme(
      company({ employees: null, sizeClass: '10-14' }),
      scheme({ criteria: { maxEmployees: 25 } }),
      TODAY,
    );
    expect(within.outcome).toBe('past');
    const straddles = matchScheme(
      company({ employees: null, sizeClass: '20-25' }),
      scheme({ criteria: { maxEmployees: 22 } }),
      TODAY,
    );
    expect(straddles.outcome).toBe('past-mogelijk');
    const above = matchScheme(
      company({ employees: null, sizeClass: '50-249' }),
      scheme({ criteria: { maxEmployees: 25 } }),
      TODAY,
    );
    expect(above.outcome).toBe('past-niet');
  });

  it('rejects a company outside the Drechtsteden for a regional scheme', () => {
    const r = matchScheme(
      company({ gemeente: 'buiten-regio' }),
      scheme({ criteria: { region: 'drechtsteden' } }),
      TODAY,
    );
    expect(r.outcome).toBe('past-niet');
    expect(reasonTexts(r)).toContain('Past niet: alleen voor bedrijven in de Drechtsteden');
    expect(
      matchScheme(
        company({ gemeente: null }),
        scheme({ criteria: { region: 'drechtsteden' } }),
        TODAY,
      ).missing,
    ).toEqual(['gemeente']);
  });

  it('checks the kind: a zzp-er does not fit an employers-only scheme', () => {
    const r = matchScheme(
      company({ kind: 'zzp', employees: null, sizeClass: 'zzp' }),
      scheme({ criteria: { kinds: ['mkb'] } }),
      TODAY,
    );
    expect(r.outcome).toBe('past-niet');
    expect(r.reasons[0]?.text).toMatch(/^Past niet: alleen voor MKB-bedrijven/);
  });

  it('counts a zzp-er as having no employees', () => {
    const r = matchScheme(
      company({ kind: 'zzp', employees: null, sizeClass: 'zzp' }),
      scheme({ criteria: { maxEmployees: 25 } }),
      TODAY,
    );
    expect(r.outcome).toBe('past');
  });

  it('checks sector, with an SBI section as an alternative', () => {
    const crit = { criteria: { sectors: ['zorg' as const], sbi: ['Q' as const] } };
    expect(matchScheme(company({ sector: 'zorg' }), scheme(crit), TODAY).outcome).toBe('past');
    expect(matchScheme(company({ sector: null, sbi: 'Q' }), scheme(crit), TODAY).outcome).toBe(
      'past',
    );
    expect(matchScheme(company({ sector: 'bouw' }), scheme(crit), TODAY).outcome).toBe('past-niet');
    const unknown = matchScheme(company({ sector: null, sbi: null }), scheme(crit), TODAY);
    expect(unknown.outcome).toBe('past-mogelijk');
    expect(unknown.missing).toEqual(['sector']);
  });

  it('checks erkend leerbedrijf', () => {
    const s = scheme({ criteria: { erkendLeerbedrijfRequired: true } });
    expect(matchScheme(company({ erkendLeerbedrijf: 'ja' }), s, TODAY).outcome).toBe('past');
    expect(matchScheme(company({ erkendLeerbedrijf: 'nee' }), s, TODAY).outcome).toBe('past-niet');
    expect(matchScheme(company({ erkendLeerbedrijf: 'onbekend' }), s, TODAY).missing).toEqual([
      'erkend leerbedrijf',
    ]);
  });

  it('checks the learning form: in use or of interest fits, "niet" does not, empty is unknown', () => {
    const s = scheme({ criteria: { learningForms: ['bpvBbl'] } });
    expect(matchScheme(company({ activities: { bpvBbl: 'interesse' } }), s, TODAY).outcome).toBe(
      'past',
    );
    expect(matchScheme(company({ activities: { bpvBbl: 'niet' } }), s, TODAY).outcome).toBe(
      'past-niet',
    );
    const unknown = matchScheme(company({ activities: {} }), s, TODAY);
    expect(unknown.outcome).toBe('past-mogelijk');
    expect(unknown.missing).toEqual(['Leren en Werken-activiteiten']);
  });

  it('a target group makes it "past mogelijk" and names the missing fact, without rejecting', () => {
    const r = matchScheme(
      company(),
      scheme({ criteria: { targetGroups: ['arbeidsbeperking'] } }),
      TODAY,
    );
    expect(r.outcome).toBe('past-mogelijk');
    expect(r.reasons[0]).toMatchObject({ outcome: 'onbekend', criterion: 'targetGroups' });
    expect(r.reasons[0]?.text).toBe(
      'Past mogelijk: alleen bij het in dienst nemen of houden van mensen met een arbeidsbeperking',
    );
    expect(r.missing).toEqual([
      'een kandidaat of werknemer uit de doelgroep (mensen met een arbeidsbeperking)',
    ]);
  });

  it('ranks on shared needs without rejecting companies that lack them', () => {
    const s = scheme({ criteria: { needs: ['werving'] } });
    const withNeed = matchScheme(company({ needs: ['werving'] }), s, TODAY);
    expect(withNeed.reasons).toEqual([
      { criterion: 'needs', outcome: 'past', text: 'Sluit aan bij de behoefte: werving van personeel' },
    ]);
    expect(matchScheme(company({ needs: [] }), s, TODAY)).toMatchObject({
      outcome: 'past',
      reasons: [],
    });
  });

  it('never calls a scheme with an unknown status "Past": at most "Misschien"', () => {
    const r = matchScheme(
      company(),
      scheme({ status: 'onbekend', criteria: { kinds: ['mkb'] } }),
      TODAY,
    );
    expect(r.outcome).toBe('past-mogelijk');
    expect(r.doubtful).toBe(true);
    expect(r.reasons[0]).toMatchObject({
      criterion: 'status',
      outcome: 'onbekend',
      text: 'Misschien — controleer eerst of de regeling nog bestaat',
    });
    expect(r.missing).toContain('of de regeling nog bestaat');
  });

  it('a rejecting criterion wins over a missing one', () => {
    const r = matchScheme(
      company({ gemeente: 'buiten-regio', employees: null, sizeClass: 'onbekend' }),
      scheme({ criteria: { region: 'drechtsteden', maxEmployees: 25 } }),
      TODAY,
    );
    expect(r.outcome).toBe('past-niet');
  });
});

describe('ended and stale schemes', () => {
  it('treats status beeindigd and a past end date as ended, never suggested', () => {
    const byStatus = matchScheme(company(), scheme({ status: 'beeindigd', criteria: {} }), TODAY);
    expect(byStatus).toMatchObject({ outcome: 'past-niet', ended: true });
    expect(byStatus.reasons[0]?.text).toMatch(/^Past niet — /);
    const byDate = scheme({ validUntil: '2026-11-22', criteria: {} });
    expect(isEnded(byDate, TODAY)).toBe(true);
    expect(isEnded(scheme({ validUntil: TODAY, criteria: {} }), TODAY)).toBe(false);
    expect(matchScheme(company(), byDate, TODAY).reasons[0]?.text).toContain('22 november 2026');
  });

  it('never suggests the ended seed schemes (STAP, NL leert door, mobiliteitsbonus)', () => {
    const keys = suggestSchemes(company(), SEED_SCHEMES, TODAY).map((x) => x.scheme.key);
    expect(keys).not.toContain('stap-budget');
    expect(keys).not.toContain('nl-leert-door');
    expect(keys).not.toContain('mobiliteitsbonus');
    expect(keys).toContain('subsidie-praktijkleren');
  });

  it('is stale when last checked more than 12 months ago', () => {
    expect(isStale({ lastChecked: '2025-11-23' }, '2026-11-23')).toBe(false);
    expect(isStale({ lastChecked: '2025-11-22' }, '2026-11-23')).toBe(true);
    expect(
      matchScheme(company(), scheme({ lastChecked: '2024-01-01', criteria: {} }), TODAY).stale,
    ).toBe(true);
    expect(isStale({ lastChecked: '2026-11-23' }, new Date(2026, 10, 23))).toBe(false);
  });
});

describe('matchSchemes ordering', () => {
  it('sorts past, then past mogelijk, then past niet, ended last; leaves retired out', () => {
    const list = [
      scheme({ key: 'ended', name: 'A beëindigd', status: 'beeindigd', criteria: {} }),
      scheme({ key: 'niet', name: 'B niet', criteria: { region: 'drechtsteden' } }),
      scheme({ key: 'mogelijk', name: 'C mogelijk', criteria: { sectors: ['zorg'] } }),
      scheme({ key: 'past', name: 'D past', criteria: { kinds: ['mkb'] } }),
      scheme({ key: 'retired', name: 'E weg', retired: true, criteria: {} }),
    ];
    const r = matchSchemes(company({ gemeente: 'buiten-regio', sector: null }), list, TODAY);
    expect(r.map((x) => x.scheme.key)).toEqual(['past', 'mogelijk', 'niet', 'ended']);
  });

  it('puts more matched criteria first among equals', () => {
    const r = matchSchemes(
      company(),
      [
        scheme({ key: 'one', name: 'A', criteria: { kinds: ['mkb'] } }),
        scheme({ key: 'two', name: 'B', criteria: { kinds: ['mkb'], maxEmployees: 25 } }),
      ],
      TODAY,
    );
    expect(r[0]?.scheme.key).toBe('two');
  });

  it('matches a realistic company against the seeded catalogue', () => {
    const r = matchSchemes(company(), SEED_SCHEMES, TODAY);
    const praktijk = r.find((x) => x.scheme.key === 'subsidie-praktijkleren')!;
    expect(praktijk.outcome).toBe('past');
    expect(r.find((x) => x.scheme.key === 'leerrechten')).toBeUndefined();
    expect(r.every((x) => !x.stale)).toBe(true);
  });
});

describe('issue 15: only schemes whose conditions the company meets are "Past"', () => {
  // A cheese shop with three employees in Dordrecht: the report's typical small retailer.
  const kaashandel = company({
    kind: 'mkb',
    employees: 3,
    sizeClass: '1-4',
    sector: 'detailhandel',
    gemeente: 'dordrecht',
    erkendLeerbedrijf: 'onbekend',
    activities: {},
  });
  const zzp = company({
    kind: 'zzp',
    employees: 0,
    sizeClass: 'zzp',
    sector: 'zakelijke-dienstverlening',
    gemeente: 'papendrecht',
    erkendLeerbedrijf: 'onbekend',
    activities: {},
  });
  const byKey = (list: ReturnType<typeof matchSchemes>, key: string) =>
    list.find((x) => x.scheme.key === key)!;

  it('the kaashandel (3 employees, detailhandel) gets "Past" only where it meets the conditions', () => {
    const list = shortlistSchemes(kaashandel, SEED_SCHEMES, TODAY);
    expect(list.fits.map((x) => x.scheme.key).sort()).toEqual([
      'slim-regeling',
      'vrijstelling-scholingskosten',
    ]);
    // Free advice for every employer in the region: "voor iedereen", ranked below.
    expect(list.forEveryone.map((x) => x.scheme.key)).toContain('advies-baanbrekend');
    const all = matchSchemes(kaashandel, SEED_SCHEMES, TODAY);
    const past = all.filter((x) => x.outcome === 'past');
    expect(past.length).toBeLessThanOrEqual(4);
    expect(all.indexOf(byKey(all, 'advies-baanbrekend'))).toBeGreaterThan(
      all.indexOf(byKey(all, 'slim-regeling')),
    );
    // A personal DUO loan is no employer scheme; the sector scheme is not for retail.
    expect(byKey(all, 'levenlanglerenkrediet').outcome).toBe('past-niet');
    expect(byKey(all, 'slim-scholingssubsidie').outcome).toBe('past-niet');
    // The cao/O&O schemes depend on a fact the record lacks: named, not assumed.
    expect(byKey(all, 'o-en-o-fondsen')).toMatchObject({ outcome: 'past-mogelijk' });
    expect(byKey(all, 'o-en-o-fondsen').missing).toContain(
      'de cao die voor het bedrijf geldt een O&O-fonds noemt',
    );
  });

  it('no reason says "landelijke regeling"; reasons print labels, never keys', () => {
    const all = matchSchemes(company({ needs: ['financiele-regelingen', 'scholing-personeel'] }), SEED_SCHEMES, TODAY);
    const texts = all.flatMap((x) => x.reasons.map((r) => r.text));
    expect(texts.filter((t) => /landelijke regeling/.test(t))).toEqual([]);
    expect(texts.filter((t) => /[a-z]+-[a-z]+-?[a-z]*/.test(t) && /financiele-|scholing-personeel/.test(t))).toEqual([]);
    expect(texts).toContain('Sluit aan bij de behoefte: financiële regelingen en scholing van eigen personeel');
  });

  it('a zzp-er without staff gets neither the loonheffing exemption nor SLIM, and no "Past" it does not meet', () => {
    const all = matchSchemes(zzp, SEED_SCHEMES, TODAY);
    expect(byKey(all, 'vrijstelling-scholingskosten').outcome).toBe('past-niet');
    expect(byKey(all, 'slim-scholingssubsidie').outcome).toBe('past-niet');
    expect(byKey(all, 'slim-regeling').outcome).toBe('past-niet');
    expect(byKey(all, 'o-en-o-fondsen').outcome).toBe('past-niet');
    const list = shortlistSchemes(zzp, SEED_SCHEMES, TODAY);
    expect(list.fits).toEqual([]);
    // The personal loan is the zzp-er's own: possible, with the facts to check named.
    const llk = byKey(all, 'levenlanglerenkrediet');
    expect(llk.outcome).toBe('past-mogelijk');
    expect(llk.reasons.map((r) => r.text)).toContain('Past: ook bedoeld voor zzp-ers zelf');
  });

  it('no scheme with status onbekend is ever "Past", for any company', () => {
    const unknown = SEED_SCHEMES.filter((s) => s.status === 'onbekend' && !s.retired);
    expect(unknown.map((s) => s.key)).toEqual(
      expect.arrayContaining(['brugww', 'baanbonus', 'mkb-katalysatorfonds', 'financieringsfonds-mkb-drechtsteden']),
    );
    for (const c of [company(), kaashandel, zzp, company({ kind: 'mkb', employees: 20, sizeClass: '20-25' })]) {
      for (const x of matchSchemes(c, unknown, TODAY)) {
        expect(x.outcome, x.scheme.key).not.toBe('past');
        if (x.outcome === 'past-mogelijk')
          expect(x.reasons[0]?.text).toBe('Misschien — controleer eerst of de regeling nog bestaat');
      }
    }
  });

  it('praktijkleren: an Mkb-route-only company without SBB recognition is not rejected', () => {
    const praktijk = SEED_SCHEMES.find((s) => s.key === 'subsidie-praktijkleren')!;
    const mkbRouteOnly = company({ erkendLeerbedrijf: 'nee', activities: { mkbRoute: 'in-gebruik' } });
    const r = matchScheme(mkbRouteOnly, praktijk, TODAY);
    expect(r.outcome).toBe('past');
    expect(r.reasons.map((x) => x.text)).toContain(
      'Past: voor Mkb-route is geen erkenning door SBB nodig',
    );
    // An mbo (BBL) place does need the recognition.
    const bblOnly = company({ erkendLeerbedrijf: 'nee', activities: { bpvBbl: 'in-gebruik' } });
    expect(matchScheme(bblOnly, praktijk, TODAY).outcome).toBe('past-niet');
    const bblErkend = company({ erkendLeerbedrijf: 'ja', activities: { bpvBbl: 'in-gebruik' } });
    expect(matchScheme(bblErkend, praktijk, TODAY).outcome).toBe('past');
    // Nothing known about the forms and not recognised: possible (a hbo place), not rejected.
    const unknownForms = matchScheme(company({ erkendLeerbedrijf: 'nee', activities: {} }), praktijk, TODAY);
    expect(unknownForms.outcome).toBe('past-mogelijk');
  });

  it('derde leerweg: not offered for an ordinary BBL student, and needs an erkend leerbedrijf', () => {
    const derde = SEED_SCHEMES.find((s) => s.key === 'praktijkleren-derde-leerweg')!;
    expect(derde.criteria.learningForms).not.toContain('bpvBbl');
    expect(derde.criteria.erkendLeerbedrijfRequired).toBe(true);
    const bblCompany = company({ activities: { bpvBbl: 'in-gebruik' } });
    const r = matchScheme(bblCompany, derde, TODAY);
    expect(r.outcome).not.toBe('past');
    const zij = matchScheme(company({ activities: { zijInstroom: 'in-gebruik' } }), derde, TODAY);
    expect(zij.outcome).toBe('past-mogelijk');
    expect(zij.missing.join(' ')).toMatch(/derde leerweg/);
  });
});
