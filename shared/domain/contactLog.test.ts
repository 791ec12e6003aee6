import { describe, expect, it } from 'vitest';
import { contactLogInputSchema, contactLogSchema } from './contactLog';
import { targetSchema } from './target';

const now = () => new Date('2026-11-19T09:00:00+01:00');
const messages = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues.map((i) => i.message) ?? [];

describe('contact log form', () => {
  const schema = contactLogInputSchema(now);
  const valid = {
    companyId: 'c1',
    at: '2026-11-19T08:30:00+01:00',
    channel: 'telefoon',
    topics: ['evc'],
  };

  it('accepts a quick entry and fills the defaults', () => {
    const parsed = schema.parse(valid);
    expect(parsed).toMatchObject({
      visibility: 'gedeeld',
      summary: '',
      networkId: null,
      contactPersonIds: [],
    });
  });

  it('explains in Dutch what is missing', () => {
    expect(messages(schema.safeParse({ ...valid, companyId: '' }))).toEqual(['Kies een bedrijf.']);
    expect(messages(schema.safeParse({ ...valid, at: '' }))).toEqual(['Vul een datum in.']);
    expect(messages(schema.safeParse({ ...valid, topics: [], summary: '  ' }))).toEqual([
      'Kies minstens één onderwerp of schrijf een korte samenvatting.',
    ]);
    expect(messages(schema.safeParse({ ...valid, summary: 'x'.repeat(5001) }))).toEqual([
      'Houd de samenvatting onder de 5.000 tekens.',
    ]);
  });

  it('allows up to a day ahead, not more', () => {
    expect(schema.safeParse({ ...valid, at: '2026-11-20T08:30:00+01:00' }).success).toBe(true);
    expect(messages(schema.safeParse({ ...valid, at: '2026-11-20T09:30:00+01:00' }))).toEqual([
      'Een contactmoment kan niet meer dan een dag in de toekomst liggen.',
    ]);
  });

  it('accepts a summary without topics', () => {
    expect(
      schema.safeParse({ ...valid, topics: [], summary: 'Kort gesproken op de borrel.' }).success,
    ).toBe(true);
  });
});

describe('row schemas', () => {
  it('parses a stored contact log row', () => {
    const row = contactLogSchema.parse({
      id: 'l1',
      _clock: {},
      companyId: 'c1',
      at: '2026-11-19T08:30:00+01:00',
      advisorId: 'a',
      advisorName: 'A',
      organisation: 'lwl',
      channel: 'bedrijfsbezoek',
      createdAt: '2026-11-19T08:30:00+01:00',
      updatedAt: '2026-11-19T08:30:00+01:00',
    });
    expect(row).toMatchObject({
      topics: [],
      visibility: 'gedeeld',
      demo: false,
      interviewId: null,
    });
  });

  it('asks for a sector on a sector target', () => {
    const result = targetSchema.safeParse({
      id: 't',
      _clock: {},
      organisation: 'samen',
      metric: 'sector-bereikt',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
      target: 10,
      title: 'Detailhandel',
    });
    expect(messages(result)).toEqual(['Kies een sector.']);
  });
});
