import { gemeenteFromPlace } from '../domain/kvk';
import { portfolio } from '../i18n/nl/portfolio';
import { compactKey, companyNameKey } from '../text/normalize';

/**
 * Duplicate detection, used by the create form and by the import ("niet dubbel benaderen",
 * recommendation 5). Two rows are the same company when they share a KvK number (unless both
 * name a different vestiging), or when their names are nearly equal in the same place.
 */

export type DedupeKeys = {
  id: string;
  name: string;
  kvk: string | null;
  vestigingsnummer?: string | null;
  place: string;
};

export type DuplicateReason = 'kvk' | 'kvk-andere-vestiging' | 'naam-plaats';

export type DuplicateMatch = {
  id: string;
  name: string;
  place: string;
  reason: DuplicateReason;
  /** 1 for a KvK match; the name similarity (0–1) otherwise. */
  score: number;
  /** Dutch, for the warning beside the link to the existing record. */
  message: string;
};

type Entry = {
  keys: DedupeKeys;
  /** `companyNameKey` without spaces: "De Zoete Inval" and "Dezoeteinval" are one name. */
  nameKey: string;
  words: string[];
  place: string;
  grams: Uint32Array;
};

/** Keys with their comparison form computed once; pass these when a row is looked up and added. */
export type PreparedKeys = Entry;

export type DuplicateIndex = {
  byKvk: Map<string, Entry[]>;
  /** place + prefix of a name word → entries; keeps the name comparison near-linear. */
  byBlock: Map<string, Entry[]>;
  /** place + whole name key: exact matches are found however big a block grows. */
  byExact: Map<string, Entry[]>;
};

/** A name similar at least this much (Dice coefficient on letter pairs) counts as a duplicate. */
export const NAME_SIMILARITY_THRESHOLD = 0.82;
// Bounds that keep a 100,000-row import near-linear; a user never reads more than a few matches.
const MAX_BLOCK_COMPARISONS = 60;
const MAX_MATCHES = 5;

/** Letter pairs of the name without spaces, as sorted numbers (a multiset). */
function bigrams(key: string): Uint32Array {
  const s = key.replace(/ /g, '');
  const grams = new Uint32Array(Math.max(0, s.length - 1));
  for (let i = 0; i < s.length - 1; i++) grams[i] = s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1);
  return grams.sort();
}

/** Dice coefficient of two sorted letter-pair multisets. */
function dice(a: Uint32Array, b: Uint32Array): number {
  const total = a.length + b.length;
  if (total === 0) return 0;
  let common = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      common++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return (2 * common) / total;
}

/** Dice can only reach `t` when the shorter name has at least t/(2−t) of the longer one's pairs. */
const canReach = (a: number, b: number, t: number) => 2 * Math.min(a, b) >= t * (a + b);

/** Similarity of two company names, 0–1, after removing legal forms and accents. */
export function nameSimilarity(a: string, b: string): number {
  const ka = companyNameKey(a);
  const kb = companyNameKey(b);
  if (ka.replace(/ /g, '') === kb.replace(/ /g, '')) return ka === '' ? 0 : 1;
  return dice(bigrams(ka), bigrams(kb));
}

/**
 * "The same place": inside the region the gemeente, so that "H.I. Ambacht" and
 * "Hendrik-Ido-Ambacht" (or Heerjansdam and Zwijndrecht) meet; elsewhere the place name.
 */
export function placeKey(place: string): string {
  const cached = placeCache.get(place);
  if (cached !== undefined) return cached;
  const g = gemeenteFromPlace(place);
  const key = g === null ? '' : g === 'buiten-regio' ? compactKey(place) : `g:${g}`;
  // Lists repeat a handful of place names thousands of times.
  if (placeCache.size > 5000) placeCache.clear();
  placeCache.set(place, key);
  return key;
}
const placeCache = new Map<string, string>();

export function prepareKeys(keys: DedupeKeys): PreparedKeys {
  const key = companyNameKey(keys.name);
  return { keys, nameKey: key.replace(/ /g, ''), words: key.split(' '), place: placeKey(keys.place), grams: bigrams(key) };
}

const entryOf = (k: DedupeKeys | PreparedKeys): Entry => ('grams' in k ? k : prepareKeys(k));

function blockKeys(entry: Entry): string[] {
  const place = entry.place;
  if (place === '' || entry.nameKey === '') return [];
  const prefixes = new Set(entry.words.filter((w) => w.length >= 2).map((w) => w.slice(0, 4)));
  // Names written together or apart ("De Zoete Inval" / "Dezoeteinval") still meet here.
  prefixes.add(`#${entry.nameKey.slice(0, 5)}`);
  return [...prefixes].map((p) => `${place}|${p}`);
}

export function createDuplicateIndex(rows: Iterable<DedupeKeys> = []): DuplicateIndex {
  const index: DuplicateIndex = { byKvk: new Map(), byBlock: new Map(), byExact: new Map() };
  for (const r of rows) addToDuplicateIndex(index, r);
  return index;
}

export function addToDuplicateIndex(index: DuplicateIndex, keys: DedupeKeys | PreparedKeys): void {
  const entry = entryOf(keys);
  if (entry.keys.kvk) push(index.byKvk, entry.keys.kvk, entry);
  for (const b of blockKeys(entry)) push(index.byBlock, b, entry);
  const exact = exactKey(entry);
  if (exact) push(index.byExact, exact, entry);
}

function exactKey(entry: Entry): string | null {
  return entry.place && entry.nameKey ? `${entry.place}|${entry.nameKey}` : null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Rows of the index that may be the same company as `candidate`, strongest first. The candidate
 * itself (same id) is never returned, so the edit form can check a row against the rest.
 */
export function findDuplicates(input: DedupeKeys | PreparedKeys, index: DuplicateIndex): DuplicateMatch[] {
  const me = entryOf(input);
  const candidate = me.keys;
  const found = new Map<string, DuplicateMatch>();
  const msg = portfolio.duplicate;
  if (candidate.kvk) {
    for (const e of index.byKvk.get(candidate.kvk) ?? []) {
      if (e.keys.id === candidate.id) continue;
      const otherBranch =
        !!candidate.vestigingsnummer && !!e.keys.vestigingsnummer && candidate.vestigingsnummer !== e.keys.vestigingsnummer;
      found.set(e.keys.id, {
        id: e.keys.id,
        name: e.keys.name,
        place: e.keys.place,
        reason: otherBranch ? 'kvk-andere-vestiging' : 'kvk',
        score: 1,
        message: otherBranch ? msg.sameKvkOtherBranch(candidate.kvk) : msg.sameKvk(candidate.kvk),
      });
    }
  }
  const consider = (e: Entry, seen: Set<Entry>) => {
    if (seen.has(e) || e.keys.id === candidate.id || found.has(e.keys.id)) return;
    seen.add(e);
    // Two different KvK numbers are two companies, however alike the names.
    if (candidate.kvk && e.keys.kvk && candidate.kvk !== e.keys.kvk) return;
    let score = 1;
    if (e.nameKey !== me.nameKey) {
      if (!canReach(me.grams.length, e.grams.length, NAME_SIMILARITY_THRESHOLD)) return;
      score = dice(me.grams, e.grams);
    }
    if (score < NAME_SIMILARITY_THRESHOLD) return;
    found.set(e.keys.id, {
      id: e.keys.id,
      name: e.keys.name,
      place: e.keys.place,
      reason: 'naam-plaats',
      score,
      message: msg.similarName(e.keys.name, e.keys.place, Math.round(score * 100)),
    });
  };
  const seen = new Set<Entry>();
  const exact = exactKey(me);
  for (const e of (exact && index.byExact.get(exact)) || []) {
    if (found.size >= MAX_MATCHES) break;
    consider(e, seen);
  }
  // A block of a common word ("bakkerij" in Dordrecht) tells little and costs much: skip it,
  // unless every word of the name is common; then look at the start of the smallest block.
  const blocks = blockKeys(me)
    .map((b) => index.byBlock.get(b))
    .filter((b): b is Entry[] => !!b);
  const useful = blocks.filter((b) => b.length <= MAX_BLOCK_COMPARISONS);
  const toScan = useful.length > 0 ? useful : blocks.sort((a, b) => a.length - b.length).slice(0, 1);
  for (const block of toScan) {
    const n = Math.min(block.length, MAX_BLOCK_COMPARISONS);
    for (let i = 0; i < n && found.size < MAX_MATCHES; i++) consider(block[i]!, seen);
  }
  const rank: Record<DuplicateReason, number> = { kvk: 0, 'naam-plaats': 1, 'kvk-andere-vestiging': 2 };
  return [...found.values()].sort((a, b) => rank[a.reason] - rank[b.reason] || b.score - a.score);
}

/** Whether a match means "the same company" (a different vestiging is only worth a note). */
export const isSameCompany = (m: DuplicateMatch): boolean => m.reason !== 'kvk-andere-vestiging';
