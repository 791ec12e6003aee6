import type { TextEncodingName } from './types';

/**
 * Spreadsheets saved by Dutch Excel are Windows-1252 ("CSV (gescheiden door lijstscheidingsteken)")
 * or UTF-8 with a BOM ("CSV UTF-8"); exports from web tools are UTF-8 without BOM; "Unicode
 * tekst" is UTF-16 LE. A byte order mark decides; otherwise valid UTF-8 is taken as UTF-8 —
 * Windows-1252 text with accents is almost never valid UTF-8 — and the rest as Windows-1252.
 */
export function detectEncoding(bytes: Uint8Array): TextEncodingName {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8-bom';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const utf16 = sniffUtf16(bytes);
  if (utf16) return utf16;
  if (isAscii(bytes)) return 'utf-8';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1252';
  }
}

/**
 * UTF-16 without a byte order mark: text in Latin script then has a zero byte in (almost) every
 * other position — the high byte of each character. Seen in files saved by some CRM exports.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) zeroEven++;
    if (bytes[i + 1] === 0) zeroOdd++;
  }
  const half = n / 2;
  if (zeroOdd / half >= 0.3 && zeroEven / half <= 0.02) return 'utf-16le';
  if (zeroEven / half >= 0.3 && zeroOdd / half <= 0.02) return 'utf-16be';
  return null;
}

/**
 * Characters that never occur in a spreadsheet's text: C0 controls other than tab, line breaks,
 * form feed and the DOS end-of-file mark, DEL, and the replacement character of a failed decode.
 */
function isForeign(code: number): boolean {
  if (code < 0x20) return code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1a;
  return code === 0x7f || code === 0xfffd;
}

/**
 * True when decoded text is not text: a binary file, an image or a PDF given a .csv name.
 * More than 1 in 100 foreign characters (or 1 in 1000 zero characters) in the first 64k.
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, 65536);
  let foreign = 0;
  let zeros = 0;
  for (let i = 0; i < n; i++) {
    const code = text.charCodeAt(i);
    if (isForeign(code)) {
      foreign++;
      if (code === 0) zeros++;
    }
  }
  return n > 0 && (foreign / n > 0.01 || zeros / n > 0.001);
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! > 0x7f) return false;
  return true;
}

// Windows-1252 bytes 0x80–0x9F ("€", "‘", "’", "…", "Š", …). Some Node versions decode
// 'windows-1252' as Latin-1 and leave C1 control characters there instead (nodejs/node#56542, #60888);
// browsers do it right. Mapping them afterwards gives the same text everywhere.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** Decodes with the detected encoding; the BOM is never part of the text. */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncodingName } {
  const encoding = detectEncoding(bytes);
  const label = encoding === 'utf-8-bom' ? 'utf-8' : encoding;
  let text = new TextDecoder(label).decode(bytes);
  if (encoding === 'windows-1252') text = fixC1(text);
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding };
}
