/**
 * Search and comparison keys. One definition for the whole app, so that the quick search, the
 * duplicate check and the import agree on when two spellings are "the same".
 */

// Hyphens, dashes, slashes, dots and similar separators that Dutch place and company names use
// interchangeably ("Hendrik-Ido-Ambacht", "H.I. Ambacht", "Van der Wees/Transport").
const SEPARATORS = /[\u002d\u2010-\u2015\u2212_./\\,;:'’‘`´"“”()[\]{}&+]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Lower case, accents removed ("Café Ré" → "cafe re"), separators turned into spaces, runs of
 * white space collapsed. Digits and letters survive, so KvK numbers remain searchable.
 */
export function normalizeForSearch(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[æ]/g, 'ae')
    .replace(/[ø]/g, 'o')
    .replace(SEPARATORS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Like `normalizeForSearch`, without any spaces: "H.I. Ambacht" and "HI-Ambacht" both → "hiambacht". */
export function compactKey(s: string): string {
  return normalizeForSearch(s).replace(/ /g, '');
}
