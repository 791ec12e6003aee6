import type { Gemeente } from './common';
import { portfolio } from '../i18n/nl/portfolio';
import { compactKey } from '../text/normalize';

/**
 * Identity checks for KvK numbers, vestigingsnummers and postcodes. Since 2016 KvK numbers
 * carry no public check digit (the old elfproef no longer holds for new numbers), so only the
 * format is checked, plus numbers that are obviously filler such as 00000000.
 */

export type IdCheck =
  | { ok: true; value: string | null; warning?: string }
  | { ok: false; message: string };

const msg = portfolio.identity;

// Excel turns long numbers into "1,23457E+11": the digits are gone and cannot be recovered.
const SCIENTIFIC = /^\d+([.,]\d+)?e\+?\d+$/i;

function digitsOf(raw: string, prefix: RegExp): string {
  return raw.trim().replace(prefix, '').replace(/[\s.\-–/]/g, '');
}

/** Checks a KvK number: 8 digits; spaces, dots and a "KvK" prefix are tolerated. Empty → null. */
export function checkKvk(raw: string): IdCheck {
  const s = digitsOf(raw, /^(kvk|k\.v\.k\.)(-?nummer|-?nr\.?)?[\s:]*/i);
  if (s === '') return { ok: true, value: null };
  if (SCIENTIFIC.test(s)) return { ok: false, message: msg.scientific };
  if (!/^\d+$/.test(s)) return { ok: false, message: msg.kvkNotDigits };
  // A spreadsheet that stored the number as a number has dropped the leading zero.
  if (s.length === 7) return { ok: true, value: `0${s}`, warning: msg.kvkPadded };
  if (s.length !== 8) return { ok: false, message: msg.kvkLength(s.length) };
  if (/^0+$/.test(s) || /^(\d)\1{7}$/.test(s)) return { ok: false, message: msg.kvkFiller };
  return { ok: true, value: s };
}

/** Checks a vestigingsnummer: 12 digits. Leading zeros lost by Excel are restored (9–11 digits). */
export function checkVestigingsnummer(raw: string): IdCheck {
  const s = digitsOf(raw, /^(vestigingsnummer|vestigingsnr\.?)[\s:]*/i);
  if (s === '') return { ok: true, value: null };
  if (SCIENTIFIC.test(s)) return { ok: false, message: msg.scientific };
  if (!/^\d+$/.test(s)) return { ok: false, message: msg.vestigingNotDigits };
  if (s.length >= 9 && s.length <= 11) return { ok: true, value: s.padStart(12, '0'), warning: msg.vestigingPadded };
  if (s.length !== 12) return { ok: false, message: msg.vestigingLength(s.length) };
  if (/^0+$/.test(s)) return { ok: false, message: msg.vestigingFiller };
  return { ok: true, value: s };
}

export const isValidKvk = (s: string): boolean => /^\d{8}$/.test(s) && checkKvk(s).ok;
export const isValidVestigingsnummer = (s: string): boolean => /^\d{12}$/.test(s) && checkVestigingsnummer(s).ok;

/** "3311ab", "3311-AB", " 3311 ab " → "3311 AB"; null when it is not a Dutch postcode. */
export function normalizePostcode(raw: string): string | null {
  const m = /^([1-9]\d{3})\s*-?\s*([a-z]{2})$/i.exec(raw.trim());
  if (!m) return null;
  const letters = m[2]!.toUpperCase();
  // PostNL never issues SA, SD and SS.
  if (letters === 'SA' || letters === 'SD' || letters === 'SS') return null;
  return `${m[1]} ${letters}`;
}

// Place names (compact keys) per gemeente, including the villages and former gemeenten that
// belong to it and the usual spellings of Hendrik-Ido-Ambacht. Kept to names we are sure of:
// Rijsoord (Ridderkerk), Wijngaarden (Molenlanden) and Hardinxveld-Giessendam are outside the
// region and therefore 'buiten-regio'.
const PLACES: Record<Exclude<Gemeente, 'buiten-regio'>, readonly string[]> = {
  alblasserdam: ['alblasserdam'],
  dordrecht: ['dordrecht', 'dordt', 'dubbeldam'],
  'hendrik-ido-ambacht': [
    'hendrikidoambacht', 'hiambacht', 'hiambacht', 'hendrikidoambt', 'hiambt', 'hia', 'ambacht',
    'sandelingenambacht',
  ],
  papendrecht: ['papendrecht'],
  sliedrecht: ['sliedrecht'],
  zwijndrecht: ['zwijndrecht', 'heerjansdam', 'kijfhoek'],
};

const PLACE_INDEX = new Map<string, Gemeente>(
  Object.entries(PLACES).flatMap(([g, names]) => names.map((n) => [n, g as Gemeente] as const)),
);

/**
 * The gemeente of a place name ("H.I. Ambacht" → hendrik-ido-ambacht, "Heerjansdam" →
 * zwijndrecht). A place outside the six gemeenten → 'buiten-regio'; an empty place → null.
 */
export function gemeenteFromPlace(place: string): Gemeente | null {
  const key = compactKey(place);
  if (key === '') return null;
  return PLACE_INDEX.get(key) ?? 'buiten-regio';
}

/** Reads a "Gemeente" cell: a gemeente name or a place in it. */
export function gemeenteFromText(text: string): Gemeente | null {
  const key = compactKey(text).replace(/^gemeente/, '');
  if (key === '') return null;
  if (key === 'buitenderegio' || key === 'buitenregio') return 'buiten-regio';
  return PLACE_INDEX.get(key) ?? 'buiten-regio';
}
