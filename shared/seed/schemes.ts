import type { Scheme } from '../domain/scheme';
import { REFERENCE_SEED_DATE } from './terms';
import { SCHOLING_SCHEMES } from './schemesScholing';
import { WERK_SCHEMES } from './schemesWerk';

/** Date on which the facts in REGELINGEN-NOTES were collected from public sources. */
export const SCHEMES_LAST_CHECKED = '2026-11-23';

export type SchemeSeed = Omit<
  Scheme,
  'id' | '_clock' | '_deleted' | 'retired' | 'updatedAt' | 'lastChecked'
> & {
  retired?: boolean;
  lastChecked?: string;
};

/** Seed ids derive from the key so that independently seeded laptops agree (see terms.ts). */
export function schemeFromSeed(seed: SchemeSeed): Scheme {
  return {
    ...seed,
    id: `regeling-${seed.key}`,
    _clock: {},
    retired: seed.retired ?? false,
    updatedAt: REFERENCE_SEED_DATE,
    lastChecked: seed.lastChecked ?? SCHEMES_LAST_CHECKED,
  };
}

/** The seeded catalogue of regelingen, including ended ones so advisors can explain they stopped. */
export const SEED_SCHEMES: readonly Scheme[] = [...SCHOLING_SCHEMES, ...WERK_SCHEMES].map(
  schemeFromSeed,
);
