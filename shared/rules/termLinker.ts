import type { Term } from '../domain/term';
import { foldText } from '../text/normalize';

/**
 * Finds known begrippen in running text so the UI can explain them on hover or focus.
 *
 * The matcher is built once per term list: every surface form (term, synonyms, abbreviation)
 * becomes a sequence of word tokens, indexed by its first token. Linking walks the words of a
 * text and at each word takes the longest form that starts there, so "Mkb-route in het hbo"
 * wins over "Mkb-route" and "MKB". Matching is on whole words only: "BBL" never links inside
 * "BBLer", nor "bol" inside "symbool".
 */

export type LinkSegment = { text: string } | { text: string; termKey: string };

export type TermLinker = {
  /** Segments of the text in order; joined, their `text` is the input. Memoised per text. */
  linkTerms(text: string): readonly LinkSegment[];
  termByKey(key: string): Term | undefined;
};

export type TermLinkerOptions = {
  /** Link only the first mention of each begrip in a text (default), to keep the text calm. */
  firstOccurrenceOnly?: boolean;
  /** Texts remembered; the oldest is forgotten beyond this. */
  cacheSize?: number;
};

type Pattern = {
  termKey: string;
  /** Normalised tokens (for case-insensitive forms) or exact tokens (abbreviations). */
  tokens: string[];
  caseSensitive: boolean;
};

type Token = { raw: string; norm: string; start: number; end: number };

const WORD = /[\p{L}\p{N}]+/gu;
// Words of one form may be joined by spaces, hyphens, an ampersand or an apostrophe, but not by
// sentence punctuation: "bpv. Leren" must not read as one phrase.
const JOINER = /^[\s\u002d\u2010\u2011&'’]+$/u;
const PLURAL_SUFFIXES = ['s', 'en', 'n'];

function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({
    raw: m[0],
    norm: foldText(m[0]),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

function formPatterns(termKey: string, form: string, caseSensitive: boolean): Pattern[] {
  const raw = [...form.matchAll(WORD)].map((m) => m[0]);
  if (raw.length === 0) return [];
  const tokens = caseSensitive ? raw : raw.map((w) => foldText(w));
  const patterns: Pattern[] = [{ termKey, tokens, caseSensitive }];
  // "zij-instroom" is also written "zijinstroom".
  if (!caseSensitive && raw.length > 1 && /[-‐‑]/.test(form)) {
    patterns.push({ termKey, tokens: [tokens.join('')], caseSensitive });
  }
  return patterns;
}

function tokenMatches(pattern: Pattern, index: number, token: Token, isLast: boolean): boolean {
  const want = pattern.tokens[index]!;
  if (pattern.caseSensitive) return token.raw === want || token.raw === want.toUpperCase();
  if (token.norm === want) return true;
  // A light plural on the last word ("stages", "praktijkhouders"); only for real words.
  return isLast && want.length >= 4 && PLURAL_SUFFIXES.some((s) => token.norm === want + s);
}

export function createTermLinker(
  terms: readonly Term[],
  options: TermLinkerOptions = {},
): TermLinker {
  const firstOnly = options.firstOccurrenceOnly ?? true;
  const cacheSize = options.cacheSize ?? 1000;
  const active = terms.filter((t) => !t.retired && !t._deleted);
  const byKey = new Map(active.map((t) => [t.key, t]));

  const byFirst = new Map<string, Pattern[]>();
  for (const t of active) {
    const patterns = [
      ...formPatterns(t.key, t.term, false),
      ...t.synonyms.flatMap((s) => formPatterns(t.key, s, false)),
      ...(t.abbreviation ? formPatterns(t.key, t.abbreviation, true) : []),
    ];
    for (const p of patterns) {
      // Single letters would link far too much.
      if (p.tokens.length === 1 && p.tokens[0]!.length < 2) continue;
      const first = p.caseSensitive ? foldText(p.tokens[0]!) : p.tokens[0]!;
      const list = byFirst.get(first) ?? [];
      list.push(p);
      byFirst.set(first, list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);

  function candidatesFor(token: Token): Pattern[] {
    // Plural forms of one-word terms are indexed under the singular.
    const direct = byFirst.get(token.norm) ?? [];
    const stems = PLURAL_SUFFIXES.filter((s) => token.norm.endsWith(s)).flatMap(
      (s) => byFirst.get(token.norm.slice(0, -s.length)) ?? [],
    );
    return stems.length
      ? [...direct, ...stems].sort((a, b) => b.tokens.length - a.tokens.length)
      : direct;
  }

  function matchAt(
    text: string,
    tokens: Token[],
    i: number,
  ): { pattern: Pattern; last: number } | null {
    for (const p of candidatesFor(tokens[i]!)) {
      const last = i + p.tokens.length - 1;
      if (last >= tokens.length) continue;
      let ok = true;
      for (let k = 0; k < p.tokens.length && ok; k++) {
        const tok = tokens[i + k]!;
        ok = tokenMatches(p, k, tok, k === p.tokens.length - 1);
        if (ok && k > 0) ok = JOINER.test(text.slice(tokens[i + k - 1]!.end, tok.start));
      }
      if (ok) return { pattern: p, last };
    }
    return null;
  }

  function compute(text: string): LinkSegment[] {
    const tokens = tokenize(text);
    const segments: LinkSegment[] = [];
    const seen = new Set<string>();
    let plainFrom = 0;
    for (let i = 0; i < tokens.length; i++) {
      const m = matchAt(text, tokens, i);
      if (!m || (firstOnly && seen.has(m.pattern.termKey))) continue;
      const start = tokens[i]!.start;
      const end = tokens[m.last]!.end;
      if (start > plainFrom) segments.push({ text: text.slice(plainFrom, start) });
      segments.push({ text: text.slice(start, end), termKey: m.pattern.termKey });
      seen.add(m.pattern.termKey);
      plainFrom = end;
      i = m.last;
    }
    if (plainFrom < text.length) segments.push({ text: text.slice(plainFrom) });
    return segments;
  }

  const cache = new Map<string, readonly LinkSegment[]>();
  return {
    linkTerms(text) {
      const hit = cache.get(text);
      if (hit) return hit;
      const segments = Object.freeze(compute(text));
      if (cache.size >= cacheSize) {
        const oldest = cache.keys().next();
        if (!oldest.done) cache.delete(oldest.value);
      }
      cache.set(text, segments);
      return segments;
    },
    termByKey: (key) => byKey.get(key),
  };
}
