import type { Term, TermCategory, TermSource } from '../domain/term';
import { EXTRA_TERMS } from './termsExtra';
import { LEARNING_TERMS } from './termsLeren';
import { ORGANISATION_TERMS } from './termsOrganisatie';

/** Date the seeded reference rows were written; their `updatedAt`. */
export const REFERENCE_SEED_DATE = '2026-11-23T00:00:00.000+01:00';

export type TermSeed = {
  key: string;
  term: string;
  abbreviation?: string;
  synonyms?: string[];
  definition: string;
  category: TermCategory;
  related?: string[];
  source: [TermSource['report'], string];
};

/**
 * Seed rows get an id derived from their key, so that two laptops that seed independently hold
 * the same rows and sync does not duplicate the begrippenlijst.
 */
export function termFromSeed(seed: TermSeed): Term {
  return {
    id: `begrip-${seed.key}`,
    _clock: {},
    key: seed.key,
    term: seed.term,
    abbreviation: seed.abbreviation ?? null,
    synonyms: seed.synonyms ?? [],
    definition: seed.definition,
    category: seed.category,
    related: seed.related ?? [],
    source: { report: seed.source[0], part: seed.source[1] },
    retired: false,
    updatedAt: REFERENCE_SEED_DATE,
  };
}

/** The seeded begrippenlijst, built from the seed reports (001 bijlage 5 first). */
export const SEED_TERMS: readonly Term[] = [...LEARNING_TERMS, ...ORGANISATION_TERMS, ...EXTRA_TERMS].map(
  termFromSeed,
);
