import { describe, expect, it } from 'vitest';
import { factsForCompany } from '../../../shared/guides/engine';
import { mkbActiefGuide, zzpGuide } from '../../../shared/guides/seed/index';
import type { CompanyRow } from '../../db/queries/companies';
import { companyPatch, proposeCompanyChanges } from './companyFacts';

const company = {
  id: 'c1',
  _clock: {},
  name: 'Bakkerij',
  employees: 8,
  sector: null,
  activities: { evc: 'interesse' },
  needs: ['werving'],
  notes: 'Eerder gebeld.',
} as CompanyRow;

describe('facts for the company as a reviewed diff', () => {
  const answers = {
    bedrijf_medewerkers: 12,
    bedrijf_sector: 'bouw',
    bpv_ervaring: 'ja',
    bpv_ja_soort: ['bbl'],
    evc_ervaring: 'nee',
    ond_behoefte: 'ja',
    ond_behoefte_wat: ['regelingen', 'informatie'],
    afs_kent_bedrijven: 'ja',
    afs_bedrijven_welke: 'Garage Smit, Papendrecht',
  };
  const facts = factsForCompany(mkbActiefGuide, answers);
  const proposals = proposeCompanyChanges(company, facts, [], '1 maart 2025');
  const byId = new Map(proposals.map((p) => [p.id, p]));

  it('pre-ticks only what fills an empty field; overwriting needs the advisor', () => {
    expect(byId.get('sector')).toMatchObject({ preselect: true, current: '(leeg)' });
    expect(byId.get('employees')).toMatchObject({ preselect: false, current: '8 (telling onbekend)', proposed: '12 in loondienst' });
    expect(byId.get('activities.evc')).toMatchObject({ preselect: false });
    expect(byId.get('activities.bpvBbl')).toMatchObject({ preselect: true });
  });

  it('merges lists and notes instead of replacing them', () => {
    const chosen = proposals
      .filter((p) => ['needs', 'notes', 'activities.bpvBbl'].includes(p.id))
      .map((p) => p.change);
    const patch = companyPatch(company, chosen, '1 maart 2025');
    expect(patch.needs).toEqual(['werving', 'financiele-regelingen']);
    expect(patch.needsOther).toBe('informatie');
    expect(patch.activities).toEqual({ evc: 'interesse', bpvBbl: 'in-gebruik' });
    expect(String(patch.notes)).toMatch(
      /^Eerder gebeld\.\n\nUit het gesprek van 1 maart 2025:\n.*Garage Smit/s,
    );
    expect(patch).not.toHaveProperty('employees');
  });
});

describe('counting base of the employee answer (issue 15)', () => {
  it('copies the guide answer as staff in loondienst, and a KvK figure is not "the same"', () => {
    const kvk = { ...company, employees: 12, employeesBasis: 'werkzame-personen' } as CompanyRow;
    const facts = factsForCompany(mkbActiefGuide, { bedrijf_medewerkers: 12 });
    const proposal = proposeCompanyChanges(kvk, facts, [], '1 maart 2025').find((p) => p.id === 'employees')!;
    expect(proposal).toMatchObject({ same: false, current: '12 werkzame personen', proposed: '12 in loondienst' });
    expect(companyPatch(kvk, [proposal.change], '1 maart 2025')).toEqual({ employees: 12, employeesBasis: 'in-loondienst' });
    const guided = { ...kvk, employeesBasis: 'in-loondienst' } as CompanyRow;
    expect(proposeCompanyChanges(guided, facts, [], '1 maart 2025')[0]).toMatchObject({ same: true });
  });
});

describe('reasons not to take part (issue 15)', () => {
  it('adds the zzp reasons to reasonsNot, merged with what is there', () => {
    const zzp: CompanyRow = { id: 'z1', _clock: {}, name: 'Zzp', reasonsNot: ['tijd'] };
    const facts = factsForCompany(zzpGuide, { zzp_belemmeringen: ['specialistisch', 'tijd'] });
    const proposal = proposeCompanyChanges(zzp, facts, [], '1 maart 2025').find((p) => p.id === 'reasonsNot')!;
    expect(proposal).toMatchObject({ label: 'Waarom (nog) niet', preselect: true, same: false });
    expect(proposal.proposed).toBe('toevoegen: Werk is te specialistisch');
    expect(companyPatch(zzp, [proposal.change], '1 maart 2025').reasonsNot).toEqual(['tijd', 'specialistisch']);
  });
});
