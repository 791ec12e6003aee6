import type { CompanyFact, FactValue } from '../../../shared/guides/summary';
import {
  ACTIVITY_KEYS,
  ACTIVITY_LABELS,
  ACTIVITY_STATE_LABELS,
  ACTIVITY_STATES,
  ERKEND_LABELS,
  NEED_LABELS,
  NEEDS,
  REASON_NOT_LABELS,
  REASONS_NOT,
  type ActivityKey,
  type ActivityState,
  type Need,
  type ReasonNot,
} from '../../../shared/domain/company';
import { domain } from '../../../shared/i18n/nl/domain';
import { GEMEENTE_LABELS, gemeenteSchema } from '../../../shared/domain/common';
import { SECTOR_LABELS, sectorKeySchema } from '../../../shared/domain/sectors';
import type { CompanyRow } from '../../db/queries/companies';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import { sizeBasis } from '../../../shared/i18n/nl/sizeBasis';
import { employeesBasisSchema } from '../../../shared/rules/sizeClass';

/*
 * Turns the engine's company facts (factsForCompany) into a reviewed diff against the company
 * record. The guide speaks in its own choice values; the company schema has its own enums, so
 * the translation lives here, at the edge where both meet. Facts that do not fit a field
 * (free-text networks, leads) become a dated note rather than being lost.
 */

export type Change =
  | {
      type: 'set';
      field: 'employees' | 'sector' | 'gemeente' | 'erkendLeerbedrijf';
      value: string | number;
    }
  | { type: 'activity'; key: ActivityKey; value: ActivityState }
  | { type: 'needs'; values: Need[]; other: string }
  | { type: 'reasonsNot'; values: ReasonNot[] }
  | { type: 'networks'; ids: string[]; unmatched: string }
  | { type: 'note'; text: string };

export type ProposedChange = {
  id: string;
  label: string;
  current: string;
  proposed: string;
  /** Already equal: shown for completeness, nothing to apply. */
  same: boolean;
  /** Pre-ticked only when it fills an empty field; an overwrite needs the advisor's own tick. */
  preselect: boolean;
  change: Change;
};

/** Guide support values → company needs; the rest goes to "needsOther" as text. */
const NEED_OF: Record<string, Need> = {
  regelingen: 'financiele-regelingen',
  kandidaten: 'werving',
  begeleiding: 'begeleiding-stagiair',
  erkenning: 'erkenning-leerbedrijf',
  administratie: 'administratieve-lasten',
  werknemersvaardigheden: 'werknemersvaardigheden',
  scholing: 'scholing-personeel',
};

const asList = (v: FactValue): string[] => (Array.isArray(v) ? v.map(String) : [String(v)]);
const empty = (v: unknown) => v === null || v === undefined || v === '' || v === 'onbekend';

export type NetworkName = { id: string; name: string };

export function proposeCompanyChanges(
  company: CompanyRow,
  facts: readonly CompanyFact[],
  networks: readonly NetworkName[],
  dateLabel: string,
): ProposedChange[] {
  const out: ProposedChange[] = [];
  const notes: string[] = [];
  const activities = (company.activities ?? {}) as Partial<Record<ActivityKey, ActivityState>>;

  for (const fact of facts) {
    const field = fact.field;
    if (field === 'employees' && typeof fact.value === 'number') {
      // The guides count staff in loondienst, without the owner (issue 15).
      const cur = company.employees;
      const curBasis = employeesBasisSchema.catch('onbekend').parse(company.employeesBasis ?? 'onbekend');
      out.push({
        id: field,
        label: fact.label,
        current: typeof cur === 'number' ? sizeBasis.figure(cur, curBasis) : tx.facts.empty,
        proposed: sizeBasis.figure(fact.value, 'in-loondienst'),
        same: cur === fact.value && curBasis === 'in-loondienst',
        preselect: typeof cur !== 'number',
        change: { type: 'set', field, value: fact.value },
      });
    } else if (field === 'sector' && sectorKeySchema.safeParse(fact.value).success) {
      const v = String(fact.value) as keyof typeof SECTOR_LABELS;
      const cur = company.sector as keyof typeof SECTOR_LABELS | null | undefined;
      out.push({
        id: field,
        label: fact.label,
        current: cur ? (SECTOR_LABELS[cur] ?? cur) : tx.facts.empty,
        proposed: SECTOR_LABELS[v],
        same: cur === v,
        preselect: empty(cur),
        change: { type: 'set', field, value: v },
      });
    } else if (field === 'gemeente' && gemeenteSchema.safeParse(fact.value).success) {
      const v = String(fact.value) as keyof typeof GEMEENTE_LABELS;
      const cur = company.gemeente as keyof typeof GEMEENTE_LABELS | null | undefined;
      out.push({
        id: field,
        label: fact.label,
        current: cur ? (GEMEENTE_LABELS[cur] ?? cur) : tx.facts.empty,
        proposed: GEMEENTE_LABELS[v],
        same: cur === v,
        preselect: empty(cur) || cur === 'buiten-regio',
        change: { type: 'set', field, value: v },
      });
    } else if (field === 'erkendLeerbedrijf') {
      const v =
        fact.value === true || fact.value === 'ja'
          ? 'ja'
          : fact.value === false || fact.value === 'nee'
            ? 'nee'
            : null;
      if (!v) continue;
      const cur = (company.erkendLeerbedrijf ?? 'onbekend') as keyof typeof ERKEND_LABELS;
      out.push({
        id: field,
        label: fact.label,
        current: ERKEND_LABELS[cur] ?? cur,
        proposed: ERKEND_LABELS[v],
        same: cur === v,
        preselect: empty(cur),
        change: { type: 'set', field, value: v },
      });
    } else if (field.startsWith('activities.')) {
      const key = field.slice('activities.'.length) as ActivityKey;
      const v = String(fact.value) as ActivityState;
      if (!ACTIVITY_KEYS.includes(key) || !ACTIVITY_STATES.includes(v)) continue;
      const cur = activities[key];
      out.push({
        id: field,
        label: ACTIVITY_LABELS[key],
        current: cur ? ACTIVITY_STATE_LABELS[cur] : tx.facts.empty,
        proposed: ACTIVITY_STATE_LABELS[v],
        same: cur === v,
        preselect: cur === undefined,
        change: { type: 'activity', key, value: v },
      });
    } else if (field === 'needs') {
      const have = new Set((company.needs as Need[] | undefined) ?? []);
      const raw = asList(fact.value);
      const mapped = raw.flatMap((r) =>
        NEED_OF[r] ? [NEED_OF[r]] : NEEDS.includes(r as Need) ? [r as Need] : [],
      );
      const other = raw.filter((r) => !NEED_OF[r] && !NEEDS.includes(r as Need)).join(', ');
      const added = [...new Set(mapped)].filter((n) => !have.has(n));
      const display = [...added.map((n) => NEED_LABELS[n]), ...(other ? [other] : [])];
      out.push({
        id: field,
        label: fact.label,
        current: have.size > 0 ? [...have].map((n) => NEED_LABELS[n]).join('; ') : tx.facts.empty,
        proposed:
          display.length > 0 ? `${tx.facts.add} ${display.join('; ')}` : tx.facts.nothingNew,
        same: display.length === 0,
        preselect: true,
        change: { type: 'needs', values: added, other },
      });
    } else if (field === 'reasonsNot') {
      const have = new Set((company.reasonsNot as ReasonNot[] | undefined) ?? []);
      const raw = asList(fact.value).filter((r): r is ReasonNot => REASONS_NOT.includes(r as ReasonNot));
      const added = [...new Set(raw)].filter((r) => !have.has(r));
      out.push({
        id: field,
        label: domain.facts.reasonsNot,
        current: have.size > 0 ? [...have].map((r) => REASON_NOT_LABELS[r]).join('; ') : tx.facts.empty,
        proposed:
          added.length > 0
            ? `${tx.facts.add} ${added.map((r) => REASON_NOT_LABELS[r]).join('; ')}`
            : tx.facts.nothingNew,
        same: added.length === 0,
        preselect: true,
        change: { type: 'reasonsNot', values: added },
      });
    } else if (field === 'networks') {
      const text = asList(fact.value).join(', ');
      const lower = text.toLowerCase();
      const ids = networks.filter((n) => lower.includes(n.name.toLowerCase())).map((n) => n.id);
      const have = new Set(company.networkIds ?? []);
      const added = ids.filter((id) => !have.has(id));
      const names = added.map((id) => networks.find((n) => n.id === id)?.name ?? id);
      out.push({
        id: field,
        label: fact.label,
        current:
          have.size > 0
            ? [...have].map((id) => networks.find((n) => n.id === id)?.name ?? id).join('; ')
            : tx.facts.empty,
        proposed: names.length > 0 ? `${tx.facts.add} ${names.join('; ')}` : tx.facts.asNote(text),
        same: false,
        preselect: true,
        change: { type: 'networks', ids: added, unmatched: names.length > 0 ? '' : text },
      });
    } else {
      notes.push(`${fact.label}: ${fact.display}`);
    }
  }
  if (notes.length > 0) {
    const text = `${tx.facts.notePrefix(dateLabel)}\n${notes.join('\n')}`;
    out.push({
      id: 'notes',
      label: tx.facts.notesLabel,
      current: company.notes ? tx.facts.keepsNotes : tx.facts.empty,
      proposed: text,
      same: false,
      preselect: true,
      change: { type: 'note', text },
    });
  }
  return out;
}

/** The company fields to write for the ticked changes, merged with what is stored now. */
export function companyPatch(
  company: CompanyRow,
  changes: readonly Change[],
  dateLabel: string,
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  const notes: string[] = [];
  for (const c of changes) {
    if (c.type === 'set') {
      patch[c.field] = c.value;
      // An interview answer counts staff in loondienst; the size class adds the owner.
      if (c.field === 'employees') patch.employeesBasis = 'in-loondienst';
    }
    else if (c.type === 'activity') {
      const base = (patch.activities ?? company.activities ?? {}) as Record<string, string>;
      patch.activities = { ...base, [c.key]: c.value };
    } else if (c.type === 'needs') {
      patch.needs = [...new Set([...((company.needs as string[] | undefined) ?? []), ...c.values])];
      if (c.other) {
        const cur = String(company.needsOther ?? '').trim();
        patch.needsOther = cur ? `${cur}; ${c.other}` : c.other;
      }
    } else if (c.type === 'reasonsNot') {
      patch.reasonsNot = [
        ...new Set([...((company.reasonsNot as string[] | undefined) ?? []), ...c.values]),
      ];
    } else if (c.type === 'networks') {
      if (c.ids.length > 0)
        patch.networkIds = [...new Set([...(company.networkIds ?? []), ...c.ids])];
      if (c.unmatched) notes.push(`${tx.facts.networksNote}: ${c.unmatched}`);
    } else notes.push(c.text);
  }
  if (notes.length > 0) {
    const joined = notes.join('\n');
    const body = joined.startsWith(tx.facts.notePrefix(dateLabel))
      ? joined
      : `${tx.facts.notePrefix(dateLabel)}\n${joined}`;
    const cur = String(company.notes ?? '').trim();
    patch.notes = cur ? `${cur}\n\n${body}` : body;
  }
  return patch;
}
