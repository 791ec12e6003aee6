import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { buildEml } from './eml';
import { composeLetter, type LetterInput } from './letter';

const input: LetterInput = {
  companyName: 'Huisartsenpraktijk De Linde',
  kind: 'mkb',
  sector: 'eerstelijnszorg',
  contactName: null,
  at: '2026-03-02T10:00:00+01:00',
  topics: ['Bpv (BBL)', 'Regelingen en subsidies'],
  outcome: 'Interesse in een BBL-leerling doktersassistent.',
  agreed: [
    { title: 'Leerbedrijf-erkenning aanvragen', ownerName: 'Sanne Adviseur', due: '2026-03-30' },
  ],
  schemes: [
    {
      schemeKey: 'sbb',
      name: 'Subsidie praktijkleren',
      provider: 'Rijksoverheid',
      offers: 'Een tegemoetkoming per leerling per jaar. Aanvragen na afloop van het schooljaar.',
      fit: 'past',
      reasons: ['Past: het bedrijf doet aan of heeft interesse in Bpv BBL'],
      url: 'https://example.org/praktijkleren',
    },
  ],
  advisorName: 'Sanne Adviseur',
  organisationName: 'LeerWerkLoket Drechtsteden',
};

describe('composeLetter', () => {
  it('speaks to the praktijkhouder of a practice, lists what was agreed by when, and signs', () => {
    const { subject, body } = composeLetter(input);
    expect(subject).toBe('Verslag van ons gesprek op 2 maart 2026 – Huisartsenpraktijk De Linde');
    expect(body).toMatch(/^Beste praktijkhouder,\n/);
    expect(body).toContain('Leren en Werken in uw praktijk');
    expect(body).toContain(
      '- Leerbedrijf-erkenning aanvragen (Sanne Adviseur, uiterlijk 30 maart 2026)',
    );
    expect(body).toContain(
      '- Subsidie praktijkleren: Een tegemoetkoming per leerling per jaar.\n  Waarom dit bij u past: het bedrijf doet aan',
    );
    expect(body).toContain('Meer informatie: https://example.org/praktijkleren');
    expect(body).toMatch(/Sanne Adviseur\nLeerWerkLoket Drechtsteden$/);
  });

  it('gives the employer plain reasons, without rule labels, bounds or repeats', () => {
    const scheme = {
      ...input.schemes[0]!,
      reasons: ['Past: MKB-bedrijf', 'Past: MKB-bedrijf met 8 werknemers (max. 249)'],
    };
    const { body } = composeLetter({ ...input, schemes: [scheme] });
    expect(body).toContain('Waarom dit bij u past: MKB-bedrijf met 8 werknemers.');
  });

  it('greets a zzp-er as ondernemer and a named contact by name', () => {
    expect(composeLetter({ ...input, sector: 'bouw', kind: 'zzp' }).body).toMatch(
      /^Beste ondernemer,/,
    );
    expect(composeLetter({ ...input, contactName: 'Jan de Vries' }).body).toMatch(
      /^Beste Jan de Vries,/,
    );
  });
});

describe('buildEml', () => {
  it('parses back as a draft to the contact person with the exact Dutch text', async () => {
    const { subject, body } = composeLetter(input);
    const eml = buildEml({
      to: { name: 'Jan de Vries', address: 'jan@example.nl' },
      subject,
      body,
    });
    expect(eml).toContain('\r\nX-Unsent: 1\r\n');
    const mail = await PostalMime.parse(eml);
    expect(mail.to).toEqual([{ name: 'Jan de Vries', address: 'jan@example.nl' }]);
    expect(mail.subject).toBe(subject);
    expect(mail.text?.replace(/\r\n/g, '\n')).toBe(body);
  });
});
