import type { Scheme } from '../domain/scheme';
import { kennisbank } from '../i18n/nl/kennisbank';
import { domain } from '../i18n/nl/domain';
import { localDate } from '../dates/localDate';
import { compareDutch } from '../kennisbank/search';
import { criteriaReasons } from './schemeCriteria';
import type { MatchableCompany, MatchCriterion, MatchReason } from './schemeCriteria';

/*
 * Which regelingen fit a company, and why. Pure: the company page calls it with the company
 * record, the catalogue and today's date. Each typed criterion of a scheme gives one reason;
 * a criterion the company record cannot answer makes the scheme "past mogelijk" and names the
 * missing field, so the advisor knows what to ask on the next visit.
 *
 * Honesty rules (issue 15):
 * - "Past" only when the company meets the scheme's conditions; a nationwide scope is not a
 *   reason. A scheme whose only conditions everyone meets is `general` and ranks below the
 *   schemes that fit this company in particular.
 * - A scheme with status `onbekend` is never "Past": at most "past mogelijk", with the reason
 *   "Misschien — controleer eerst of de regeling nog bestaat".
 * - Who a scheme is for counts: a personal loan or budget is not an employer scheme.
 * - A target group or a written check ("de cao noemt een O&O-fonds") the record cannot settle
 *   makes it "past mogelijk" and names the missing fact.
 *
 * API for screens: `matchSchemes` (all, best first), `suggestSchemes` (fitting or possibly
 * fitting, never ended) and `shortlistSchemes` (the same, grouped for a company page).
 */

export type MatchOutcome = 'past' | 'past-mogelijk' | 'past-niet';

export type SchemeMatch = {
  scheme: Scheme;
  outcome: MatchOutcome;
  /** Ended schemes are shown as ended and never suggested. */
  ended: boolean;
  reasons: MatchReason[];
  /** Dutch names of the company fields that would settle a "past mogelijk". */
  missing: string[];
  /** Not checked for more than 12 months: possibly outdated. */
  stale: boolean;
  /**
   * Fits (or may fit) only on conditions every company meets: no condition specific to this
   * company (kind, size, sector, erkenning, learning form, zzp audience) was met. Ranked below
   * the schemes that fit this company; shown as "voor iedereen".
   */
  general: boolean;
  /** Status `onbekend`: whether the scheme still exists must be checked first. */
  doubtful: boolean;
};

const m = kennisbank.match;
const dm = domain.match;

/** The calendar date (yyyy-mm-dd) of `today`: a string as it is, a Date as its Amsterdam date. */
export function toIsoDate(today: Date | string): string {
  return typeof today === 'string' ? today.slice(0, 10) : localDate(today);
}

export function isEnded(scheme: Scheme, today: Date | string): boolean {
  return (
    scheme.status === 'beeindigd' ||
    (scheme.validUntil !== null && scheme.validUntil < toIsoDate(today))
  );
}

/** True when the scheme was last checked more than 12 months before today. */
export function isStale(scheme: Pick<Scheme, 'lastChecked'>, today: Date | string): boolean {
  const [y, rest] = [Number(scheme.lastChecked.slice(0, 4)), scheme.lastChecked.slice(4, 10)];
  return `${String(y + 1).padStart(4, '0')}${rest}` < toIsoDate(today);
}

/** Criteria whose "past" says something about this company in particular. */
const SPECIFIC: readonly MatchCriterion[] = [
  'audience',
  'kind',
  'employees',
  'sector',
  'erkendLeerbedrijf',
  'learningForms',
];

export function matchScheme(
  company: MatchableCompany,
  scheme: Scheme,
  today: Date | string,
): SchemeMatch {
  const day = toIsoDate(today);
  const stale = isStale(scheme, day);
  if (isEnded(scheme, day)) {
    const reason: MatchReason = {
      criterion: 'status',
      outcome: 'past-niet',
      text: m.ended(scheme.validUntil),
    };
    return {
      scheme,
      outcome: 'past-niet',
      ended: true,
      reasons: [reason],
      missing: [],
      stale,
      general: false,
      doubtful: false,
    };
  }
  const parts = criteriaReasons(company, scheme.criteria, scheme.audience);
  const doubtful = scheme.status === 'onbekend';
  if (doubtful)
    // First, so the advisor reads it before any "past".
    parts.unshift({
      reason: { criterion: 'status', outcome: 'onbekend', text: dm.statusUnknown },
      missing: dm.statusUnknownMissing,
    });
  const reasons = parts.map((p) => p.reason);
  if (scheme.validFrom && scheme.validFrom > day)
    reasons.push({ criterion: 'status', outcome: 'let-op', text: m.notYetOpen(scheme.validFrom) });
  const missing = [...new Set(parts.flatMap((p) => (p.missing ? [p.missing] : [])))];
  const outcome: MatchOutcome = reasons.some((r) => r.outcome === 'past-niet')
    ? 'past-niet'
    : reasons.some((r) => r.outcome === 'onbekend')
      ? 'past-mogelijk'
      : 'past';
  return {
    scheme,
    outcome,
    ended: false,
    reasons,
    missing: outcome === 'past-niet' ? [] : missing,
    stale,
    general:
      outcome !== 'past-niet' &&
      !reasons.some((r) => r.outcome === 'past' && SPECIFIC.includes(r.criterion)),
    doubtful,
  };
}

const RANK: Record<MatchOutcome, number> = { past: 0, 'past-mogelijk': 1, 'past-niet': 2 };

/**
 * Every non-retired scheme with its outcome, best first: fitting before possibly fitting before
 * not fitting (ended last); within each, schemes that fit this company before schemes for
 * everyone, then known to be running, then the more criteria met, the fewer gaps, checked
 * recently, by name.
 */
export function matchSchemes(
  company: MatchableCompany,
  schemes: readonly Scheme[],
  today: Date | string,
): SchemeMatch[] {
  const positives = (x: SchemeMatch) => x.reasons.filter((r) => r.outcome === 'past').length;
  const doubtful = (x: SchemeMatch) => Number(x.doubtful);
  return schemes
    .filter((s) => !s.retired && !s._deleted)
    .map((s) => matchScheme(company, s, today))
    .sort(
      (a, b) =>
        RANK[a.outcome] - RANK[b.outcome] ||
        Number(a.ended) - Number(b.ended) ||
        Number(a.general) - Number(b.general) ||
        doubtful(a) - doubtful(b) ||
        positives(b) - positives(a) ||
        a.missing.length - b.missing.length ||
        Number(a.stale) - Number(b.stale) ||
        compareDutch(a.scheme.name, b.scheme.name),
    );
}

/** What to suggest to the advisor: fitting or possibly fitting, never ended. */
export function suggestSchemes(
  company: MatchableCompany,
  schemes: readonly Scheme[],
  today: Date | string,
): SchemeMatch[] {
  return matchSchemes(company, schemes, today).filter((x) => !x.ended && x.outcome !== 'past-niet');
}

/** The matches of a company page, grouped; every group keeps the order of `matchSchemes`. */
export type SchemeShortlist = {
  /** "Past": the company meets this scheme's own conditions. */
  fits: SchemeMatch[];
  /** "Past mogelijk": one or more facts are missing (named in `missing`), or the scheme may no longer exist. */
  possible: SchemeMatch[];
  /** Fits on conditions every company meets ("voor iedereen"): shown below the others. */
  forEveryone: SchemeMatch[];
  /** "Past niet", not ended. */
  notFitting: SchemeMatch[];
  /** Ended: shown as ended, never suggested. */
  ended: SchemeMatch[];
};

/**
 * Grouped matches for a company page: what fits this company, what may fit (and what to ask),
 * what is there for everyone, and the rest. Retired schemes are left out, as in `matchSchemes`.
 */
export function shortlistSchemes(
  company: MatchableCompany,
  schemes: readonly Scheme[],
  today: Date | string,
): SchemeShortlist {
  const out: SchemeShortlist = { fits: [], possible: [], forEveryone: [], notFitting: [], ended: [] };
  for (const x of matchSchemes(company, schemes, today)) {
    if (x.ended) out.ended.push(x);
    else if (x.outcome === 'past-niet') out.notFitting.push(x);
    else if (x.general) out.forEveryone.push(x);
    else if (x.outcome === 'past') out.fits.push(x);
    else out.possible.push(x);
  }
  return out;
}
