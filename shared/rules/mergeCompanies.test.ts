import { describe, expect, it } from 'vitest';
import { companySchema, emptyCompanyInput, newCompany } from '../domain/company';
import { defaultMergeChoices, mergeCompanies } from './mergeCompanies';

const winner = newCompany(
  emptyCompanyInput({
    name: 'Bakkerij Jansen', kvk: null, place: 'Dordrecht', gemeente: 'dordrecht', employees: null,
    networkIds: ['dov'], needs: ['werving'], activities: { bpvBol: 'interesse' }, notes: 'Eerste notitie',
    status: 'nog-niet-benaderd',
  }),
  '2026-02-01T10:00:00.000+01:00',
  'w',
);
const loser = newCompany(
  emptyCompanyInput({
    name: 'Bakkerij Janssen BV', kvk: '12345678', place: 'Dordrecht', gemeente: 'dordrecht', employees: 6,
    networkIds: ['pobd'], needs: ['werving', 'administratieve-lasten'], activities: { bpvBol: 'in-gebruik', evc: 'niet' },
    notes: 'Tweede notitie', status: 'in-gesprek', ownerLwl: 'adv-1',
  }),
  '2026-01-01T10:00:00.000+01:00',
  'l',
);
const NOW = '2026-03-01T12:00:00.000+01:00';

describe('merging duplicates', () => {
  it('fills gaps from the loser and combines lists by default', () => {
    const c = defaultMergeChoices(winner, loser);
    expect(c).toMatchObject({ name: 'winner', kvk: 'loser', employees: 'loser', networkIds: 'both', notes: 'both', status: 'loser', ownerLwl: 'loser' });
  });

  it('produces a valid winner, a tombstone and the moves of child rows', () => {
    const r = mergeCompanies(winner, loser, { name: 'loser' }, NOW, {
      contactPersons: [{ id: 'p1', companyId: 'l' }, { id: 'p2', companyId: 'w' }, { id: 'p3', companyId: 'l', _deleted: true }],
      contactLogs: [{ id: 'log1', companyId: 'l' }],
      followUps: [{ id: 'f1', companyId: 'l' }],
      interviews: [{ id: 'i1', companyId: 'other' }],
    });
    expect(companySchema.parse(r.merged)).toEqual(r.merged);
    expect(r.merged).toMatchObject({
      id: 'w', name: 'Bakkerij Janssen BV', kvk: '12345678', employees: 6, sizeClass: '5-9',
      networkIds: ['dov', 'pobd'], needs: ['werving', 'administratieve-lasten'],
      activities: { bpvBol: 'in-gebruik', evc: 'niet' }, notes: 'Eerste notitie\n\nTweede notitie',
      status: 'in-gesprek', createdAt: loser.createdAt, updatedAt: NOW,
    });
    expect(r.tombstone).toEqual({ id: 'l', _deleted: true, updatedAt: NOW });
    expect(r.moves).toEqual([
      { table: 'contactPersons', rowId: 'p1', companyId: 'w' },
      { table: 'contactLogs', rowId: 'log1', companyId: 'w' },
      { table: 'followUps', rowId: 'f1', companyId: 'w' },
    ]);
    expect(r.patch).toMatchObject({ name: 'Bakkerij Janssen BV', sizeClass: '5-9', updatedAt: NOW });
    expect(r.patch).not.toHaveProperty('place');
  });

  it('keeps the winner’s value when asked, even over a filled loser', () => {
    const r = mergeCompanies(winner, loser, { notes: 'winner', networkIds: 'winner', kvk: 'winner' }, NOW);
    expect(r.merged).toMatchObject({ notes: 'Eerste notitie', networkIds: ['dov'], kvk: null });
  });

  it('takes the counting base along with the employee figure (issue 15)', () => {
    const w = { ...winner, employees: 6, employeesBasis: 'werkzame-personen' as const };
    const l = { ...loser, employees: 4, employeesBasis: 'in-loondienst' as const };
    expect(mergeCompanies(w, l, { employees: 'loser' }, NOW).merged).toMatchObject({ employees: 4, employeesBasis: 'in-loondienst', sizeClass: '5-9' });
    expect(mergeCompanies(w, l, { employees: 'winner' }, NOW).merged).toMatchObject({ employees: 6, employeesBasis: 'werkzame-personen' });
    const { employeesBasis: _, ...olderLoser } = l;
    const r = mergeCompanies(w, olderLoser, { employees: 'loser' }, NOW);
    expect(r.merged).toMatchObject({ employees: 4, employeesBasis: 'onbekend', sizeClass: '1-4' });
    expect(companySchema.parse(r.merged)).toEqual(r.merged);
  });

  it('refuses to merge a company with itself', () => {
    expect(() => mergeCompanies(winner, winner, {}, NOW)).toThrow();
  });
});
