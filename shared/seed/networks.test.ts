import { describe, expect, it } from 'vitest';
import { networkSchema } from '../domain/network';
import { SEED_NETWORKS } from './networks';

describe('seeded networks (001 bijlage 6)', () => {
  it('are exactly the 30 of bijlage 6 and validate', () => {
    expect(SEED_NETWORKS).toHaveLength(30);
    for (const n of SEED_NETWORKS) expect(networkSchema.safeParse(n).error, n.key).toBeUndefined();
    expect(new Set(SEED_NETWORKS.map((n) => n.key)).size).toBe(30);
  });

  it('keep the types the bijlage gives', () => {
    const count = (kind: string) => SEED_NETWORKS.filter((n) => n.kind === kind).length;
    expect(count('ondernemersvereniging')).toBe(11);
    expect(count('winkeliersvereniging')).toBe(2);
    expect(count('werkgeversvereniging')).toBe(2);
    for (const k of [
      'netwerkplatform',
      'communicatieplatform',
      'financieringsfonds',
      'businessclub',
      'community',
    ]) {
      expect(count(k), k).toBe(1);
    }
  });

  it('record that Werkgevers Drechtsteden admits no zzp-ers or detailhandel', () => {
    const wd = SEED_NETWORKS.find((n) => n.key === 'werkgevers-drechtsteden')!;
    expect(wd.admitsZzp).toBe(false);
    expect(wd.notes).toMatch(/zzp-ers en detailhandel/);
  });

  it('show their source and date (bijlage 6, February 2017, niet uitputtend), a website and a status', () => {
    for (const n of SEED_NETWORKS) {
      expect(n.source, n.key).toEqual({
        text: expect.stringMatching(/bijlage 6: stand februari 2017, niet uitputtend/),
        date: '2017-02-01',
      });
      expect(n.status, n.key).toBe('onbekend');
    }
    expect(SEED_NETWORKS.filter((n) => n.website).length).toBeGreaterThanOrEqual(28);
    expect(SEED_NETWORKS.find((n) => n.key === 'zzper-drechtsteden')!.website).toBe(
      'http://www.zzperdrechtsteden.nl',
    );
  });
});
