import type { Network } from '../domain/network';
import type { Scheme } from '../domain/scheme';
import type { Term, TermCategory } from '../domain/term';
import { TERM_CATEGORIES } from '../domain/term';
import { compactKey, normalizeForSearch } from '../text/normalize';

/**
 * Forgiving search over the kennisbank. Case, accents, hyphens and spaces do not matter
 * ("zij instroom" finds "Zij-instroom", "evc" finds "EVC"), and "&" may be written as "en" or left
 * out ("o en o fonds", "O&O" and "oo fonds" all find "O&O-fonds").
 */

/** "name" ranks above "alias", which ranks above "body" (a definition or description). */
export type SearchWeight = 'name' | 'alias' | 'body';
export type SearchableField<F extends string> = { field: F; text: string; weight: SearchWeight };

export type SearchHit<T, F extends string> = { item: T; score: number; matchedOn: F };

type PreparedField<F extends string> = {
  field: F;
  weight: SearchWeight;
  keys: string[];
  words: string[];
};

type Prepared<T, F extends string> = { item: T; sortKey: string; fields: PreparedField<F>[] };

/** "&" is read both as "en" and as nothing, so either spelling of O&O matches. */
function ampersandVariants(s: string): string[] {
  return s.includes('&') ? [s.replace(/&/g, ' en '), s.replace(/&/g, '')] : [s];
}

/** Compact search keys of a text (no spaces, no accents, lower case). */
export function searchKeys(s: string): string[] {
  return [
    ...new Set(
      ampersandVariants(s)
        .map(compactKey)
        .filter((k) => k.length > 0),
    ),
  ];
}

function searchWords(s: string): string[] {
  return [
    ...new Set(
      ampersandVariants(s)
        .flatMap((v) => normalizeForSearch(v).split(' '))
        .filter(Boolean),
    ),
  ];
}

const WEIGHT_FACTOR: Record<SearchWeight, number> = { name: 1, alias: 0.9, body: 1 };

function scoreField<F extends string>(
  f: PreparedField<F>,
  queryKeys: string[],
  queryWords: string[],
): number {
  const allWordsPrefix =
    queryWords.length > 0 && queryWords.every((q) => f.words.some((w) => w.startsWith(q)));
  if (f.weight === 'body') {
    if (allWordsPrefix && queryWords.every((q) => q.length >= 2)) return 20;
    if (queryKeys.some((q) => q.length >= 4 && f.keys.some((k) => k.includes(q)))) return 15;
    return 0;
  }
  let score = 0;
  if (queryKeys.some((q) => f.keys.includes(q))) score = 100;
  else if (queryKeys.some((q) => f.keys.some((k) => k.startsWith(q)))) score = 80;
  else if (allWordsPrefix) score = 65;
  else if (queryKeys.some((q) => q.length >= 3 && f.keys.some((k) => k.includes(q)))) score = 50;
  return score * WEIGHT_FACTOR[f.weight];
}

export type SearchIndex<T, F extends string> = {
  search(query: string, limit?: number): SearchHit<T, F>[];
  /** All items in Dutch alphabetical order. */
  all(): T[];
};

/**
 * Prepares the search keys once; each search is then a linear scan, which is instant for the
 * few hundred rows of a kennisbank.
 */
export function createSearchIndex<T, F extends string>(
  items: readonly T[],
  fieldsOf: (item: T) => SearchableField<F>[],
  sortName: (item: T) => string,
): SearchIndex<T, F> {
  const prepared: Prepared<T, F>[] = items
    .map((item) => ({
      item,
      sortKey: sortName(item),
      fields: fieldsOf(item)
        .filter((f) => f.text.trim().length > 0)
        .map((f) => ({
          field: f.field,
          weight: f.weight,
          keys: searchKeys(f.text),
          words: searchWords(f.text),
        })),
    }))
    .sort((a, b) => compareDutch(a.sortKey, b.sortKey));

  return {
    search(query, limit = 50) {
      const queryKeys = searchKeys(query);
      const queryWords = searchWords(query);
      if (queryKeys.length === 0) return [];
      const hits: SearchHit<T, F>[] = [];
      for (const p of prepared) {
        let best: SearchHit<T, F> | null = null;
        for (const f of p.fields) {
          const score = scoreField(f, queryKeys, queryWords);
          if (score > 0 && (!best || score > best.score))
            best = { item: p.item, score, matchedOn: f.field };
        }
        if (best) hits.push(best);
      }
      // Stable sort: equal scores keep the alphabetical order of `prepared`.
      return hits.sort((a, b) => b.score - a.score).slice(0, limit);
    },
    all: () => prepared.map((p) => p.item),
  };
}

const collator = new Intl.Collator('nl-NL', { sensitivity: 'base', numeric: true });
export function compareDutch(a: string, b: string): number {
  return collator.compare(a, b);
}

/** Browse letter of a text: "A"–"Z", or "#" for anything that starts otherwise. */
export function browseLetter(text: string): string {
  const first = normalizeForSearch(text).charAt(0).toUpperCase();
  return first >= 'A' && first <= 'Z' ? first : '#';
}

export type TermMatchField = 'term' | 'abbreviation' | 'synonym' | 'definition';
export type TermHit = SearchHit<Term, TermMatchField>;

export type TermIndex = {
  search(query: string, limit?: number): TermHit[];
  /** Every category in catalogue order, each with its terms alphabetically; empty ones included. */
  byCategory(): { category: TermCategory; terms: Term[] }[];
  /** The letters that have at least one term, in order. */
  letters(): string[];
  byLetter(letter: string): Term[];
};

export function createTermIndex(
  terms: readonly Term[],
  options: { includeRetired?: boolean } = {},
): TermIndex {
  const visible = terms.filter((t) => !t._deleted && (options.includeRetired || !t.retired));
  const index = createSearchIndex<Term, TermMatchField>(
    visible,
    (t) => [
      { field: 'term', text: t.term, weight: 'name' },
      ...(t.abbreviation
        ? [{ field: 'abbreviation' as const, text: t.abbreviation, weight: 'name' as const }]
        : []),
      ...t.synonyms.map((s) => ({ field: 'synonym' as const, text: s, weight: 'alias' as const })),
      { field: 'definition', text: t.definition, weight: 'body' },
    ],
    (t) => t.term,
  );
  const sorted = index.all();
  return {
    search: (query, limit) => index.search(query, limit),
    byCategory: () =>
      TERM_CATEGORIES.map((category) => ({
        category,
        terms: sorted.filter((t) => t.category === category),
      })),
    letters: () => [...new Set(sorted.map((t) => browseLetter(t.term)))].sort(),
    byLetter: (letter) => sorted.filter((t) => browseLetter(t.term) === letter.toUpperCase()),
  };
}

export type SchemeMatchField = 'name' | 'provider' | 'offers';
export function createSchemeIndex(
  schemes: readonly Scheme[],
): SearchIndex<Scheme, SchemeMatchField> {
  return createSearchIndex<Scheme, SchemeMatchField>(
    schemes.filter((s) => !s._deleted),
    (s) => [
      { field: 'name', text: s.name, weight: 'name' },
      { field: 'provider', text: s.provider, weight: 'alias' },
      { field: 'offers', text: `${s.offers} ${s.conditions}`, weight: 'body' },
    ],
    (s) => s.name,
  );
}

/**
 * The regelingen of the list screen: browsing shows the schemes in use; a search also finds
 * retired ones (such as "leerrechten"), so an advisor who reads a name finds what became of it.
 */
export function listSchemes(schemes: readonly Scheme[], query: string, limit = 200): Scheme[] {
  if (!query.trim()) return createSchemeIndex(schemes.filter((s) => !s.retired)).all();
  return createSchemeIndex(schemes)
    .search(query, limit)
    .map((h) => h.item);
}

export type NetworkMatchField = 'name' | 'abbreviation' | 'place' | 'focus';
export function createNetworkIndex(
  networks: readonly Network[],
): SearchIndex<Network, NetworkMatchField> {
  return createSearchIndex<Network, NetworkMatchField>(
    networks.filter((n) => !n._deleted),
    (n) => [
      { field: 'name', text: n.name, weight: 'name' },
      ...(n.abbreviation
        ? [{ field: 'abbreviation' as const, text: n.abbreviation, weight: 'name' as const }]
        : []),
      { field: 'place', text: n.place, weight: 'alias' },
      { field: 'focus', text: `${n.focus} ${n.notes}`, weight: 'body' },
    ],
    (n) => n.name,
  );
}
