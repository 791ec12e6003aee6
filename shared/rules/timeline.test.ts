import { describe, expect, it } from 'vitest';
import { formatHlc } from '../sync/hlc';
import type { ChangeBatch } from '../sync/types';
import { buildTimeline, deriveCompanyChanges, filterTimeline } from './timeline';

const hlc = (iso: string, device = 'dev-lwl') =>
  formatHlc({ millis: Date.parse(iso), counter: 0, deviceId: device });
const batch = (
  id: string,
  iso: string,
  fields: ChangeBatch['changes'][number]['fields'],
  device = 'dev-lwl',
  rowId = 'c1',
): ChangeBatch => ({
  id,
  deviceId: device,
  seq: 1,
  hlc: hlc(iso, device),
  label: 'Bedrijf bewerkt',
  changes: [{ table: 'companies', rowId, fields }],
});

const context = {
  advisorNames: { 'lwl-1': 'B. Loket', 'bb-1': 'A. Adviseur', 'bb-2': 'C. Baan' },
  statusLabels: { nieuw: 'Nieuw', benaderd: 'Benaderd', 'in-gesprek': 'In gesprek' },
  devices: {
    'dev-lwl': { advisorName: 'B. Loket', organisation: 'lwl' as const },
    'dev-bb': { advisorName: 'A. Adviseur', organisation: 'baanbrekend' as const },
  },
};

describe('deriveCompanyChanges', () => {
  it('describes a status change with the previous value, walking batches in HLC order', () => {
    // Delivered out of order: the walk must sort by hlc, not by arrival.
    const batches = [
      batch('b3', '2026-11-10T10:00:00+01:00', { status: 'in-gesprek' }, 'dev-bb'),
      batch('b1', '2026-11-01T10:00:00+01:00', {
        name: 'Bakkerij De Korf',
        kind: 'mkb',
        status: 'nieuw',
        createdAt: '2026-11-01T10:00:00+01:00',
      }),
      batch('b2', '2026-11-05T10:00:00+01:00', { status: 'benaderd', sizeClass: '5-9' }),
      batch('b4', '2026-11-11T10:00:00+01:00', {
        status: 'in-gesprek',
        name: 'Bakkerij De Korf BV',
      }),
    ];
    const entries = deriveCompanyChanges('c1', batches, context);
    expect(entries.map((e) => e.title)).toEqual([
      'Bedrijf toegevoegd – B. Loket',
      'Grootteklasse vastgelegd: 5-9 medewerkers – B. Loket',
      'Status gewijzigd van Nieuw naar Benaderd – B. Loket',
      'Status gewijzigd van Benaderd naar In gesprek – A. Adviseur',
    ]);
    expect(entries[3]).toMatchObject({
      type: 'wijziging',
      organisation: 'baanbrekend',
      refId: 'b3',
      at: '2026-11-10T10:00:00+01:00',
    });
    expect(entries[0]!.detail).toBe('MKB-bedrijf\nBedrijf bewerkt');
  });

  it('describes owners, kind, size changes, merges and leaves unrelated rows out', () => {
    const batches = [
      batch('b1', '2026-11-01T10:00:00+01:00', {
        ownerBaanbrekend: 'bb-1',
        sizeClass: '1-4',
        kind: 'mkb',
      }),
      batch('b2', '2026-11-02T10:00:00+01:00', {
        ownerBaanbrekend: 'bb-2',
        ownerLwl: 'lwl-1',
        sizeClass: '5-9',
        kind: 'zzp',
      }),
      batch('b3', '2026-11-03T10:00:00+01:00', { ownerBaanbrekend: null }),
      batch(
        'b4',
        '2026-11-04T10:00:00+01:00',
        { name: 'De Korf (dubbel)', mergedInto: 'c1', _deleted: true },
        'dev-lwl',
        'c9',
      ),
      batch('b5', '2026-11-04T11:00:00+01:00', { status: 'benaderd' }, 'dev-lwl', 'c2'),
    ];
    const titles = deriveCompanyChanges('c1', batches, { ...context, devices: {} }).map(
      (e) => e.title,
    );
    expect(titles).toEqual([
      'Grootteklasse vastgelegd: 1-4 medewerkers',
      'Eigenaar Baanbrekend: A. Adviseur',
      'Grootteklasse gewijzigd van 1-4 medewerkers naar 5-9 medewerkers',
      'Eigenaar LWL: B. Loket',
      'Eigenaar Baanbrekend gewijzigd van A. Adviseur naar C. Baan',
      'Soort gewijzigd van MKB-bedrijf naar zzp-er',
      'Eigenaar Baanbrekend (C. Baan) losgelaten',
      'De Korf (dubbel) samengevoegd met dit bedrijf',
    ]);
  });

  it('tells where an absorbed company went, without a separate delete entry', () => {
    const batches = [
      batch('b1', '2026-11-01T10:00:00+01:00', {
        name: 'Korf',
        createdAt: '2026-11-01T10:00:00+01:00',
        kind: 'mkb',
      }),
      batch('b2', '2026-11-04T10:00:00+01:00', { mergedInto: 'c9', _deleted: true }),
    ];
    const titles = deriveCompanyChanges('c1', batches, {
      companyNames: { c9: 'Bakkerij De Korf' },
    }).map((e) => e.title);
    expect(titles).toEqual(['Bedrijf toegevoegd', 'Samengevoegd met Bakkerij De Korf']);
    const deleted = deriveCompanyChanges('c1', [
      batches[0]!,
      batch('b3', '2026-11-05T10:00:00+01:00', { _deleted: true }),
    ]);
    expect(deleted.map((e) => e.title)).toEqual(['Bedrijf toegevoegd', 'Bedrijf verwijderd']);
  });
});

describe('buildTimeline', () => {
  const base = {
    companyId: 'c1',
    logs: [
      {
        id: 'l1',
        companyId: 'c1',
        at: '2026-11-03T09:30:00+01:00',
        advisorName: 'A. Adviseur',
        organisation: 'baanbrekend' as const,
        channel: 'telefoon' as const,
        topics: ['bpv-bbl' as const],
        summary: 'Belangstelling voor BBL.',
        outcome: 'Terugbellen',
        visibility: 'gedeeld' as const,
      },
      {
        id: 'l2',
        companyId: 'c1',
        at: '2026-11-04T09:30:00+01:00',
        advisorName: 'B. Loket',
        organisation: 'lwl' as const,
        channel: 'bedrijfsbezoek' as const,
        topics: [],
        summary: 'Eigen notitie',
        outcome: '',
        visibility: 'prive' as const,
      },
      {
        id: 'l3',
        companyId: 'c2',
        at: '2026-11-04T09:30:00+01:00',
        advisorName: 'B. Loket',
        organisation: 'lwl' as const,
        channel: 'telefoon' as const,
        topics: [],
        summary: 'Ander bedrijf',
        outcome: '',
        visibility: 'gedeeld' as const,
      },
    ],
    followUps: [
      {
        id: 'f1',
        companyId: 'c1',
        title: 'Offerte sturen',
        ownerName: 'B. Loket',
        organisation: 'lwl' as const,
        due: '2026-11-20',
        status: 'open' as const,
        visibility: 'gedeeld' as const,
        doneAt: null,
        createdAt: '2026-11-04T10:00:00+01:00',
      },
      {
        id: 'f2',
        companyId: 'c1',
        title: 'Bellen over BBL',
        ownerName: 'A. Adviseur',
        organisation: 'baanbrekend' as const,
        due: '2026-11-27',
        status: 'gedaan' as const,
        visibility: 'gedeeld' as const,
        doneAt: '2026-11-25T16:00:00+01:00',
        createdAt: '2026-11-18T10:00:00+01:00',
      },
    ],
    interviews: [
      {
        id: 'i1',
        companyId: 'c1',
        guideKey: 'niet-bereikt',
        status: 'afgerond',
        startedAt: '2026-11-12T13:00:00+01:00',
        finishedAt: '2026-11-12T14:00:00+01:00',
        organisation: 'lwl' as const,
      },
    ],
    meetings: [
      {
        id: 'm1',
        date: '2026-11-18',
        agreements: [
          {
            id: 'a1',
            companyId: 'c1',
            text: 'Bellen over BBL',
            ownerAdvisorId: 'bb-1',
            ownerName: 'A. Adviseur',
            organisation: 'baanbrekend' as const,
            due: '2026-11-27',
            followUpId: 'f2',
          },
          {
            id: 'a2',
            companyId: 'c2',
            text: 'Niet voor c1',
            ownerAdvisorId: 'bb-1',
            ownerName: 'A. Adviseur',
            organisation: 'baanbrekend' as const,
            due: null,
            followUpId: null,
          },
        ],
      },
    ],
    batches: [batch('b1', '2026-11-05T10:00:00+01:00', { status: 'benaderd' }, 'dev-bb')],
    context,
  };

  it('merges all sources newest first and folds a follow-up into its agreement', () => {
    const entries = buildTimeline(base);
    expect(entries.map((e) => [e.type, e.refId])).toEqual([
      ['afspraak', 'm1'],
      ['gesprek', 'i1'],
      ['wijziging', 'b1'],
      ['actie', 'f1'],
      ['contact', 'l2'],
      ['contact', 'l1'],
    ]);
    expect(entries[0]!.detail).toBe('Gedaan door A. Adviseur op 25 november 2026');
    expect(entries[0]!.at).toBe('2026-11-18T00:00:00+01:00');
    expect(entries.find((e) => e.refId === 'l2')!.private).toBe(true);
    expect(entries.find((e) => e.refId === 'l1')).toMatchObject({
      title: 'Telefoon – A. Adviseur',
      detail: 'Bpv (BBL)\nBelangstelling voor BBL.\nAfgesproken: Terugbellen',
    });
    expect(entries.find((e) => e.refId === 'f1')!.detail).toBe(
      'Open, voor B. Loket, uiterlijk 20 november 2026',
    );
  });

  it('filters by type and organisation', () => {
    const entries = buildTimeline(base);
    expect(filterTimeline(entries, { types: ['contact'] }).map((e) => e.refId)).toEqual([
      'l2',
      'l1',
    ]);
    expect(filterTimeline(entries, { organisations: ['baanbrekend'] }).map((e) => e.refId)).toEqual(
      ['m1', 'b1', 'l1'],
    );
    expect(filterTimeline(entries, { types: [], organisations: [] })).toHaveLength(entries.length);
  });
});
