import type { ActivityState, Company } from '../domain/company';
import { deriveCompany } from '../domain/company';
import { deepEqual } from '../data/equality';

/**
 * Merging two records of the same company. Pure: the caller writes the result in one
 * transaction (the merged winner, the tombstone of the loser and the moves), so the merge
 * replicates all-or-nothing like every other user action.
 */

/** Fields the user may pick per side; identity, bookkeeping and derived fields are not. */
export const MERGEABLE_FIELDS = [
  'kind', 'name', 'kvk', 'vestigingsnummer', 'street', 'postcode', 'place', 'gemeente', 'website',
  'employees', 'employeeBand', 'sbi', 'sector', 'erkendLeerbedrijf', 'erkendVoor', 'activities',
  'reasonsNot', 'reasonsNotOther', 'needs', 'needsOther', 'networkIds', 'status', 'ownerLwl',
  'ownerBaanbrekend', 'source', 'notes',
] as const satisfies readonly (keyof Company)[];
export type MergeableField = (typeof MERGEABLE_FIELDS)[number];

/** 'both' keeps the union for lists and activities, and both texts for notes. */
export type MergeChoice = 'winner' | 'loser' | 'both';
export type MergeChoices = Partial<Record<MergeableField, MergeChoice>>;

const COMBINABLE = new Set<MergeableField>([
  'activities', 'reasonsNot', 'needs', 'networkIds', 'notes', 'reasonsNotOther', 'needsOther', 'erkendVoor',
]);
export const canCombine = (f: MergeableField): boolean => COMBINABLE.has(f);

/** Tables whose rows point at a company and must follow the winner. */
export const COMPANY_CHILD_TABLES = ['contactPersons', 'contactLogs', 'followUps', 'interviews'] as const;
export type CompanyChildTable = (typeof COMPANY_CHILD_TABLES)[number];
export type ChildRef = { id: string; companyId: string; _deleted?: boolean };
export type Move = { table: CompanyChildTable; rowId: string; companyId: string };

export type MergeResult = {
  merged: Company;
  /** Fields of the winner that change, for the repository's patch (and its change record). */
  patch: Partial<Company>;
  tombstone: { id: string; _deleted: true; updatedAt: string };
  moves: Move[];
};

const isEmpty = (v: unknown): boolean =>
  v === null || v === '' || (Array.isArray(v) && v.length === 0) ||
  (typeof v === 'object' && v !== null && !Array.isArray(v) && Object.keys(v).length === 0);

/** What the preselection reads of a company: the screen passes rows as read, perhaps incomplete. */
export type MergeSide = Partial<Record<MergeableField, unknown>>;

/**
 * The preselection of the merge screen: the winner's value, except where the winner is empty
 * and the loser is not; lists, activities and notes combine when both sides have something.
 */
export function defaultMergeChoices(winner: MergeSide, loser: MergeSide): Record<MergeableField, MergeChoice> {
  const out = {} as Record<MergeableField, MergeChoice>;
  for (const f of MERGEABLE_FIELDS) {
    const w = winner[f];
    const l = loser[f];
    if (isEmpty(w) && !isEmpty(l)) out[f] = 'loser';
    else if (COMBINABLE.has(f) && !isEmpty(w) && !isEmpty(l) && !deepEqual(w, l)) out[f] = 'both';
    else out[f] = 'winner';
  }
  // "Onbekend" is the empty value of these enums.
  if (winner.erkendLeerbedrijf === 'onbekend' && loser.erkendLeerbedrijf !== 'onbekend') out.erkendLeerbedrijf = 'loser';
  if (winner.status === 'nog-niet-benaderd' && loser.status !== 'nog-niet-benaderd') out.status = 'loser';
  return out;
}

const ACTIVITY_RANK: Record<ActivityState, number> = { 'in-gebruik': 3, interesse: 2, niet: 1 };

function combine(field: MergeableField, w: Company, l: Company): unknown {
  if (field === 'activities') {
    const out: Company['activities'] = { ...l.activities };
    for (const [k, v] of Object.entries(w.activities) as [keyof Company['activities'], ActivityState][]) {
      const other = out[k];
      if (!other || ACTIVITY_RANK[v] >= ACTIVITY_RANK[other]) out[k] = v;
    }
    return out;
  }
  const wv = w[field];
  const lv = l[field];
  if (Array.isArray(wv) && Array.isArray(lv)) return [...new Set([...wv, ...lv])];
  if (typeof wv === 'string' && typeof lv === 'string') {
    if (wv === '' || wv === lv) return lv;
    if (lv === '') return wv;
    return `${wv}\n\n${lv}`;
  }
  return wv;
}

/**
 * Merges `loser` into `winner`. Unlisted fields use `defaultMergeChoices`. The winner keeps its
 * id and the earlier creation date; every child row of the loser moves to the winner.
 */
export function mergeCompanies(
  winner: Company,
  loser: Company,
  choices: MergeChoices,
  now: string,
  children: Partial<Record<CompanyChildTable, readonly ChildRef[]>> = {},
): MergeResult {
  if (winner.id === loser.id) throw new Error('mergeCompanies: winner and loser are the same row');
  const resolved = { ...defaultMergeChoices(winner, loser), ...choices };
  const merged: Company = { ...winner };
  const picks = merged as Record<MergeableField, unknown>;
  for (const f of MERGEABLE_FIELDS) {
    const choice = resolved[f];
    if (choice === 'loser') picks[f] = structuredCloneJson(loser[f]);
    else if (choice === 'both') picks[f] = combine(f, winner, loser);
  }
  // What the employee figure counts travels with the figure (issue 15).
  const sizeFrom =
    resolved.employees === 'loser' || (merged.employees === null && resolved.employeeBand === 'loser') ? loser : winner;
  const basis = sizeFrom.employeesBasis ?? (winner.employeesBasis !== undefined ? 'onbekend' : undefined);
  if (basis === undefined) delete merged.employeesBasis;
  else merged.employeesBasis = basis;
  merged.createdAt = loser.createdAt < winner.createdAt ? loser.createdAt : winner.createdAt;
  merged.updatedAt = now;
  // A merged record that holds real data is no longer demo data.
  merged.demo = winner.demo && loser.demo;
  const final = { ...merged, ...deriveCompany(merged) };

  const patch: Partial<Company> = {};
  for (const [k, v] of Object.entries(final) as [keyof Company, unknown][]) {
    if (!deepEqual(v, winner[k])) (patch as Record<string, unknown>)[k] = v;
  }
  const moves: Move[] = [];
  for (const table of COMPANY_CHILD_TABLES) {
    for (const row of children[table] ?? []) {
      if (row.companyId === loser.id && !row._deleted) moves.push({ table, rowId: row.id, companyId: winner.id });
    }
  }
  return { merged: final, patch, tombstone: { id: loser.id, _deleted: true, updatedAt: now }, moves };
}

function structuredCloneJson<T>(v: T): T {
  return v === null || typeof v !== 'object' ? v : (JSON.parse(JSON.stringify(v)) as T);
}
