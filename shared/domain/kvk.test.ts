import { describe, expect, it } from 'vitest';
import { checkKvk, checkVestigingsnummer, gemeenteFromPlace, gemeenteFromText, isValidKvk, normalizePostcode } from './kvk';

describe('KvK number', () => {
  it.each([
    ['12345678', '12345678'], ['1234 5678', '12345678'], ['12.34.56.78', '12345678'], ['KvK 12345678', '12345678'],
    ['kvk-nummer: 0123 4567', '01234567'], ['', null], ['  ', null],
  ])('"%s" → %s', (raw, value) => {
    expect(checkKvk(raw)).toEqual({ ok: true, value });
  });

  it('keeps leading zeros and restores one that Excel dropped, with a warning', () => {
    expect(checkKvk('01234567')).toEqual({ ok: true, value: '01234567' });
    const r = checkKvk('1234567');
    expect(r).toMatchObject({ ok: true, value: '01234567' });
    expect(r.ok && r.warning).toMatch(/voorloopnullen/);
  });

  it.each([
    ['123456789', /8 cijfers; hier staan er 9/],
    ['123456', /8 cijfers; hier staan er 6/],
    ['1234567a', /alleen uit cijfers/],
    ['00000000', /geen echt KvK-nummer/],
    ['11111111', /geen echt KvK-nummer/],
    ['1,23457E+11', /wetenschappelijke notatie/],
  ])('rejects "%s" with a Dutch message', (raw, message) => {
    const r = checkKvk(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(message);
  });

  it('isValidKvk only accepts the stored form', () => {
    expect(isValidKvk('12345678')).toBe(true);
    expect(isValidKvk('1234 5678')).toBe(false);
    expect(isValidKvk('00000000')).toBe(false);
  });
});

describe('vestigingsnummer', () => {
  it('accepts 12 digits and restores lost leading zeros', () => {
    expect(checkVestigingsnummer('000012345678')).toEqual({ ok: true, value: '000012345678' });
    expect(checkVestigingsnummer('0000 1234 5678')).toEqual({ ok: true, value: '000012345678' });
    expect(checkVestigingsnummer('12345678901')).toMatchObject({ ok: true, value: '012345678901' });
    expect(checkVestigingsnummer('')).toEqual({ ok: true, value: null });
  });
  it.each(['1234', '1234567890123', '000000000000', 'abc'])('rejects "%s"', (raw) => {
    expect(checkVestigingsnummer(raw).ok).toBe(false);
  });
});

describe('postcode', () => {
  it.each([
    ['3311ab', '3311 AB'], ['3311 AB', '3311 AB'], [' 3311-ab ', '3311 AB'], ['2951XY', '2951 XY'],
  ])('"%s" → "%s"', (raw, pc) => expect(normalizePostcode(raw)).toBe(pc));
  it.each(['0311 AB', '331 AB', '3311 A', '3311 SS', '3311 SA', 'Dordrecht', ''])('rejects "%s"', (raw) =>
    expect(normalizePostcode(raw)).toBeNull(),
  );
});

describe('gemeente from place', () => {
  it.each([
    ['Dordrecht', 'dordrecht'], ['DORDRECHT', 'dordrecht'], ['Dubbeldam', 'dordrecht'],
    ['Hendrik-Ido-Ambacht', 'hendrik-ido-ambacht'], ['H.I. Ambacht', 'hendrik-ido-ambacht'],
    ['Hendrik Ido Ambacht', 'hendrik-ido-ambacht'], ['H.I.-Ambacht', 'hendrik-ido-ambacht'],
    ['Heerjansdam', 'zwijndrecht'], ['Zwijndrecht', 'zwijndrecht'], ['Papendrecht', 'papendrecht'],
    ['Sliedrecht', 'sliedrecht'], ['Alblasserdam', 'alblasserdam'],
    ['Hardinxveld-Giessendam', 'buiten-regio'], ['Rijsoord', 'buiten-regio'], ['Wijngaarden', 'buiten-regio'],
    ['Rotterdam', 'buiten-regio'],
  ])('%s → %s', (place, gemeente) => expect(gemeenteFromPlace(place)).toBe(gemeente));

  it('leaves an empty place open', () => expect(gemeenteFromPlace(' ')).toBeNull());
  it('reads a gemeente column', () => {
    expect(gemeenteFromText('Gemeente Hendrik-Ido-Ambacht')).toBe('hendrik-ido-ambacht');
    expect(gemeenteFromText('Buiten de regio')).toBe('buiten-regio');
  });
});
