import { describe, expect, it } from 'vitest';
import { emptyContactForm, fromDraft, hasContent, parseDutchDate, parseTime, toDraft, validateContactForm } from './contactForm';

const now = new Date('2026-03-10T09:30:00+01:00');

describe('contact form', () => {
  it('defaults to now in Amsterdam and a shared visit', () => {
    const s = emptyContactForm(now, 'c1');
    expect(s).toMatchObject({ companyId: 'c1', date: '10-03-2026', time: '09:30', channel: 'bedrijfsbezoek', visibility: 'gedeeld' });
    expect(hasContent(emptyContactForm(now))).toBe(false);
    expect(hasContent(emptyContactForm(now, 'c1'))).toBe(false);
  });

  it('gives Dutch messages next to the fields', () => {
    const r = validateContactForm({ ...emptyContactForm(now), date: '' }, () => now);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.companyId).toBe('Kies een bedrijf.');
    expect(r.errors.date).toBe('Vul een datum in.');
    expect(r.errors.topics).toBe('Kies minstens één onderwerp of schrijf een korte samenvatting.');
  });

  it('rejects a contact more than a day ahead and a follow-up without a title', () => {
    const r = validateContactForm(
      {
        ...emptyContactForm(now, 'c1'),
        date: '20-03-2026',
        topics: ['evc'],
        followUps: [{ key: 'k', title: '', due: '12-03-2026', ownerAdvisorId: 'me' }],
      },
      () => now,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.date).toMatch(/toekomst/);
    expect(r.errors['followUp.0.title']).toBe('Beschrijf de actie.');
  });

  it('parses a valid form with a local date and time into an instant with offset', () => {
    const r = validateContactForm(
      {
        ...emptyContactForm(now, 'c1'),
        date: '09-03-2026',
        time: '14:15',
        topics: ['regelingen'],
        schemeIds: ['s1'],
        followUps: [{ key: 'k', title: ' Bellen ', due: null, ownerAdvisorId: 'me' }, { key: 'l', title: '', due: null, ownerAdvisorId: 'me' }],
      },
      () => now,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.input.at).toBe('2026-03-09T14:15:00+01:00');
    expect(r.value.input.schemeIds).toEqual(['s1']);
    expect(r.value.followUps).toEqual([{ title: 'Bellen', due: null, ownerAdvisorId: 'me' }]);
  });

  it('restores a draft and survives a damaged one', () => {
    const s = { ...emptyContactForm(now, 'c1'), summary: 'half getypt' };
    expect(fromDraft(toDraft(s))).toEqual(s);
    expect(fromDraft({ summary: 5, topics: 'x' })).toMatchObject({ summary: '', topics: [] });
    expect(fromDraft(null)).toBeNull();
  });
});

describe('Dutch dates and times', () => {
  it('reads what advisors type', () => {
    expect(parseDutchDate('3-11-2026')).toBe('2026-11-03');
    expect(parseDutchDate('03/11/26')).toBe('2026-11-03');
    expect(parseDutchDate('2026-11-03')).toBe('2026-11-03');
    expect(parseDutchDate('31-02-2026')).toBeNull();
    expect(parseDutchDate('morgen')).toBeNull();
    expect(parseTime('9.05')).toBe('09:05');
    expect(parseTime('14')).toBe('14:00');
    expect(parseTime('25:00')).toBeNull();
  });
});
