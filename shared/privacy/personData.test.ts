import { describe, expect, it } from 'vitest';
import { erasurePatches, findMentions, namePattern, overRetention, REDACTED, redactText } from './personData';

const person = { id: 'p1', name: 'Anna de Wit', companyId: 'c1' };
const rows = {
  logs: [
    { id: 'l1', companyId: 'c1', at: '2026-01-01T10:00:00Z', contactPersonIds: ['p1', 'p2'], summary: 'Gesprek', outcome: '' },
    { id: 'l2', companyId: 'c2', at: '2026-01-02T10:00:00Z', summary: 'Via anna  DE wit doorverwezen.', outcome: '' },
    { id: 'l3', companyId: 'c2', at: '2026-01-03T10:00:00Z', summary: 'Johanna de Witte belde', outcome: '' },
  ],
  interviews: [
    { id: 'i1', companyId: 'c1', respondentName: 'Anna de Wit', answers: { functie: 'eigenaar' } },
    { id: 'i2', companyId: 'c3', answers: { leads: ['Bakkerij X (Anna de Wit)', 'Y'] } },
  ],
  followUps: [{ id: 'f1', companyId: 'c1', title: 'Anna de Wit terugbellen', notes: '' }],
};

describe('AVG: a contact person in all records', () => {
  it('finds links and whole-name mentions only', () => {
    const m = findMentions(person, rows);
    expect(m.logs).toEqual([
      { id: 'l1', reason: 'gekoppeld' },
      { id: 'l2', reason: 'naam in tekst' },
    ]);
    expect(m.interviews.map((i) => i.id)).toEqual(['i1', 'i2']);
    expect(m.followUps).toEqual([{ id: 'f1', reason: 'naam in tekst' }]);
  });

  it('redacts the name everywhere and unlinks the person', () => {
    const patches = erasurePatches(person, rows);
    expect(patches).toContainEqual({ table: 'contactLogs', id: 'l1', fields: { contactPersonIds: ['p2'] } });
    expect(patches).toContainEqual({ table: 'contactLogs', id: 'l2', fields: { summary: `Via ${REDACTED} doorverwezen.` } });
    expect(patches).toContainEqual({ table: 'interviews', id: 'i2', fields: { answers: { leads: [`Bakkerij X (${REDACTED})`, 'Y'] } } });
    expect(patches.find((p) => p.id === 'i1')?.fields.respondentName).toBe(REDACTED);
    expect(JSON.stringify(patches)).not.toMatch(/anna/i);
    expect(patches.some((p) => p.id === 'l3')).toBe(false);
  });

  it('ignores names too short to match safely', () => {
    expect(namePattern('Al')).toBeNull();
    expect(redactText('Al is hier', namePattern('Al'))).toBe('Al is hier');
  });

  it('lists rows past the retention period', () => {
    const now = new Date('2031-01-02T00:00:00Z');
    expect(overRetention(rows.logs, 5, now).map((r) => r.id)).toEqual(['l1']);
  });
});
