import { NEED_LABELS, type Need } from '../../../shared/domain/company';
import type { Scheme, SchemeCriteria } from '../../../shared/domain/scheme';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { formatInt } from '../../../shared/i18n/format';
import { isEnded, isStale } from '../../../shared/rules/schemeMatching';

const listDutch = (items: string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} of ${items[items.length - 1]}`;

const needLabel = (key: string): string => {
  const label = (NEED_LABELS as Record<string, string | undefined>)[key as Need];
  return label ? label.charAt(0).toLowerCase() + label.slice(1) : key;
};

/** The typed eligibility criteria of a regeling as short Dutch sentences, one per criterion. */
export function criteriaInWords(c: SchemeCriteria): string[] {
  const out: string[] = [];
  if (c.kinds) out.push(`Voor ${listDutch(c.kinds.map((k) => (k === 'mkb' ? 'MKB-bedrijven met personeel' : 'zzp-ers')))}.`);
  if (c.minEmployees !== undefined && c.maxEmployees !== undefined)
    out.push(`Bedrijven met ${formatInt(c.minEmployees)} tot en met ${formatInt(c.maxEmployees)} werknemers.`);
  else if (c.maxEmployees !== undefined) out.push(`Bedrijven met hoogstens ${formatInt(c.maxEmployees)} werknemers.`);
  else if (c.minEmployees !== undefined) out.push(`Bedrijven met minstens ${formatInt(c.minEmployees)} werknemers.`);
  if (c.sectors || c.sbi)
    out.push(
      `Alleen in de sector ${listDutch([
        ...(c.sectors ?? []).map((s) => kennisbank.sectors[s]),
        ...(c.sbi ?? []).map((s) => `SBI-sectie ${s}`),
      ])}.`,
    );
  if (c.region === 'drechtsteden') out.push('Alleen voor bedrijven in de Drechtsteden.');
  if (c.region === 'nederland') out.push('Landelijke regeling.');
  if (c.erkendLeerbedrijfFor)
    out.push(
      `Voor ${listDutch(c.erkendLeerbedrijfFor.map((f) => kennisbank.learningForms[f]))} moet het bedrijf een erkend leerbedrijf zijn; voor de andere leervormen niet.`,
    );
  else if (c.erkendLeerbedrijfRequired) out.push('Het bedrijf moet een erkend leerbedrijf zijn.');
  if (c.learningForms) out.push(`Bij ${listDutch(c.learningForms.map((f) => kennisbank.learningForms[f]))}.`);
  if (c.targetGroups)
    out.push(`Bij het in dienst nemen of houden van ${listDutch(c.targetGroups.map((g) => kennisbank.targetGroups[g]))}.`);
  for (const check of c.checks ?? []) out.push(`Alleen als ${check}.`);
  if (c.needs) out.push(`Sluit aan bij de behoefte: ${listDutch(c.needs.map(needLabel))}.`);
  return out;
}

export type SchemeDisplayStatus = 'actief' | 'beeindigd' | 'onbekend';

/** Status as shown: a regeling past its end date counts as ended even if nobody updated the status. */
export function displayStatus(s: Scheme, today: string): SchemeDisplayStatus {
  return isEnded(s, today) ? 'beeindigd' : s.status;
}

/** Stale only matters for a regeling that is still offered. */
export function showStale(s: Scheme, today: string): boolean {
  return !isEnded(s, today) && isStale(s, today);
}
