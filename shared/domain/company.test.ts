import { describe, expect, it } from 'vitest';
import {
  ACTIVITY_KEYS, ACTIVITY_LABELS, COMPANY_STATUS_LABELS, companyInputSchema, companySchema, deriveCompany,
  emptyCompanyInput, newCompany, NEED_LABELS, NEEDS, REASON_NOT_LABELS, REASONS_NOT,
} from './company';
import { contactPersonInputSchema, contactPersonSchema, newContactPerson } from './contactPerson';

const NOW = '2026-11-03T10:00:00.000+01:00';

describe('company', () => {
  it('turns form input into a valid row with defaults and derived size', () => {
    const input = companyInputSchema.parse({
      name: '  Bakkerij De Zoete Inval ',
      kvk: '1234 5678',
      postcode: '3311ab',
      employees: '7',
      gemeente: 'dordrecht',
      sector: '',
    });
    const row = newCompany(input, NOW, 'c1');
    expect(companySchema.parse(row)).toEqual(row);
    expect(row).toMatchObject({
      name: 'Bakkerij De Zoete Inval', kvk: '12345678', postcode: '3311 AB', employees: 7, sector: null,
      sizeClass: '5-9', euClass: 'micro', status: 'nog-niet-benaderd', erkendLeerbedrijf: 'onbekend',
      demo: false, importBatchId: null, createdAt: NOW, updatedAt: NOW, _clock: {},
    });
  });

  it('explains form errors in Dutch', () => {
    const r = companyInputSchema.safeParse({ name: '', kvk: '123', postcode: 'abc', employees: -1 });
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(messages).toEqual(
      expect.arrayContaining([
        'name: Vul de handelsnaam in.',
        'kvk: Een KvK-nummer heeft 8 cijfers; hier staan er 3.',
        'postcode: Vul een Nederlandse postcode in, zoals 3311 AB.',
        'employees: Het aantal werknemers kan niet negatief zijn.',
      ]),
    );
  });

  it('recomputes the size class after an edit', () => {
    const row = newCompany(emptyCompanyInput({ name: 'A', employees: 3 }), NOW, 'c1');
    expect(row.sizeClass).toBe('1-4');
    expect(deriveCompany({ ...row, employees: 30 })).toMatchObject({ sizeClass: '26-49', euClass: 'klein' });
    expect(deriveCompany({ ...row, kind: 'zzp' as const })).toMatchObject({ sizeClass: 'zzp' });
  });

  it('stores the counting base of the employee figure and bands on it; older rows stay valid', () => {
    const kvk = newCompany(emptyCompanyInput({ name: 'A', employees: 5, employeesBasis: 'werkzame-personen' }), NOW, 'c1');
    const guide = newCompany(emptyCompanyInput({ name: 'B', employees: 4, employeesBasis: 'in-loondienst' }), NOW, 'c2');
    expect(kvk.sizeClass).toBe('5-9');
    expect(guide.sizeClass).toBe('5-9');
    const { employeesBasis: _, ...older } = guide;
    expect(companySchema.safeParse(older).success).toBe(true);
    expect(deriveCompany(older).sizeClass).toBe('1-4');
    expect(companySchema.safeParse({ ...guide, employeesBasis: 'fte' }).success).toBe(false);
    expect(companyInputSchema.parse({ name: 'C', employeesBasis: '' }).employeesBasis).toBe('onbekend');
  });

  it('rejects stored rows with a malformed KvK number', () => {
    const row = newCompany(emptyCompanyInput({ name: 'A' }), NOW, 'c1');
    expect(companySchema.safeParse({ ...row, kvk: '1234' }).success).toBe(false);
  });

  it('has a Dutch label for every choice', () => {
    for (const k of ACTIVITY_KEYS) expect(ACTIVITY_LABELS[k]).toBeTruthy();
    for (const k of REASONS_NOT) expect(REASON_NOT_LABELS[k]).toBeTruthy();
    for (const k of NEEDS) expect(NEED_LABELS[k]).toBeTruthy();
    expect(COMPANY_STATUS_LABELS.actief).toBe('Actief met Leren & Werken');
  });
});

describe('contact person', () => {
  it('accepts a minimal person and fills defaults', () => {
    const input = contactPersonInputSchema.parse({ companyId: 'c1', name: 'Sanne Oeverdijk', email: ' Sanne@Voorbeeld.NL ' });
    const row = newContactPerson(input, NOW, 'p1');
    expect(contactPersonSchema.parse(row)).toEqual(row);
    expect(row).toMatchObject({ email: 'sanne@voorbeeld.nl', phone: '', preferredChannel: 'onbekend', function: '' });
  });

  it('explains bad e-mail and phone in Dutch', () => {
    const r = contactPersonInputSchema.safeParse({ companyId: 'c1', name: 'X', email: 'geen-mail', phone: 'bel maar' });
    expect(r.success).toBe(false);
    const msgs = r.error!.issues.map((i) => i.message);
    expect(msgs).toContain('Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.');
    expect(msgs.some((m) => m.startsWith('Vul een telefoonnummer in'))).toBe(true);
  });
});
