import { describe, expect, it } from 'vitest';
import type { CompanyFacts } from '../domain/target';
import { formatHlc } from '../sync/hlc';
import { buildAlignmentOverview } from './alignment';
import type { FollowUpFacts, LogFacts } from './doubleApproach';

/** Week 47 of 2026 with a Baanbrekend and an LWL advisor. */
const week = { from: '2026-11-16', to: '2026-11-22' };
const now = '2026-11-19T09:00:00+01:00';

const company = (id: string, name: string, over: Partial<CompanyFacts> = {}): CompanyFacts => ({
  id,
  name,
  kind: 'mkb',
  gemeente: 'dordrecht',
  sector: 'detailhandel',
  sizeClass: '1-4',
  status: 'benaderd',
  ownerLwl: null,
  ownerBaanbrekend: null,
  createdAt: '2026-01-10T10:00:00+01:00',
  ...over,
});

const companies: CompanyFacts[] = [
  company('korf', 'Bakkerij De Korf B.V.', { ownerBaanbrekend: 'bb-1' }),
  company('tech', 'Techniek Sliedrecht', {
    ownerLwl: 'lwl-1',
    ownerBaanbrekend: 'bb-1',
    sizeClass: 'onbekend',
  }),
  company('zzp', 'Studio Vorm', {
    kind: 'zzp',
    sizeClass: 'zzp',
    createdAt: '2026-11-17T08:00:00+01:00',
  }),
  company('nieuw', 'Kapsalon Knip', { sizeClass: null, createdAt: '2026-11-18T08:00:00+01:00' }),
  company('stil', 'Garage Het Wiel'),
];

const log = (
  id: string,
  companyId: string,
  at: string,
  org: 'lwl' | 'baanbrekend',
  over: Partial<LogFacts> = {},
): LogFacts => ({
  id,
  companyId,
  at,
  advisorId: org === 'lwl' ? 'lwl-1' : 'bb-1',
  advisorName: org === 'lwl' ? 'B. Loket' : 'A. Adviseur',
  organisation: org,
  channel: 'telefoon',
  outcome: '',
  visibility: 'gedeeld',
  ...over,
});

const logs: LogFacts[] = [
  log('l1', 'korf', '2026-11-17T10:00:00+01:00', 'lwl', { outcome: 'Info over BBL gestuurd' }),
  log('l2', 'korf', '2026-11-02T10:00:00+01:00', 'baanbrekend'),
  log('l3', 'zzp', '2026-11-18T10:00:00+01:00', 'lwl', { channel: 'netwerkbijeenkomst' }),
  log('l4', 'tech', '2026-11-20T10:00:00+01:00', 'baanbrekend'),
  log('l5', 'tech', '2026-10-01T10:00:00+02:00', 'lwl'), // earlier contact: tech is not newly reached
  log('l6', 'stil', '2026-11-18T10:00:00+01:00', 'lwl', { visibility: 'prive' }),
];

const fu = (id: string, over: Partial<FollowUpFacts>): FollowUpFacts => ({
  id,
  companyId: 'korf',
  title: id,
  ownerAdvisorId: 'lwl-1',
  ownerName: 'B. Loket',
  organisation: 'lwl',
  due: null,
  status: 'open',
  visibility: 'gedeeld',
  createdAt: '2026-11-01T10:00:00+01:00',
  ...over,
});
const followUps = [
  fu('late', { due: '2026-11-10' }),
  fu('soon', { due: '2026-11-25' }),
  fu('bb', {
    ownerAdvisorId: 'bb-1',
    ownerName: 'A. Adviseur',
    organisation: 'baanbrekend',
    due: '2026-11-18',
  }),
  fu('private', { visibility: 'prive', due: '2026-11-01' }),
  fu('done', { status: 'gedaan', due: '2026-11-01' }),
];

const interviews = [
  {
    id: 'i1',
    companyId: 'korf',
    answers: {
      leads: 'Garage Het Wiel, Bloemenhuis Flora;\n- Techniek Sliedrecht\nbakkerij de korf',
    },
  },
  {
    id: 'i2',
    companyId: 'tech',
    answers: { leads: ['Bloemenhuis Flora'], andere: 'Drukkerij Dekker' },
  },
  { id: 'i3', companyId: 'tech', answers: { leads: 'Geheime tip' }, visibility: 'prive' },
];

const peers = [
  {
    deviceId: 'dev-bb',
    advisorName: 'A. Adviseur',
    organisation: 'baanbrekend' as const,
    newestHlc: formatHlc({
      millis: Date.parse('2026-11-16T17:00:00+01:00'),
      counter: 0,
      deviceId: 'dev-bb',
    }),
    lastSeenAt: now,
  },
  { deviceId: 'dev-new', newestHlc: null, lastSeenAt: null },
  {
    deviceId: 'dev-lwl2',
    advisorName: 'C. Loket',
    organisation: 'lwl' as const,
    newestHlc: formatHlc({
      millis: Date.parse('2026-11-19T08:00:00+01:00'),
      counter: 3,
      deviceId: 'dev-lwl2',
    }),
    lastSeenAt: now,
  },
];

describe('afstemmingsoverleg overview', () => {
  const o = buildAlignmentOverview({
    period: week,
    companies,
    logs,
    followUps,
    interviews,
    leadAnswerKeys: ['leads'],
    peers,
    now,
  });

  it('groups the shared contacts of the week by company, latest first, without private logs', () => {
    expect(o.contacts.map((c) => [c.name, c.organisations, c.contacts.map((l) => l.id)])).toEqual([
      ['Techniek Sliedrecht', ['baanbrekend'], ['l4']],
      ['Studio Vorm', ['lwl'], ['l3']],
      ['Bakkerij De Korf B.V.', ['lwl'], ['l1']],
    ]);
  });

  it('lists companies approached by both within the window, and owned by both', () => {
    expect(o.approachedByBoth.map((c) => c.companyId)).toEqual(['korf']);
    expect(o.ownedByBoth.map((c) => c.companyId)).toEqual(['tech']);
  });

  it('lists open and overdue follow-ups per advisor and organisation', () => {
    expect(
      o.followUps.advisors.map((a) => [
        a.name,
        a.open.map((f) => f.id),
        a.overdue.map((f) => f.id),
      ]),
    ).toEqual([
      ['A. Adviseur', ['bb'], ['bb']],
      ['B. Loket', ['late', 'soon'], ['late']],
    ]);
    expect(o.followUps.organisations).toEqual([
      { organisation: 'baanbrekend', open: 1, overdue: 1 },
      { organisation: 'lwl', open: 2, overdue: 1 },
    ]);
  });

  it('shows what is new: added companies, newly reached small MKB and zzp-ers, and missing sizes', () => {
    expect(o.news.added.map((c) => c.id)).toEqual(['nieuw', 'zzp']);
    expect(o.news.newlyReachedSmallMkb.map((c) => c.id)).toEqual([]); // korf first contacted 2 Nov, tech in October
    expect(o.news.newlyReachedZzp.map((c) => c.id)).toEqual(['zzp']);
    expect(o.withoutSize.map((c) => c.id)).toEqual(['nieuw', 'tech']);
  });

  it('lists leads from interviews that nobody has contacted yet', () => {
    // Garage Het Wiel has a (private) contact, Techniek Sliedrecht and De Korf shared ones;
    // 'andere' is not a lead key and private interviews stay out.
    expect(
      o.leads.map((l) => [l.text, l.matchedCompanyId, l.interviewIds, l.sourceCompanyIds]),
    ).toEqual([['Bloemenhuis Flora', null, ['i1', 'i2'], ['korf', 'tech']]]);
  });

  it('tells how fresh each partner device is, oldest first', () => {
    expect(o.freshness.map((f) => [f.advisorName, f.sentence, f.stale])).toEqual([
      ['Onbekend apparaat', 'nog geen gegevens ontvangen', true],
      ['A. Adviseur', 'laatste gegevens van 3 dagen geleden', false],
      ['C. Loket', 'laatste gegevens van vandaag', false],
    ]);
  });
});
