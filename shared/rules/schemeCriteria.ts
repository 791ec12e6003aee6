import type { Gemeente } from '../domain/common';
import { GEMEENTEN } from '../domain/common';
import type { LearningForm, SbiSection, SchemeCriteria, SectorKey } from '../domain/scheme';
import { kennisbank } from '../i18n/nl/kennisbank';
import { domain } from '../i18n/nl/domain';

/*
 * The criteria checks of regeling matching: each typed criterion of a scheme, held against the
 * company record, gives one reason (past / onbekend / past-niet / let-op) and, when the record
 * cannot answer it, the name of the missing field. `schemeMatching.ts` combines the reasons
 * into an outcome and ranks the schemes.
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

const m = kennisbank.match;
const dm = domain.match;
const fields = kennisbank.fields;

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

export type CriterionResult = { reason: MatchReason; missing?: string };

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

export function criteriaReasons(
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
