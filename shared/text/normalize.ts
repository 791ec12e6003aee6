/**
 * Search and comparison keys. One definition for the whole app, so that the quick search, the
 * kennisbank, the term linker, the duplicate check, the import and lead matching agree on when
 * two spellings are "the same".
 */

// Hyphens, dashes, slashes, dots and similar separators that Dutch place and company names use
// interchangeably ("Hendrik-Ido-Ambacht", "H.I. Ambacht", "Van der Wees/Transport").
const SEPARATORS = /[\u002d\u2010-\u2015\u2212_./\\,;:'’‘`´"“”()[\]{}&+]/g;
const COMBINING_MARKS = /\p{M}/gu;

// Letters that Unicode does not decompose into a base letter and an accent.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss', ẞ: 'ss', æ: 'ae', Æ: 'ae', ø: 'o', Ø: 'o', œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l',
  đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', þ: 'th', Þ: 'th', ı: 'i', ĳ: 'ij', Ĳ: 'ij',
};
const SPECIAL = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * Case and accents folded away, nothing else: "Café" → "cafe", "Straße" → "strasse",
 * "Œuvre" → "oeuvre", "ﬁets" → "fiets". Keeps separators and spaces, so word positions in the
 * original text stay meaningful for callers that split words themselves.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(SPECIAL, (c) => SPECIAL_LETTERS[c]!)
    .toLowerCase();
}

/**
 * Lower case, accents removed ("Café Ré" → "cafe re"), separators turned into spaces, runs of
 * white space collapsed. Digits and letters survive, so KvK numbers remain searchable.
 */
export function normalizeForSearch(s: string): string {
  return foldText(s).replace(SEPARATORS, ' ').replace(/\s+/g, ' ').trim();
}

/** Like `normalizeForSearch`, without any spaces: "H.I. Ambacht" and "HI-Ambacht" both → "hiambacht". */
export function compactKey(s: string): string {
  return normalizeForSearch(s).replace(/ /g, '');
}

/**
 * A lower-case ASCII key for a name, words joined by "-", at most `maxLength` characters:
 * "Zij-instroom (mbo)" → "zij-instroom-mbo", "O&O-fonds" → "o-en-o-fonds", "Beëindigd" → "beeindigd".
 */
export function slugKey(s: string, maxLength: number): string {
  return foldText(s)
    // eslint-disable-next-line veldwerk/no-dutch-text -- reads Dutch names: "&" is spoken as "en"
    .replace(/&/g, '-en-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/, '');
}

// Dutch legal forms, as words after normalisation; the longer phrases first.
const LEGAL_FORMS = [
  // eslint-disable-next-line veldwerk/no-dutch-text -- data: legal forms as they appear in Dutch company names
  'besloten vennootschap', 'naamloze vennootschap', 'vennootschap onder firma',
  'commanditaire vennootschap', 'eenmanszaak', 'holding', 'bv', 'nv', 'vof', 'cv',
];
const LEGAL_FORM = new RegExp(`(?:^| )(?:${LEGAL_FORMS.join('|')})(?= |$)`, 'g');
// Abbreviations written with dots or spaces ("B.V.", "v.o.f.", "N V") become one word first.
const SPELLED_OUT = /(?:^| )(b v|n v|v o f|c v)(?= |$)/g;
// Articles and "en" (also from "&") do not tell two companies apart: "De Molen" = "Molen".
const FILLER = new Set(['de', 'het', 't', 'en']);

/**
 * "The same company name": the key two names share when they name one company. Case, accents,
 * punctuation, "&"/"en", articles and legal forms ("B.V.", "V.O.F.", "Holding", "Besloten
 * Vennootschap") do not make a different company, and neither does the "(demo)" that marks the
 * demo set's names. Words stay separated by one space; compare with `sameCompanyName`, or use
 * `compactCompanyNameKey` where "Zoete Inval" and "Zoeteinval" must be one name.
 */
export function companyNameKey(name: string): string {
  const words = normalizeForSearch(name)
    .replace(SPELLED_OUT, (m) => ` ${m.replace(/ /g, '')}`)
    .replace(LEGAL_FORM, ' ')
    .split(' ')
    .filter((w) => w !== '' && !FILLER.has(w));
  if (words.length > 1 && words.at(-1) === 'demo') words.pop();
  return words.join(' ');
}

/** `companyNameKey` without spaces. */
export function compactCompanyNameKey(name: string): string {
  return companyNameKey(name).replace(/ /g, '');
}

/** True when both names name the same company by `companyNameKey` (an empty key matches nothing). */
export function sameCompanyName(a: string, b: string): boolean {
  const ka = compactCompanyNameKey(a);
  return ka !== '' && ka === compactCompanyNameKey(b);
}
