import type { ReferenceSource } from '../seed/referenceFigures';

export type ReferenceAge = {
  /** The year the figures describe (e.g. KvK 2014). */
  dataYear: number;
  /** The year they were published (e.g. the 2017 report); equal to dataYear when unknown. */
  publishedYear: number;
};

const YEAR = /\b(19|20)\d{2}\b/g;
const years = (text: string) => [...text.matchAll(YEAR)].map((m) => Number(m[0]));

/**
 * How old a reference is, read from its own label and note ("KvK 2014 (rapport 2017, …)"):
 * the oldest year named is the data, the newest year in the label the publication. Null for a
 * source that names no year (an imported list, which is as recent as its import).
 */
export function referenceAge(source: ReferenceSource): ReferenceAge | null {
  const all = [...years(source.label), ...years(source.note)];
  if (all.length === 0) return null;
  const inLabel = years(source.label);
  const dataYear = Math.min(...all);
  return { dataYear, publishedYear: inLabel.length > 0 ? Math.max(...inLabel) : dataYear };
}

/** A reference this many years old or more is flagged as stale. */
export const STALE_AFTER_YEARS = 5;
