import { describe, expect, it } from 'vitest';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { QUICK_ENTRY_DRAFT } from '../../db/repositories/contactLogs';
import { editDraftKey, editLogDraft, newLogDraft } from './contactDrafts';
import { fromLog, validateContactForm } from './contactForm';

const log: ContactLogRow = {
  id: 'log1',
  _clock: {},
  companyId: 'c1',
  at: '2026-03-02T09:15:00Z',
  advisorId: 'adv-partner',
  advisorName: 'Jeroen Visser',
  organisation: 'baanbrekend',
  contactPersonIds: ['p1'],
  channel: 'telefoon',
  networkId: null,
  topics: ['vacatures'],
  schemeIds: [],
  summary: 'Twee vacatures',
  outcome: 'Profiel doorsturen',
  visibility: 'gedeeld',
  interviewId: null,
  statusAfter: 'benaderd',
  demo: false,
  createdAt: '2026-03-02T09:20:00Z',
  updatedAt: '2026-03-02T09:20:00Z',
} as ContactLogRow;

describe('editing a log in the contact form', () => {
  it('fills the form with the log on the Dutch wall clock, and saves back the same input', () => {
    const state = fromLog(log);
    expect(state).toMatchObject({ companyId: 'c1', date: '02-03-2026', time: '10:15', channel: 'telefoon', statusAfter: 'benaderd', followUps: [] });
    const result = validateContactForm(state, () => new Date('2026-03-10T12:00:00Z'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Date.parse(result.value.input.at)).toBe(Date.parse(log.at));
    expect(result.value.input).toMatchObject({ summary: 'Twee vacatures', outcome: 'Profiel doorsturen', contactPersonIds: ['p1'], topics: ['vacatures'] });
  });

  it('keeps its own draft per log, apart from the new-log draft, valid only for that version', () => {
    const source = editLogDraft(log);
    expect(source.key).toBe(editDraftKey('log1'));
    expect(source.key).not.toBe(newLogDraft(null).key);
    expect(newLogDraft(null).key).toBe(QUICK_ENTRY_DRAFT);
    const typed = { ...fromLog(log), summary: 'Drie vacatures' };
    expect(source.worthKeeping(typed)).toBe(true);
    // The picker filling in the company name is not a change worth a draft.
    expect(source.worthKeeping({ ...fromLog(log), companyQuery: 'Bakkerij' })).toBe(false);
    expect(source.accept(typed, { editBase: log.updatedAt })).toEqual(typed);
    expect(source.accept(typed, { editBase: '2026-03-05T00:00:00Z' })).toBeNull();
  });
});
