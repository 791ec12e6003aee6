import { z } from 'zod';
import { NETWORK_KINDS, NETWORK_STATUSES, type Network } from '../../../shared/domain/network';
import {
  LEARNING_FORMS,
  SCHEME_AUDIENCES,
  SCHEME_KINDS,
  SCHEME_STATUSES,
  SECTOR_KEYS,
  TARGET_GROUPS,
  type Scheme,
  type SchemeCriteria,
} from '../../../shared/domain/scheme';
import { SOURCE_REPORTS, TERM_CATEGORIES, referenceKeySchema, type Term } from '../../../shared/domain/term';
import { localToday } from '../../../shared/dates/localDate';
import { slugKey } from '../../../shared/text/normalize';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';
import { validation } from '../../../shared/i18n/nl/validation';

/*
 * Form schemas of the kennisbank editors. Inputs arrive as strings; the schemas give Dutch
 * messages and the `from…` functions build the row, which the repository validates again with
 * the shared schema before it is written.
 */

/** "Zij-instroom (mbo)" → "zij-instroom-mbo": a key that fits referenceKeySchema. */
export function keyFromName(name: string): string {
  return slugKey(name, 80);
}

const list = (text: string) =>
  text
    .split(/[\n,;]/)
    .map((s) => s.trim())
    .filter(Boolean);

const optionalDate = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), validation.isoDateExample);

const optionalCount = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{1,7}$/.test(v), validation.wholeNumberOrEmpty);

// ---------------------------------------------------------------- begrippen

export const termFormSchema = z.object({
  key: referenceKeySchema,
  term: z.string().trim().min(1, kf.term.required).max(120, validation.maxChars(120)),
  abbreviation: z.string().trim().max(20, kf.term.abbreviationMax),
  synonyms: z.string().max(2000),
  definition: z
    .string()
    .trim()
    .min(10, kf.term.definitionMin)
    .max(2000, 'Gebruik hoogstens 2.000 tekens.'),
  category: z.enum(TERM_CATEGORIES, kf.term.chooseCategory),
  related: z.array(z.string()),
  report: z.enum(SOURCE_REPORTS, kf.term.chooseSource),
  part: z.string().trim().max(120, 'Gebruik hoogstens 120 tekens.'),
});
export type TermFormValues = z.infer<typeof termFormSchema>;

export function toTermForm(t: Term | null): TermFormValues {
  return {
    key: t?.key ?? '',
    term: t?.term ?? '',
    abbreviation: t?.abbreviation ?? '',
    synonyms: t?.synonyms.join(', ') ?? '',
    definition: t?.definition ?? '',
    category: t?.category ?? 'leervormen',
    related: t?.related ?? [],
    report: t?.source.report ?? 'extern',
    part: t?.source.part ?? '',
  };
}

export function fromTermForm(v: TermFormValues, base: Term | null): Term {
  return {
    id: base?.id ?? `begrip-${v.key}`,
    _clock: base?._clock ?? {},
    key: base?.key ?? v.key,
    retired: base?.retired ?? false,
    updatedAt: new Date().toISOString(),
    term: v.term,
    abbreviation: v.abbreviation || null,
    synonyms: list(v.synonyms),
    definition: v.definition,
    category: v.category,
    related: v.related.filter((k) => k !== (base?.key ?? v.key)),
    source: { report: v.report, part: v.part },
  };
}

// ---------------------------------------------------------------- regelingen

export const schemeFormSchema = z
  .object({
    key: referenceKeySchema,
    name: z.string().trim().min(1, validation.nameRequired).max(160, validation.maxChars(160)),
    provider: z.string().trim().min(1, kf.scheme.providerRequired).max(160, validation.maxChars(160)),
    audience: z.array(z.enum(SCHEME_AUDIENCES)).min(1, kf.scheme.audienceRequired),
    kind: z.enum(SCHEME_KINDS, validation.chooseKind),
    offers: z.string().trim().min(1, kf.scheme.offersRequired).max(2000),
    conditions: z.string().trim().max(3000),
    amount: z.string().trim().max(500),
    validFrom: optionalDate,
    validUntil: optionalDate,
    status: z.enum(SCHEME_STATUSES, validation.chooseStatus),
    sourceText: z.string().trim().min(1, validation.nameSource).max(500),
    sourceUrl: z
      .string()
      .trim()
      .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), validation.webAddress),
    sourceDate: optionalDate,
    lastChecked: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, validation.isoDate),
    kinds: z.array(z.enum(['mkb', 'zzp'])),
    minEmployees: optionalCount,
    maxEmployees: optionalCount,
    sectors: z.array(z.enum(SECTOR_KEYS)),
    region: z.enum(['', 'drechtsteden', 'nederland']),
    erkendLeerbedrijfRequired: z.boolean(),
    learningForms: z.array(z.enum(LEARNING_FORMS)),
    targetGroups: z.array(z.enum(TARGET_GROUPS)),
  })
  .refine((v) => !v.validFrom || !v.validUntil || v.validFrom <= v.validUntil, {
    message: validation.endBeforeStart,
    path: ['validUntil'],
  })
  .refine((v) => !v.minEmployees || !v.maxEmployees || Number(v.minEmployees) <= Number(v.maxEmployees), {
    message: validation.minAboveMax,
    path: ['minEmployees'],
  });
export type SchemeFormValues = z.infer<typeof schemeFormSchema>;

export function toSchemeForm(s: Scheme | null): SchemeFormValues {
  const c = s?.criteria ?? {};
  return {
    key: s?.key ?? '',
    name: s?.name ?? '',
    provider: s?.provider ?? '',
    audience: s?.audience ?? ['werkgever'],
    kind: s?.kind ?? 'subsidie',
    offers: s?.offers ?? '',
    conditions: s?.conditions ?? '',
    amount: s?.amount ?? '',
    validFrom: s?.validFrom ?? '',
    validUntil: s?.validUntil ?? '',
    status: s?.status ?? 'actief',
    sourceText: s?.source.text ?? '',
    sourceUrl: s?.source.url ?? '',
    sourceDate: s?.source.date ?? '',
    lastChecked: s?.lastChecked ?? localToday(),
    kinds: c.kinds ?? [],
    minEmployees: c.minEmployees?.toString() ?? '',
    maxEmployees: c.maxEmployees?.toString() ?? '',
    sectors: c.sectors ?? [],
    region: c.region ?? '',
    erkendLeerbedrijfRequired: c.erkendLeerbedrijfRequired ?? false,
    learningForms: c.learningForms ?? [],
    targetGroups: c.targetGroups ?? [],
  };
}

const NO_CONDITIONS = kf.scheme.noConditions;

export function fromSchemeForm(v: SchemeFormValues, base: Scheme | null): Scheme {
  // Criteria the form does not edit (SBI sections, needs, checks, erkenning per form) are kept from the stored row.
  const criteria: SchemeCriteria = {
    ...(base?.criteria.sbi ? { sbi: base.criteria.sbi } : {}),
    ...(base?.criteria.needs ? { needs: base.criteria.needs } : {}),
    ...(base?.criteria.checks ? { checks: base.criteria.checks } : {}),
    ...(base?.criteria.erkendLeerbedrijfFor ? { erkendLeerbedrijfFor: base.criteria.erkendLeerbedrijfFor } : {}),
    ...(v.kinds.length ? { kinds: v.kinds } : {}),
    ...(v.minEmployees ? { minEmployees: Number(v.minEmployees) } : {}),
    ...(v.maxEmployees ? { maxEmployees: Number(v.maxEmployees) } : {}),
    ...(v.sectors.length ? { sectors: v.sectors } : {}),
    ...(v.region ? { region: v.region } : {}),
    ...(v.erkendLeerbedrijfRequired ? { erkendLeerbedrijfRequired: true } : {}),
    ...(v.learningForms.length ? { learningForms: v.learningForms } : {}),
    ...(v.targetGroups.length ? { targetGroups: v.targetGroups } : {}),
  };
  return {
    id: base?.id ?? `regeling-${v.key}`,
    _clock: base?._clock ?? {},
    key: base?.key ?? v.key,
    retired: base?.retired ?? false,
    updatedAt: new Date().toISOString(),
    name: v.name,
    provider: v.provider,
    audience: v.audience,
    kind: v.kind,
    offers: v.offers,
    conditions: v.conditions || NO_CONDITIONS,
    criteria,
    amount: v.amount || null,
    validFrom: v.validFrom || null,
    validUntil: v.validUntil || null,
    status: v.status,
    source: { text: v.sourceText, url: v.sourceUrl || null, date: v.sourceDate || null },
    lastChecked: v.lastChecked,
  };
}

// ---------------------------------------------------------------- netwerken

export const networkFormSchema = z.object({
  key: referenceKeySchema,
  name: z.string().trim().min(1, validation.nameRequired).max(160, validation.maxChars(160)),
  abbreviation: z.string().trim().max(40, 'Gebruik hoogstens 40 tekens.'),
  kind: z.enum(NETWORK_KINDS, validation.chooseKind),
  place: z.string().trim().max(80, 'Gebruik hoogstens 80 tekens.'),
  focus: z.string().trim().max(1000, 'Gebruik hoogstens 1.000 tekens.'),
  notes: z.string().trim().max(1000, 'Gebruik hoogstens 1.000 tekens.'),
  admitsZzp: z.enum(['', 'ja', 'nee']),
  sectors: z.array(z.enum(SECTOR_KEYS)),
  website: z
    .string()
    .trim()
    .max(300, 'Gebruik hoogstens 300 tekens.')
    .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), validation.webAddress),
  status: z.enum(NETWORK_STATUSES, validation.chooseStatus),
});
export type NetworkFormValues = z.infer<typeof networkFormSchema>;

export function toNetworkForm(n: Network | null): NetworkFormValues {
  return {
    key: n?.key ?? '',
    name: n?.name ?? '',
    abbreviation: n?.abbreviation ?? '',
    kind: n?.kind ?? 'ondernemersvereniging',
    place: n?.place ?? '',
    focus: n?.focus ?? '',
    notes: n?.notes ?? '',
    admitsZzp: n?.admitsZzp === undefined ? '' : n.admitsZzp ? 'ja' : 'nee',
    sectors: n?.sectors ?? [],
    website: n?.website ?? '',
    status: n?.status ?? 'onbekend',
  };
}

export function fromNetworkForm(v: NetworkFormValues, base: Network | null): Network {
  return {
    id: base?.id ?? `netwerk-${v.key}`,
    _clock: base?._clock ?? {},
    key: base?.key ?? v.key,
    retired: base?.retired ?? false,
    updatedAt: new Date().toISOString(),
    name: v.name,
    abbreviation: v.abbreviation || null,
    kind: v.kind,
    place: v.place,
    focus: v.focus,
    notes: v.notes,
    ...(v.admitsZzp ? { admitsZzp: v.admitsZzp === 'ja' } : {}),
    ...(v.sectors.length ? { sectors: v.sectors } : {}),
    ...(v.website ? { website: v.website } : {}),
    status: v.status,
    // The source is not edited here; an edited row keeps where its facts came from.
    ...(base?.source ? { source: base.source } : {}),
  };
}
