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
  .refine((v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Schrijf de datum als jjjj-mm-dd, bijvoorbeeld 2025-01-31.');

const optionalCount = z
  .string()
  .trim()
  .refine((v) => v === '' || /^\d{1,7}$/.test(v), 'Vul een heel getal in, of laat leeg.');

// ---------------------------------------------------------------- begrippen

export const termFormSchema = z.object({
  key: referenceKeySchema,
  term: z.string().trim().min(1, 'Vul het begrip in.').max(120, 'Gebruik hoogstens 120 tekens.'),
  abbreviation: z.string().trim().max(20, 'Een afkorting heeft hoogstens 20 tekens.'),
  synonyms: z.string().max(2000),
  definition: z
    .string()
    .trim()
    .min(10, 'Schrijf een uitleg van minstens tien tekens.')
    .max(2000, 'Gebruik hoogstens 2.000 tekens.'),
  category: z.enum(TERM_CATEGORIES, 'Kies een categorie.'),
  related: z.array(z.string()),
  report: z.enum(SOURCE_REPORTS, 'Kies een bron.'),
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
    name: z.string().trim().min(1, 'Vul een naam in.').max(160, 'Gebruik hoogstens 160 tekens.'),
    provider: z.string().trim().min(1, 'Vul de aanbieder in.').max(160, 'Gebruik hoogstens 160 tekens.'),
    audience: z.array(z.enum(SCHEME_AUDIENCES)).min(1, 'Kies minstens één doelgroep.'),
    kind: z.enum(SCHEME_KINDS, 'Kies een soort.'),
    offers: z.string().trim().min(1, 'Beschrijf wat de regeling biedt.').max(2000),
    conditions: z.string().trim().max(3000),
    amount: z.string().trim().max(500),
    validFrom: optionalDate,
    validUntil: optionalDate,
    status: z.enum(SCHEME_STATUSES, 'Kies een status.'),
    sourceText: z.string().trim().min(1, 'Noem de bron.').max(500),
    sourceUrl: z
      .string()
      .trim()
      .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'Geef een webadres dat begint met http of https.'),
    sourceDate: optionalDate,
    lastChecked: z.string().trim().regex(/^\d{4}-\d{2}-\d{2}$/, 'Schrijf de datum als jjjj-mm-dd.'),
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
    message: 'De einddatum ligt voor de begindatum.',
    path: ['validUntil'],
  })
  .refine((v) => !v.minEmployees || !v.maxEmployees || Number(v.minEmployees) <= Number(v.maxEmployees), {
    message: 'Het minimum is groter dan het maximum.',
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

const NO_CONDITIONS = 'De bronnen noemen geen voorwaarden; controleer bij de aanbieder.';

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
  name: z.string().trim().min(1, 'Vul een naam in.').max(160, 'Gebruik hoogstens 160 tekens.'),
  abbreviation: z.string().trim().max(40, 'Gebruik hoogstens 40 tekens.'),
  kind: z.enum(NETWORK_KINDS, 'Kies een soort.'),
  place: z.string().trim().max(80, 'Gebruik hoogstens 80 tekens.'),
  focus: z.string().trim().max(1000, 'Gebruik hoogstens 1.000 tekens.'),
  notes: z.string().trim().max(1000, 'Gebruik hoogstens 1.000 tekens.'),
  admitsZzp: z.enum(['', 'ja', 'nee']),
  sectors: z.array(z.enum(SECTOR_KEYS)),
  website: z
    .string()
    .trim()
    .max(300, 'Gebruik hoogstens 300 tekens.')
    .refine((v) => v === '' || /^https?:\/\/\S+$/i.test(v), 'Geef een webadres dat begint met http of https.'),
  status: z.enum(NETWORK_STATUSES, 'Kies een status.'),
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
