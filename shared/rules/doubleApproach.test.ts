import { describe, expect, it } from 'vitest';
import { findPartnerActivity, listApproachedByBoth, listOwnedByBoth } from './doubleApproach';
import type { CompanyRef, FollowUpFacts, LogFacts } from './doubleApproach';

const log = (over: Partial<LogFacts> & Pick<LogFacts, 'id' | 'at'>): LogFacts => ({
  companyId: 'c1',
  advisorId: 'bb-1',
  advisorName: 'A. Adviseur',
  organisation: 'baanbrekend',
  channel: 'telefoon',
  outcome: '',
  visibility: 'gedeeld',
  ...over,
});

const followUp = (over: Partial<FollowUpFacts> & Pick<FollowUpFacts, 'id'>): FollowUpFacts => ({
  companyId: 'c1',
  title: 'Offerte BBL nabellen',
  ownerAdvisorId: 'bb-1',
  ownerName: 'A. Adviseur',
  organisation: 'baanbrekend',
  due: '2026-11-10',
  status: 'open',
  visibility: 'gedeeld',
  createdAt: '2026-11-03T10:00:00+01:00',
  ...over,
});

const lwlViewer = { advisorId: 'lwl-1', organisation: 'lwl' } as const;
const now = '2026-12-01T17:00:00+01:00';

describe('findPartnerActivity', () => {
  it('warns about a partner contact with who, when, channel and what was agreed', () => {
    const warnings = findPartnerActivity({
      companyId: 'c1',
      viewer: lwlViewer,
      logs: [
        log({ id: 'l1', at: '2026-11-03T09:30:00+01:00', outcome: 'Terugbellen over BBL-plaats' }),
      ],
      followUps: [],
      now,
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({
      kind: 'contact',
      organisation: 'baanbrekend',
      channel: 'telefoon',
      advisorName: 'A. Adviseur',
    });
    expect(warnings[0]!.message).toBe(
      'A. Adviseur van Baanbrekend Drechtsteden had op 3 november 2026 telefonisch contact; afgesproken: Terugbellen over BBL-plaats',
    );
  });

  it('counts the window in calendar days: exactly 28 days ago is in, 29 is out', () => {
    const logs = [
      log({ id: 'day28-early', at: '2026-11-03T08:00:00+01:00' }), // 28 days before 1 Dec, earlier hour than now
      log({ id: 'day29-late', at: '2026-11-02T23:59:00+01:00' }),
    ];
    const ids = findPartnerActivity({
      companyId: 'c1',
      viewer: lwlViewer,
      logs,
      followUps: [],
      now,
    }).map((w) => w.refId);
    expect(ids).toEqual(['day28-early']);
    const wider = findPartnerActivity({
      companyId: 'c1',
      viewer: lwlViewer,
      logs,
      followUps: [],
      now,
      windowDays: 29,
    });
    expect(wider).toHaveLength(2);
  });

  it('uses local dates across the DST switch', () => {
    // now: Monday 26 Oct 2026 00:30 CET; 28 days earlier is Monday 28 Sep (CEST).
    const logs = [
      log({ id: 'in', at: '2026-09-28T00:10:00+02:00' }),
      log({ id: 'out', at: '2026-09-27T23:50:00+02:00' }),
    ];
    const ids = findPartnerActivity({
      companyId: 'c1',
      viewer: lwlViewer,
      logs,
      followUps: [],
      now: '2026-10-26T00:30:00+01:00',
    }).map((w) => w.refId);
    expect(ids).toEqual(['in']);
  });

  it('never warns about the own organisation, other companies, deleted or private rows', () => {
    const logs = [
      log({ id: 'own', at: '2026-11-30T10:00:00+01:00', organisation: 'lwl', advisorId: 'lwl-2' }),
      log({ id: 'other-company', at: '2026-11-30T10:00:00+01:00', companyId: 'c2' }),
      log({ id: 'private', at: '2026-11-30T10:00:00+01:00', visibility: 'prive' }),
      log({ id: 'deleted', at: '2026-11-30T10:00:00+01:00', _deleted: true }),
    ];
    const followUps = [
      followUp({ id: 'fu-private', visibility: 'prive' }),
      followUp({ id: 'fu-own', organisation: 'lwl' }),
      followUp({ id: 'fu-done', status: 'gedaan' }),
    ];
    expect(
      findPartnerActivity({ companyId: 'c1', viewer: lwlViewer, logs, followUps, now }),
    ).toEqual([]);
  });

  it('warns about an open partner follow-up however old, and works the other way round too', () => {
    const warnings = findPartnerActivity({
      companyId: 'c1',
      viewer: { advisorId: 'bb-2', organisation: 'baanbrekend' },
      logs: [
        log({
          id: 'lwl-log',
          at: '2026-11-20T10:00:00+01:00',
          organisation: 'lwl',
          advisorName: 'B. Loket',
          channel: 'bedrijfsbezoek',
        }),
      ],
      followUps: [
        followUp({
          id: 'fu',
          organisation: 'lwl',
          ownerName: 'B. Loket',
          createdAt: '2026-01-05T10:00:00+01:00',
        }),
      ],
      now,
    });
    expect(warnings.map((w) => w.kind)).toEqual(['contact', 'actie']);
    expect(warnings[0]!.message).toBe(
      'B. Loket van LeerWerkLoket Drechtsteden had op 20 november 2026 een bedrijfsbezoek.',
    );
    expect(warnings[1]!.message).toBe(
      'B. Loket van LeerWerkLoket Drechtsteden heeft hier een open actie: “Offerte BBL nabellen” (uiterlijk 10 november 2026).',
    );
  });
});

describe('listApproachedByBoth', () => {
  const companies: CompanyRef[] = [
    { id: 'c1', name: 'Bakkerij De Korf', ownerLwl: null, ownerBaanbrekend: 'bb-1' },
    {
      id: 'c2',
      name: 'Installatiebedrijf Zwijndrecht',
      ownerLwl: 'lwl-1',
      ownerBaanbrekend: 'bb-1',
    },
    { id: 'c3', name: 'Kapsalon Knip', ownerLwl: null, ownerBaanbrekend: null },
  ];
  const week = { from: '2026-11-16', to: '2026-11-22' };

  it('lists a company contacted by both within the window when one contact is in the period', () => {
    const logs = [
      log({ id: 'a', companyId: 'c1', at: '2026-11-17T10:00:00+01:00', organisation: 'lwl' }),
      log({ id: 'b', companyId: 'c1', at: '2026-10-20T10:00:00+02:00' }), // 28 days before, in window
      log({ id: 'c', companyId: 'c2', at: '2026-11-17T10:00:00+01:00', organisation: 'lwl' }),
      log({ id: 'd', companyId: 'c2', at: '2026-10-19T10:00:00+02:00' }), // 29 days: too far apart
      log({ id: 'e', companyId: 'c3', at: '2026-11-01T10:00:00+01:00', organisation: 'lwl' }),
      log({ id: 'f', companyId: 'c3', at: '2026-11-02T10:00:00+01:00' }), // both before the period
    ];
    const result = listApproachedByBoth({ logs, companies, ...week, windowDays: 28 });
    expect(result.map((r) => r.companyId)).toEqual(['c1']);
    expect(result[0]!.lwl.map((l) => l.id)).toEqual(['a']);
    expect(result[0]!.baanbrekend.map((l) => l.id)).toEqual(['b']);
    expect(result[0]!.latestAt).toBe('2026-11-17T10:00:00+01:00');
  });

  it('ignores private contacts and partners other than LWL and Baanbrekend', () => {
    const logs = [
      log({ id: 'a', at: '2026-11-17T10:00:00+01:00', organisation: 'lwl' }),
      log({ id: 'b', at: '2026-11-18T10:00:00+01:00', visibility: 'prive' }),
      log({ id: 'c', at: '2026-11-18T10:00:00+01:00', organisation: 'partner' }),
    ];
    expect(listApproachedByBoth({ logs, companies, ...week })).toEqual([]);
  });

  it('lists companies with an owner at both organisations', () => {
    expect(listOwnedByBoth(companies)).toEqual([
      {
        companyId: 'c2',
        name: 'Installatiebedrijf Zwijndrecht',
        ownerLwl: 'lwl-1',
        ownerBaanbrekend: 'bb-1',
      },
    ]);
  });
});
