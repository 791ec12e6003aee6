import { describe, expect, it } from 'vitest';
import { splitLeads, uncontactedLeads } from './leads';

describe('leads', () => {
  it('splits free text on lines, commas and semicolons and strips list markers', () => {
    expect(splitLeads('Van Dam, Bos;Kok\n- Smit BV\n2. De Vries\n\n , x')).toEqual([
      'Van Dam',
      'Bos',
      'Kok',
      'Smit BV',
      'De Vries',
    ]);
  });

  it('matches names as the same company name: case, accents, punctuation, legal form, "&" and "en" aside', () => {
    const leads = uncontactedLeads({
      interviews: [{ id: 'i1', companyId: 'x', answers: { leads: 'Jansen en Zn\nCafé ’t Hoekje B.V.' } }],
      answerKeys: ['leads'],
      companies: [
        { id: 'jansen', name: 'Jansen & Zn. BV' },
        { id: 'hoekje', name: 'cafe t hoekje' },
      ],
      logs: [{ companyId: 'jansen' }],
    });
    expect(leads.map((l) => [l.text, l.matchedCompanyId])).toEqual([['Café ’t Hoekje B.V.', 'hoekje']]);
  });

  it('keeps a named portfolio company that has no contact at all, with its id', () => {
    const leads = uncontactedLeads({
      interviews: [{ id: 'i1', companyId: 'x', answers: { leads: 'Garage het Wiel bv' } }],
      answerKeys: ['leads'],
      companies: [
        { id: 'korf', name: 'Bakkerij De Korf B.V.' },
        { id: 'tech', name: 'Techniek Sliedrecht' },
        { id: 'stil', name: 'Garage Het Wiel' },
      ],
      logs: [],
    });
    expect(leads).toEqual([
      {
        text: 'Garage het Wiel bv',
        interviewIds: ['i1'],
        sourceCompanyIds: ['x'],
        matchedCompanyId: 'stil',
      },
    ]);
  });
});
