import { describe, expect, it } from 'vitest';
import { companySchema } from '../domain/company';
import { contactPersonSchema } from '../domain/contactPerson';
import { GEMEENTEN } from '../domain/common';
import { generateDemoData, isDemoRow } from './demo';
import { generateKvkExportCsv } from './demoKvkExport';

describe('demo set', () => {
  const data = generateDemoData();

  it('is deterministic', () => {
    expect(generateDemoData()).toEqual(data);
    expect(generateDemoData({ seed: 2 }).companies[0]!.name).not.toBe(data.companies[0]!.name);
  });

  it('has a few hundred valid, clearly fictional companies and contact persons', () => {
    expect(data.companies).toHaveLength(300);
    for (const c of data.companies) {
      expect(companySchema.parse(c)).toEqual(c);
      expect(c.demo).toBe(true);
      expect(c.name).toMatch(/\(demo\)$/);
      expect(c.kvk).toMatch(/^9999\d{4}$/);
    }
    expect(data.contactPersons.length).toBeGreaterThan(150);
    for (const p of data.contactPersons) {
      expect(contactPersonSchema.parse(p)).toEqual(p);
      expect(p.demo).toBe(true);
      expect(p.email).toMatch(/@voorbeeld\.nl$/);
      expect(p.phone).toMatch(/^0000-\d{6}$/);
      expect(data.companies.some((c) => c.id === p.companyId)).toBe(true);
    }
    expect(data.companies.every(isDemoRow)).toBe(true);
  });

  it('spreads over the six gemeenten, sectors and size classes like Tabel 1', () => {
    const by = (f: (c: (typeof data.companies)[number]) => string) => {
      const m = new Map<string, number>();
      for (const c of data.companies) m.set(f(c), (m.get(f(c)) ?? 0) + 1);
      return m;
    };
    const gemeenten = by((c) => c.gemeente);
    for (const g of GEMEENTEN) expect(gemeenten.get(g) ?? 0).toBeGreaterThan(5);
    expect(by((c) => c.sector ?? '').size).toBeGreaterThan(12);
    const sizes = by((c) => c.sizeClass);
    expect(sizes.get('zzp')!).toBeGreaterThan(30);
    expect(sizes.get('onbekend')!).toBeGreaterThan(15);
    const mkbKnown = ['1-4', '5-9', '10-14', '15-19', '20-25'].map((s) => sizes.get(s) ?? 0);
    // 1–4 is the largest band, as in the report.
    expect(mkbKnown[0]!).toBeGreaterThan(mkbKnown[1]! * 2);
    for (const n of mkbKnown) expect(n).toBeGreaterThan(0);
  });
});

describe('generated KvK export', () => {
  it('is deterministic and messy in the expected ways', () => {
    const csv = generateKvkExportCsv(2000, 3);
    expect(generateKvkExportCsv(2000, 3)).toBe(csv);
    const lines = csv.split('\r\n');
    expect(lines[2]).toMatch(/^Dossiernummer;Vestigingsnummer;Handelsnaam;/);
    expect(csv).toMatch(/;\d{4}[a-z]{2};/);
    expect(csv).toMatch(/H\.I\. Ambacht/);
    expect(csv).toMatch(/5 t\/m 9/);
    expect(csv).toMatch(/Eenmanszaak/);
    expect(csv).toMatch(/"[^"]*; vestiging Centrum"/);
  });
});
