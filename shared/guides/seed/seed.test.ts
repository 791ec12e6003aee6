import { describe, expect, it } from 'vitest';
import type { Guide } from '../../domain/guide';
import { guideQuestions, guideSchema } from '../../domain/guide';
import { validateGuideDefinition } from '../definition';
import { relevanceMap } from '../relevance';
import { factsForCompany } from '../summary';
import { validate } from '../validation';
import {
  BIJLAGE4_SECTION_KEYS,
  lloGuide,
  mkbActiefGuide,
  mkbNietBereiktGuide,
  SEED_GUIDES,
  zzpGuide,
} from './index';

const keysOf = (g: Guide) => new Set(g.sections.flatMap((s) => s.items.map((i) => i.key)));
const itemOf = (g: Guide, key: string) =>
  g.sections.flatMap((s) => s.items).find((i) => i.key === key);
const FORMS = ['bpv', 'stage', 'kort', 'evc'] as const;

describe.each([
  ['mkb-actief', mkbActiefGuide],
  ['mkb-niet-bereikt', mkbNietBereiktGuide],
])('bijlage 4 guide %s', (_name, guide) => {
  it('is version 2 of the guide of 24 February 2017 and published', () => {
    expect(guide.version).toBe(2);
    expect(guide.date).toBe('2017-02-24');
    expect(guide.status).toBe('gepubliceerd');
  });

  it('has every section of bijlage 4 in order', () => {
    expect(guide.sections.map((s) => s.key)).toEqual([...BIJLAGE4_SECTION_KEYS]);
  });

  it('covers Algemeen, the info blocks and Leren en Werken', () => {
    const keys = keysOf(guide);
    for (const key of [
      'voorbereiding_website',
      'doel_info',
      'resp_functie',
      'bedrijf_medewerkers',
      'bedrijf_sector',
      'bedrijf_vestiging',
      'bedrijf_activiteiten',
      'bedrijf_functies',
      'functie_1_naam',
      'functie_1_niveau',
      'functie_1_aantal',
      'functie_1_werving',
      'personeel_vrouwen',
      'personeel_leeftijd',
      'personeel_nationaliteit',
      'personeel_contracten',
      'werkgeversorg_lid',
      'werkgeversorg_welke',
      'info_lwl',
      'info_programma',
      'lw_begrip_bekend',
      'lw_betekenis',
      'lw_ervaring_bedrijf',
      'lw_ervaring_persoonlijk',
    ]) {
      expect(keys, key).toContain(key);
    }
    expect(itemOf(guide, 'werkgeversorg_welke')?.relevant).toEqual({
      q: 'werkgeversorg_lid',
      eq: 'ja',
    });
    expect(itemOf(guide, 'info_lwl')?.kind).toBe('info');
    expect(itemOf(guide, 'voorbereiding_website')?.kind).toBe('instruction');
  });

  it.each(FORMS)('has the ja- and nee-branch of form %s', (p) => {
    const keys = keysOf(guide);
    const yes = [
      `${p}_ja_hoelang`,
      `${p}_ja_intern`,
      `${p}_ja_contacten`,
      `${p}_ja_goed`,
      `${p}_ja_beter`,
      `${p}_ja_toekomst`,
    ];
    const no = [`${p}_nee_waarom`, `${p}_nee_bewust`, `${p}_nee_open`];
    for (const key of [`${p}_ervaring`, ...yes, ...no, `${p}_knelpunten`])
      expect(keys, key).toContain(key);
    for (const key of yes)
      expect(itemOf(guide, key)?.relevant, key).toEqual({ q: `${p}_ervaring`, eq: 'ja' });
    for (const key of no)
      expect(itemOf(guide, key)?.relevant, key).toEqual({ q: `${p}_ervaring`, eq: 'nee' });
    expect(itemOf(guide, `${p}_knelpunten`)?.relevant).toBeUndefined();
  });

  it('has the form specifics of DOMAIN-NOTES E', () => {
    const keys = keysOf(guide);
    for (const key of [
      'bpv_ja_soort',
      'bpv_ja_studenten',
      'bpv_ja_leeftijd',
      'bpv_ja_duur',
      'bpv_ja_opleidingen',
      'stage_ja_soort',
      'stage_ja_studenten',
      'stage_ja_leeftijd',
      'stage_ja_duur',
      'stage_ja_opleidingen',
      'kort_ja_functies',
      'kort_ja_doelgroepen',
      'kort_ja_duur',
      'kort_ja_instanties',
      'evc_ja_functies',
      'evc_ja_doelgroepen',
      'evc_ja_duur',
    ]) {
      expect(keys, key).toContain(key);
    }
  });

  it('has ouderen, laaggeletterdheid, ondersteuning and afsluiting with their branches', () => {
    expect(itemOf(guide, 'ouderen_ja_toelichting')?.relevant).toEqual({
      q: 'ouderen_ervaring',
      eq: 'ja',
    });
    expect(itemOf(guide, 'ouderen_nee_waarom')?.relevant).toEqual({
      q: 'ouderen_ervaring',
      eq: 'nee',
    });
    expect(keysOf(guide)).toContain('laaggel_medewerkers');
    expect(keysOf(guide)).toContain('laaggel_aanpak');
    expect(itemOf(guide, 'bb_bekend')).toMatchObject({
      hint: expect.stringContaining('januari 2017'),
    });
    expect(itemOf(guide, 'bb_ervaringen')?.relevant).toEqual({ q: 'bb_bekend', eq: 'ja' });
    expect(itemOf(guide, 'ond_behoefte_wat')?.relevant).toEqual({ q: 'ond_behoefte', eq: 'ja' });
    expect(itemOf(guide, 'ond_behoefte_nee_waarom')?.relevant).toEqual({
      q: 'ond_behoefte',
      eq: 'nee',
    });
    expect(keysOf(guide)).toContain('bb_hulp');
    expect(keysOf(guide)).toContain('afs_tips_bereik');
    expect(itemOf(guide, 'afs_bedrijven_welke')).toMatchObject({
      relevant: { q: 'afs_kent_bedrijven', eq: 'ja' },
      copyTo: { field: 'leads' },
    });
    expect(keysOf(guide)).toContain('afs_vragen');
  });
});

describe('the differences between the two 001 guides', () => {
  it('guide 1 asks for advice, guide 2 for possibilities and plans', () => {
    const g1 = keysOf(mkbActiefGuide);
    const g2 = keysOf(mkbNietBereiktGuide);
    for (const key of [
      'adv_enthousiast',
      'adv_motieven',
      'adv_succesfactoren',
      'adv_valkuilen',
      'adv_aanraden',
      'adv_tips',
      'adv_drempel',
    ]) {
      expect(g1, key).toContain(key);
      expect(g2, key).not.toContain(key);
    }
    for (const key of [
      'mog_binnen_bedrijf',
      'mog_nodig',
      'mog_plannen',
      'mog_plannen_ja',
      'mog_plannen_nee',
    ]) {
      expect(g2, key).toContain(key);
      expect(g1, key).not.toContain(key);
    }
    expect(mkbActiefGuide.sections.find((s) => s.key === 'mogelijkheden')?.title).toContain(
      'adviezen',
    );
  });

  it('asks "how could you be motivated" only in guide 2, only for companies doing nothing yet', () => {
    expect(keysOf(mkbActiefGuide)).not.toContain('mog_motivatie');
    expect(itemOf(mkbNietBereiktGuide, 'mog_motivatie')?.relevant).toEqual({
      q: 'lw_doet_nu_iets',
      eq: 'nee',
    });
    expect(
      relevanceMap(mkbNietBereiktGuide, { lw_doet_nu_iets: 'nee' }).items.get('mog_motivatie'),
    ).toBe(true);
    expect(
      relevanceMap(mkbNietBereiktGuide, { lw_doet_nu_iets: 'ja' }).items.get('mog_motivatie'),
    ).toBe(false);
  });
});

describe('all seeded guides', () => {
  it.each(SEED_GUIDES.map((g) => [g.guideKey, g] as const))(
    '%s passes validateGuideDefinition and the schema',
    (_k, guide) => {
      expect(validateGuideDefinition(guide)).toEqual([]);
      expect(guideSchema.parse(guide)).toEqual(guide);
      expect(guide.id).toBe(`seed-guide-${guide.guideKey}-v${guide.version}`);
    },
  );

  it('an empty interview asks only for the few required questions', () => {
    for (const guide of SEED_GUIDES) {
      const required = validate(guide, {})
        .filter((i) => i.rule === 'required')
        .map((i) => i.key);
      expect(required.length).toBeLessThanOrEqual(6);
    }
  });

  it('the zzp guide asks about wishes, barriers and erkend leerbedrijf; the LLO guide about HR, budget and zij-instroom', () => {
    for (const key of [
      'zzp_wensen',
      'zzp_belemmeringen',
      'zzp_erkend',
      'zzp_erkend_mogelijk',
      'zzp_scholing',
      'zzp_scholing_betaler',
      'zzp_volgende',
    ]) {
      expect(keysOf(zzpGuide), key).toContain(key);
    }
    for (const key of [
      'llo_hr_afdeling',
      'llo_hr_rollen',
      'llo_transities',
      'llo_vormen',
      'llo_budget',
      'llo_eigen_regie',
      'llo_terugbetaling',
      'llo_lerend_netwerk',
      'zij_ervaring',
    ]) {
      expect(keysOf(lloGuide), key).toContain(key);
    }
    expect(zzpGuide.audience).toBe('zzp');
    expect(guideQuestions(lloGuide).length).toBeGreaterThan(20);
  });
});

describe('issue 15: answers that must reach the company', () => {
  const copyFields = (g: Guide) =>
    g.sections
      .flatMap((s) => s.items)
      .flatMap((i) => ('copyTo' in i && i.copyTo ? (Array.isArray(i.copyTo) ? i.copyTo : [i.copyTo]) : []))
      .map((c) => c.field);

  it.each([
    ['mkb-actief', mkbActiefGuide],
    ['mkb-niet-bereikt', mkbNietBereiktGuide],
  ])('%s asks whether the company is an erkend leerbedrijf and about the Mkb-route', (_n, g) => {
    expect(copyFields(g)).toContain('erkendLeerbedrijf');
    expect(copyFields(g)).toContain('activities.mkbRoute');
    const facts = factsForCompany(g, { bedrijf_erkend: 'nee', stage_mkbroute: 'ja' });
    expect(facts.find((f) => f.field === 'erkendLeerbedrijf')?.value).toBe(false);
    expect(facts.find((f) => f.field === 'activities.mkbRoute')?.value).toBe('in-gebruik');
  });

  it.each([
    ['mkb-actief', mkbActiefGuide],
    ['mkb-niet-bereikt', mkbNietBereiktGuide],
  ])('%s keeps "wat doet u eraan" after "weet niet" on laaggeletterdheid', (_n, g) => {
    for (const answer of ['ja', 'weet-niet', 'nee'])
      expect(relevanceMap(g, { laaggel_medewerkers: answer }).items.get('laaggel_aanpak')).toBe(true);
  });

  it('the zzp guide copies the report reasons specialistisch and kwetsbaar to reasonsNot', () => {
    const facts = factsForCompany(zzpGuide, { zzp_belemmeringen: ['specialistisch', 'kwetsbaar', 'werkplek'] });
    expect(facts.find((f) => f.field === 'reasonsNot')?.value).toEqual(['specialistisch', 'kwetsbaar']);
    const levels = (itemOf(zzpGuide, 'zzp_opleiding') as { choiceList?: string }).choiceList!;
    expect(zzpGuide.choiceLists[levels]!.map((c) => c.label)).not.toContain('Wisselend, geen vaste eis');
  });

  it('the LLO guide has the budget bands of 002 and hbo-duaal / Mkb-route / Ad for zij-instroom', () => {
    const bands = (itemOf(lloGuide, 'llo_budget_hoogte') as { choices: { value: string }[] }).choices.map((c) => c.value);
    expect(bands).toEqual(['tot-500', '500-1000', '1000-1500', '1500-2000', '2000-2500', 'meer']);
    const facts = factsForCompany(lloGuide, { zij_ervaring: 'ja', zij_ja_aanpak: ['hbo-duaal'] });
    expect(facts.find((f) => f.field === 'activities.zijInstroom')?.value).toBe('in-gebruik');
    expect(facts.find((f) => f.field === 'activities.mkbRoute')?.value).toBe('in-gebruik');
  });
});

describe('issue 15: facts read well in the summary', () => {
  it('labels the Mkb-route and the reasons by their company field, not by the question', () => {
    const facts = factsForCompany(mkbActiefGuide, { stage_mkbroute: 'ja' });
    expect(facts.find((f) => f.field === 'activities.mkbRoute')?.label).toBe('Mkb-route (hbo-duaal)');
    const zzp = factsForCompany(zzpGuide, { zzp_belemmeringen: ['kwetsbaar'] });
    expect(zzp.find((f) => f.field === 'reasonsNot')?.label).toBe('Waarom (nog) niet');
  });
});
