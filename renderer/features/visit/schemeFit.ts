import type { Scheme } from '../../../shared/domain/scheme';
import { suggestSchemes, toIsoDate } from '../../../shared/rules/schemeMatching';
import type { CompanyRow } from '../../db/queries/companies';
import { toMatchableCompany } from '../kennisbank/matchableCompany';

/**
 * The one place where the visit cycle reads regeling matching (shared/rules/schemeMatching):
 * the bezoekkaart and the bezoekverslag only see this small shape, so a change in the matching
 * rules touches this adapter alone.
 */
export type SchemeFit = {
  schemeKey: string;
  name: string;
  provider: string;
  /** What the regeling offers, in the catalogue's words. */
  offers: string;
  /** 'past' = fits on what is known; 'past-mogelijk' = fits if a missing fact turns out right. */
  fit: 'past' | 'past-mogelijk';
  /** Plain reasons why it fits, best first; never the national-scope "reason". */
  reasons: string[];
  url: string | null;
};

const MIN = 3;
const MAX = 5;

/**
 * The three to five regelingen worth looking at: every fitting one (up to five), topped up with
 * possibly fitting ones when fewer than three fit. Ended regelingen never appear.
 */
export function schemeFit(
  company: CompanyRow,
  schemes: readonly Scheme[],
  today: Date | string = new Date(),
): SchemeFit[] {
  const suggested = suggestSchemes(toMatchableCompany(company), schemes, toIsoDate(today));
  const fitting = suggested.filter((s) => s.outcome === 'past');
  const chosen =
    fitting.length >= MIN
      ? fitting.slice(0, MAX)
      : suggested.slice(0, Math.max(MIN, fitting.length));
  return chosen.map((s) => ({
    schemeKey: s.scheme.key,
    name: s.scheme.name,
    provider: s.scheme.provider,
    offers: s.scheme.offers,
    fit: s.outcome === 'past' ? 'past' : 'past-mogelijk',
    reasons: s.reasons
      .filter(
        (r) =>
          r.outcome === 'past' &&
          !(r.criterion === 'region' && s.scheme.criteria.region === 'nederland'),
      )
      .map((r) => r.text),
    url: s.scheme.source.url,
  }));
}
