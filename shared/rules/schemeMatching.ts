import type { Gemeente } from '../domain/common';
import { GEMEENTEN } from '../domain/common';
import type { LearningForm, SbiSection, Scheme, SchemeCriteria, SectorKey } from '../domain/scheme';
import { kennisbank } from '../i18n/nl/kennisbank';
import { domain } from '../i18n/nl/domain';
import { compareDutch } from '../kennisbank/search';

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

export type SizeClassKey =
  'zzp' | '1-4' | '5-9' | '10-14' | '15-19' | '20-25' | '26-49' | '50-249' | '250+' | 'onbekend';

export type ActivityState = 'in-gebruik' | 'interesse' | 'niet';

/** The company fields matching reads; a narrow view so this rule does not depend on the full company schema. */
export type MatchableCompany = {
  kind: 'mkb' | 'zzp' | null;
  employees: number | null;
  sizeClass: SizeClassKey;
  sbi: SbiSection | null;
  sector: SectorKey | null;
  gemeente: Gemeente | null;
  erkendLeerbedrijf: 'ja' | 'nee' | 'onbekend';
  activities: Partial<Record<LearningForm, ActivityState>>;
  needs: readonly string[];
  networkIds: readonly string[];
};

export type MatchOutcome = 'past' | 'past-mogelijk' | 'past-niet';
export type ReasonOutcome = 'past' | 'onbekend' | 'past-niet' | 'let-op';
export type MatchCriterion =
  | 'status'
  | 'audience'
  | 'checks'
  | 'kind'
  | 'employees'
  | 'sector'
  | 'region'
  | 'erkendLeerbedrijf'
  | 'learningForms'
  | 'targetGroups'
  | 'needs';
export type MatchReason = { criterion: MatchCriterion; outcome: ReasonOutcome; text: string };

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
const fields = kennisbank.fields;

/** ISO date (yyyy-mm-dd) of a Date in local time, or the string itself. */
export function toIsoDate(today: Date | string): string {
  if (typeof today === 'string') return today.slice(0, 10);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${today.getFullYear()}-${pad(today.getMonth() + 1)}-${pad(today.getDate())}`;
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

const SIZE_BOUNDS: Record<Exclude<SizeClassKey, 'onbekend'>, [number, number]> = {
  zzp: [0, 0],
  '1-4': [1, 4],
  '5-9': [5, 9],
  '10-14': [10, 14],
  '15-19': [15, 19],
  '20-25': [20, 25],
  '26-49': [26, 49],
  '50-249': [50, 249],
  '250+': [250, Number.POSITIVE_INFINITY],
};

function listDutch(items: string[]): string {
  return domain.match.listAnd(items);
}

type CriterionResult = { reason: MatchReason; missing?: string };

function kindReason(c: MatchableCompany, kinds: ('mkb' | 'zzp')[]): CriterionResult {
  if (!c.kind)
    return {
      reason: { criterion: 'kind', outcome: 'onbekend', text: m.kindUnknown },
      missing: fields.kind,
    };
  if (kinds.includes(c.kind))
    return { reason: { criterion: 'kind', outcome: 'past', text: m.kindFits(c.kind) } };
  const allowed = listDutch(
    kinds.map((k) => (k === 'mkb' ? domain.match.kindMkb : domain.match.kindZzp)),
  );
  return { reason: { criterion: 'kind', outcome: 'past-niet', text: m.kindNot(allowed) } };
}

function employeesReason(
  c: MatchableCompany,
  min: number | undefined,
  max: number | undefined,
): CriterionResult {
  const lo = min ?? 0;
  const hi = max ?? Number.POSITIVE_INFINITY;
  const bound =
    min !== undefined && max !== undefined
      ? m.boundRange(min, max)
      : max !== undefined
        ? m.boundMax(max)
        : m.boundMin(lo);
  const count = c.employees ?? (c.kind === 'zzp' ? 0 : null);
  if (count !== null) {
    const desc = m.companyWithEmployees(c.kind, count);
    const fits = count >= lo && count <= hi;
    return {
      reason: {
        criterion: 'employees',
        outcome: fits ? 'past' : 'past-niet',
        text: (fits ? m.employeesFit : m.employeesNot)(desc, bound),
      },
    };
  }
  if (c.sizeClass !== 'onbekend') {
    const [bandLo, bandHi] = SIZE_BOUNDS[c.sizeClass];
    const desc = m.companyInBand(c.sizeClass);
    if (bandLo >= lo && bandHi <= hi)
      return {
        reason: { criterion: 'employees', outcome: 'past', text: m.employeesFit(desc, bound) },
      };
    if (bandHi < lo || bandLo > hi)
      return {
        reason: { criterion: 'employees', outcome: 'past-niet', text: m.employeesNot(desc, bound) },
      };
    return {
      reason: {
        criterion: 'employees',
        outcome: 'onbekend',
        text: m.employeesBandUnsure(c.sizeClass, bound),
      },
      missing: fields.employees,
    };
  }
  return {
    reason: { criterion: 'employees', outcome: 'onbekend', text: m.employeesUnknown },
    missing: fields.employees,
  };
}

function sectorReason(
  c: MatchableCompany,
  sectors?: SectorKey[],
  sbi?: SbiSection[],
): CriterionResult {
  const labels = kennisbank.sectors;
  if (sectors && c.sector && sectors.includes(c.sector))
    return {
      reason: { criterion: 'sector', outcome: 'past', text: m.sectorFit(labels[c.sector]) },
    };
  if (sbi && c.sbi && sbi.includes(c.sbi))
    return { reason: { criterion: 'sector', outcome: 'past', text: m.sectorFit(`SBI ${c.sbi}`) } };
  const knownAndWrong = (sectors && c.sector) || (sbi && c.sbi);
  if (knownAndWrong) {
    const allowed = listDutch([
      ...(sectors ?? []).map((s) => labels[s]),
      ...(sbi ?? []).map((s) => `SBI ${s}`),
    ]);
    return { reason: { criterion: 'sector', outcome: 'past-niet', text: m.sectorNot(allowed) } };
  }
  return {
    reason: { criterion: 'sector', outcome: 'onbekend', text: m.sectorUnknown },
    missing: fields.sector,
  };
}

function regionReason(
  c: MatchableCompany,
  region: 'drechtsteden' | 'nederland',
): CriterionResult | null {
  // A nationwide scope says nothing about this company: not a reason.
  if (region === 'nederland') return null;
  if (!c.gemeente)
    return {
      reason: { criterion: 'region', outcome: 'onbekend', text: m.regionUnknown },
      missing: fields.gemeente,
    };
  const inRegion = (GEMEENTEN as readonly string[]).includes(c.gemeente);
  return {
    reason: {
      criterion: 'region',
      outcome: inRegion ? 'past' : 'past-niet',
      text: inRegion ? m.regionFit : m.regionNot,
    },
  };
}

function erkendReason(c: MatchableCompany): CriterionResult {
  if (c.erkendLeerbedrijf === 'ja')
    return { reason: { criterion: 'erkendLeerbedrijf', outcome: 'past', text: m.erkendFit } };
  if (c.erkendLeerbedrijf === 'nee')
    return { reason: { criterion: 'erkendLeerbedrijf', outcome: 'past-niet', text: m.erkendNot } };
  return {
    reason: { criterion: 'erkendLeerbedrijf', outcome: 'onbekend', text: m.erkendUnknown },
    missing: fields.erkendLeerbedrijf,
  };
}

const activeForm = (c: MatchableCompany, f: LearningForm) =>
  c.activities[f] === 'in-gebruik' || c.activities[f] === 'interesse';

/**
 * SBB recognition that is needed only for some forms (praktijkleren: mbo places). A company
 * that (also) offers a form without that need fits without recognition; one that offers only
 * forms with the need is checked like `erkendLeerbedrijfRequired`.
 */
function erkendForReason(
  c: MatchableCompany,
  erkendFor: LearningForm[],
  forms: LearningForm[] | undefined,
): CriterionResult | null {
  const label = (f: LearningForm) => kennisbank.learningForms[f];
  const free = (forms ?? []).filter((f) => !erkendFor.includes(f));
  const activeFree = free.filter((f) => activeForm(c, f));
  const needing = listDutch(erkendFor.map(label));
  if (activeFree.length)
    return {
      reason: {
        criterion: 'erkendLeerbedrijf',
        outcome: 'past',
        text: dm.erkendNotNeeded(listDutch(activeFree.map(label))),
      },
    };
  if (c.erkendLeerbedrijf === 'ja') return erkendReason(c);
  const activeNeeding = erkendFor.filter((f) => activeForm(c, f));
  if (c.erkendLeerbedrijf === 'nee') {
    // Only forms that need recognition are in play: then it does not fit.
    if (activeNeeding.length || free.length === 0)
      return {
        reason: { criterion: 'erkendLeerbedrijf', outcome: 'past-niet', text: dm.erkendNotFor(needing) },
      };
    return {
      reason: { criterion: 'erkendLeerbedrijf', outcome: 'onbekend', text: dm.erkendOnlyFor(needing) },
      missing: fields.activities,
    };
  }
  return erkendReason(c);
}

function audienceReason(c: MatchableCompany, audience: readonly string[]): CriterionResult | null {
  const who = (keys: readonly string[]) => listDutch(keys.map((k) => dm.audienceWho[k] ?? k));
  const employer = audience.includes('werkgever');
  const zzp = audience.includes('zzp-er');
  if (c.kind === 'zzp') {
    if (zzp) return { reason: { criterion: 'audience', outcome: 'past', text: dm.audienceZzp } };
    if (employer) return null;
    return { reason: { criterion: 'audience', outcome: 'past-niet', text: dm.audienceNotZzp(who(audience)) } };
  }
  if (employer) return null;
  return {
    reason: { criterion: 'audience', outcome: 'past-niet', text: dm.audienceNotEmployer(who(audience)) },
  };
}

function formsReason(c: MatchableCompany, forms: LearningForm[]): CriterionResult {
  const label = (f: LearningForm) => kennisbank.learningForms[f];
  const active = forms.filter(
    (f) => c.activities[f] === 'in-gebruik' || c.activities[f] === 'interesse',
  );
  if (active.length)
    return {
      reason: {
        criterion: 'learningForms',
        outcome: 'past',
        text: m.formsFit(listDutch(active.map(label))),
      },
    };
  const all = listDutch(forms.map(label));
  if (forms.every((f) => c.activities[f] === 'niet'))
    return { reason: { criterion: 'learningForms', outcome: 'past-niet', text: m.formsNot(all) } };
  return {
    reason: { criterion: 'learningForms', outcome: 'onbekend', text: m.formsUnknown(all) },
    missing: fields.activities,
  };
}

function criteriaReasons(
  c: MatchableCompany,
  cr: SchemeCriteria,
  audience: readonly string[],
): CriterionResult[] {
  const out: (CriterionResult | null)[] = [];
  out.push(audienceReason(c, audience));
  if (cr.kinds) out.push(kindReason(c, cr.kinds));
  if (cr.minEmployees !== undefined || cr.maxEmployees !== undefined)
    out.push(employeesReason(c, cr.minEmployees, cr.maxEmployees));
  if (cr.sectors || cr.sbi) out.push(sectorReason(c, cr.sectors, cr.sbi));
  if (cr.region) out.push(regionReason(c, cr.region));
  if (cr.erkendLeerbedrijfFor) out.push(erkendForReason(c, cr.erkendLeerbedrijfFor, cr.learningForms));
  else if (cr.erkendLeerbedrijfRequired) out.push(erkendReason(c));
  if (cr.learningForms) out.push(formsReason(c, cr.learningForms));
  if (cr.targetGroups) {
    // Whether the company hires or keeps someone of the group is not in its record.
    const groups = listDutch(cr.targetGroups.map((g) => kennisbank.targetGroups[g]));
    out.push({
      reason: { criterion: 'targetGroups', outcome: 'onbekend', text: dm.targetGroups(groups) },
      missing: dm.targetGroupsMissing(groups),
    });
  }
  for (const check of cr.checks ?? [])
    out.push({
      reason: { criterion: 'checks', outcome: 'onbekend', text: dm.check(check) },
      missing: check,
    });
  if (cr.needs) {
    // Needs only rank a scheme higher; a company without the need still qualifies.
    const shared = cr.needs.filter((n) => c.needs.includes(n));
    if (shared.length)
      out.push({
        reason: {
          criterion: 'needs',
          outcome: 'past',
          text: dm.needsFit(listDutch(shared.map(dm.needLabel))),
        },
      });
  }
  return out.filter((x): x is CriterionResult => x !== null);
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
