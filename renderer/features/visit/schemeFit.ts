import type { Scheme } from '../../../shared/domain/scheme';
import {
  shortlistSchemes,
  toIsoDate,
  type SchemeMatch,
} from '../../../shared/rules/schemeMatching';
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
 * The three to five regelingen worth looking at: every regeling that fits this company on its
 * own conditions (up to five), topped up — when fewer than three fit — with those that may fit
 * once a missing fact is known, then with those every employer meets. Ended regelingen and those
 * whose existence is in doubt (status onbekend) never appear.
 */
export function schemeFit(
  company: CompanyRow,
  schemes: readonly Scheme[],
  today: Date | string = new Date(),
): SchemeFit[] {
  const list = shortlistSchemes(toMatchableCompany(company), schemes, toIsoDate(today));
  const usable = (s: SchemeMatch) => !s.doubtful;
  const fitting = list.fits.filter(usable);
  const topUp = [...list.possible, ...list.forEveryone].filter(usable);
  const chosen =
    fitting.length >= MIN ? fitting.slice(0, MAX) : [...fitting, ...topUp].slice(0, MIN);
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
