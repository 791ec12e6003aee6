import { describe, expect, it } from 'vitest';
import type { Interview } from '../domain/interview';
import { mkbActiefGuide, mkbNietBereiktGuide, zzpGuide } from './seed';
import { factsForCompany, summarize } from './summary';
import { guideText, resolveWording } from './wording';

const answers = {
  resp_functie: 'eigenaar',
  bedrijf_medewerkers: 12,
  bedrijf_sector: 'techniek',
  werkgeversorg_lid: 'ja',
  werkgeversorg_welke: 'Ondernemersvereniging Papendrecht',
  lw_doet_nu_iets: 'ja',
  bpv_ervaring: 'ja',
  bpv_ja_soort: ['bbl'],
  bpv_knelpunten: 'Begeleiding kost veel tijd.',
  stage_ervaring: 'nee',
  stage_nee_open: 'misschien',
  kort_ervaring: 'nee',
  evc_ervaring: 'nee',
  evc_nee_open: 'nee',
  ond_behoefte: 'ja',
  ond_behoefte_wat: ['regelingen', 'anders'],
  afs_kent_bedrijven: 'ja',
  afs_bedrijven_welke: 'Bakkerij in Sliedrecht',
  // stale answer of a hidden branch: must not reach facts or summary
  bpv_nee_open: 'ja',
};
const otherTexts = { ond_behoefte_wat: 'hulp bij de BBL-administratie' };

describe('factsForCompany', () => {
  it('maps answers to company fields, per form, with the later answer deciding', () => {
    const facts = Object.fromEntries(
      factsForCompany(mkbNietBereiktGuide, answers, otherTexts).map((f) => [f.field, f.value]),
    );
    expect(facts).toEqual({
      employees: 12,
      sector: 'techniek',
      networks: 'Ondernemersvereniging Papendrecht',
      'activities.bpvBbl': 'in-gebruik',
      'activities.stageHbo': 'interesse',
      'activities.stageWo': 'interesse',
      'activities.kortTraject': 'niet',
      'activities.evc': 'niet',
      needs: ['regelingen', 'hulp bij de BBL-administratie'],
      leads: 'Bakkerij in Sliedrecht',
    });
  });

  it('labels facts in Dutch for the reviewed diff', () => {
    const leads = factsForCompany(mkbActiefGuide, answers).find((f) => f.field === 'leads');
    expect(leads).toMatchObject({
      label: 'Tips: andere bedrijven',
      display: 'Bakkerij in Sliedrecht',
      sourceKey: 'afs_bedrijven_welke',
    });
    const zzp = factsForCompany(zzpGuide, { zzp_erkend: 'nee' });
    expect(zzp).toMatchObject([{ field: 'erkendLeerbedrijf', value: false, display: 'nee' }]);
  });
});

describe('summarize', () => {
  const interview = {
    answers,
    otherTexts,
    status: 'afgerond',
    finishedAt: '2025-03-04T14:30:00+01:00',
    sector: null,
  } satisfies Pick<Interview, 'answers' | 'otherTexts' | 'status' | 'finishedAt' | 'sector'>;

  it('writes a readable Dutch summary with forms, needs and leads', () => {
    const text = summarize(mkbNietBereiktGuide, interview);
    expect(text).toContain(
      'Gesprek met de gesprekshandleiding "Bedrijven die nog niet bereikt zijn of niets doen met Leren en Werken" (versie 2, 24 februari 2017).',
    );
    expect(text).toContain('Doet al aan: Bpv (BBL).');
    expect(text).toContain('Staat open voor: Stage hbo, Stage wo.');
    expect(text).toContain('Doet (nog) niet aan: Korte opleidingstrajecten met baangarantie, EVC.');
    expect(text).toContain('- Ondersteuningsbehoefte: regelingen; hulp bij de BBL-administratie');
    expect(text).toContain('- Tips: andere bedrijven: Bakkerij in Sliedrecht');
    expect(text).toContain('Begeleiding kost veel tijd.');
    expect(text).not.toMatch(/undefined|null/);
  });

  it('does not call past experience "doet al aan" when the respondent does nothing now', () => {
    const nothingNow = { ...answers, lw_doet_nu_iets: 'nee' };
    const text = summarize(mkbNietBereiktGuide, { ...interview, answers: nothingNow });
    expect(text).not.toContain('Doet al aan');
    expect(text).toContain('Heeft eerder ervaring met, maar doet er nu niets mee: Bpv (BBL).');
    expect(text).toContain('Staat open voor: Stage hbo, Stage wo.');
    const facts = factsForCompany(mkbNietBereiktGuide, nothingNow, otherTexts);
    expect(facts.some((f) => f.value === 'in-gebruik')).toBe(false);
  });

  it('quotes the rich answers, each under its question', () => {
    const text = summarize(mkbNietBereiktGuide, {
      ...interview,
      answers: {
        ...answers,
        bpv_ja_goed: 'De leerling past goed in het team.',
        bpv_ja_beter: 'Meer contact met de school.',
        bb_bekend: 'ja',
        bb_hulp: 'Eén vast aanspreekpunt.',
      },
    });
    expect(text).toContain('- Wat zijn uw ervaringen: wat gaat goed?\n  De leerling past goed in het team.');
    expect(text).toContain('- En wat kan beter?\n  Meer contact met de school.');
    expect(text).toContain('Eén vast aanspreekpunt.');
    expect(text).toContain('- Welke knelpunten of vragen heeft u over de bpv?\n  Begeleiding kost veel tijd.');
  });

  it('speaks of the praktijk in eerstelijnszorg', () => {
    const text = summarize(
      mkbNietBereiktGuide,
      { ...interview, answers: { ...answers, lw_doet_nu_iets: 'nee', mog_motivatie: 'Minder papierwerk' } },
      'eerstelijnszorg',
    );
    expect(text).toContain('Wat zou uw praktijk over de streep trekken');
  });
});

describe('wording', () => {
  it('resolves placeholders per sector and company kind', () => {
    const label = 'Zou u andere {aanspreekvormen} aanraden? {Bedrijf} en {bedrijven}.';
    expect(resolveWording(label)).toBe('Zou u andere werkgevers aanraden? Bedrijf en bedrijven.');
    expect(resolveWording(label, 'eerstelijnszorg')).toBe(
      'Zou u andere praktijkhouders aanraden? Praktijk en praktijken.',
    );
    expect(resolveWording(label, 'bouw', 'zzp')).toBe(
      'Zou u andere ondernemers aanraden? Onderneming en ondernemingen.',
    );
    expect(resolveWording('{onbekend} blijft', 'zorg')).toBe('{onbekend} blijft');
    expect(
      resolveWording('{bedrijf}', 'zorg', 'mkb', { zorg: { bedrijf: 'zorgorganisatie' } }),
    ).toBe('zorgorganisatie');
  });

  it('renders the seeded 001 guides with "praktijk" for eerstelijnszorg', () => {
    const labels = mkbActiefGuide.sections.flatMap((s) =>
      s.items.map((i) => ('label' in i && i.label) || ''),
    );
    const resolved = labels.map((l) => guideText(mkbActiefGuide, l, 'eerstelijnszorg'));
    expect(resolved).toContain('Kunt u iets meer vertellen over uw praktijk?');
    expect(resolved).toContain(
      'Welke tips zou u andere praktijkhouders geven die ermee willen beginnen?',
    );
    expect(resolved.join(' ')).not.toMatch(/\{[a-z]+\}/);
    expect(guideText(zzpGuide, 'Waar is uw {bedrijf} gevestigd?')).toBe(
      'Waar is uw onderneming gevestigd?',
    );
  });
});
