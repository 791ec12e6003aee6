import { z } from 'zod';
import { gemeenteSchema, isoDateTime, syncedRowMeta } from './common';
import { sbiSectionSchema, sectorKeySchema } from './sectors';
import { checkKvk, checkVestigingsnummer, normalizePostcode } from './kvk';
import { classifySize, employeesBasisSchema, euClassSchema, sizeBandSchema, sizeClassSchema } from '../rules/sizeClass';
import { portfolio } from '../i18n/nl/portfolio';
import { domainLabels } from '../i18n/nl/domainLabels';

export const COMPANY_KINDS = ['mkb', 'zzp'] as const;
export const companyKindSchema = z.enum(COMPANY_KINDS);
export type CompanyKind = z.infer<typeof companyKindSchema>;
export const COMPANY_KIND_LABELS: Record<CompanyKind, string> = domainLabels.companyKind;

export const COMPANY_STATUSES = [
  'nog-niet-benaderd', 'benaderd', 'in-gesprek', 'actief', 'geen-interesse', 'niet-bereikbaar',
] as const;
export const companyStatusSchema = z.enum(COMPANY_STATUSES);
export type CompanyStatus = z.infer<typeof companyStatusSchema>;
export const COMPANY_STATUS_LABELS: Record<CompanyStatus, string> = domainLabels.companyStatus;

export const COMPANY_SOURCES = [
  'import', 'eigen-netwerk', 'doorverwijzing', 'netwerkbijeenkomst', 'gesprek', 'anders',
] as const;
export const companySourceSchema = z.enum(COMPANY_SOURCES);
export type CompanySource = z.infer<typeof companySourceSchema>;
export const COMPANY_SOURCE_LABELS: Record<CompanySource, string> = domainLabels.companySource;

/** The forms of Leren & Werken of the report, plus LLO, the Mkb-route in the hbo and zij-instroom (002). */
export const ACTIVITY_KEYS = ['bpvBol', 'bpvBbl', 'stageHbo', 'stageWo', 'kortTraject', 'evc', 'llo', 'mkbRoute', 'zijInstroom'] as const;
export const activityKeySchema = z.enum(ACTIVITY_KEYS);
export type ActivityKey = z.infer<typeof activityKeySchema>;
export const ACTIVITY_LABELS: Record<ActivityKey, string> = domainLabels.activity;

export const ACTIVITY_STATES = ['in-gebruik', 'interesse', 'niet'] as const;
export const activityStateSchema = z.enum(ACTIVITY_STATES);
export type ActivityState = z.infer<typeof activityStateSchema>;
export const ACTIVITY_STATE_LABELS: Record<ActivityState, string> = domainLabels.activityState;

/** Why a company does not take part; the four reasons the 2017 interviews found, plus two. */
export const REASONS_NOT = ['specialistisch', 'tijd', 'kwetsbaar', 'financieel-risico', 'onbekendheid', 'anders'] as const;
export const reasonNotSchema = z.enum(REASONS_NOT);
export type ReasonNot = z.infer<typeof reasonNotSchema>;
export const REASON_NOT_LABELS: Record<ReasonNot, string> = domainLabels.reasonNot;

/** Support needs ("ontzorgen", recommendation 4). */
export const NEEDS = [
  'begeleiding-stagiair', 'werknemersvaardigheden', 'administratieve-lasten', 'financiele-regelingen',
  'werving', 'scholing-personeel', 'erkenning-leerbedrijf', 'anders',
] as const;
export const needSchema = z.enum(NEEDS);
export type Need = z.infer<typeof needSchema>;
export const NEED_LABELS: Record<Need, string> = domainLabels.need;

export const ERKEND_VALUES = ['ja', 'nee', 'onbekend'] as const;
export const erkendSchema = z.enum(ERKEND_VALUES);
export type Erkend = z.infer<typeof erkendSchema>;
export const ERKEND_LABELS: Record<Erkend, string> = domainLabels.erkend;

export const activitiesSchema = z.partialRecord(activityKeySchema, activityStateSchema);
export type Activities = z.infer<typeof activitiesSchema>;

const m = portfolio.form;

/** Fields shared by the stored row and the form. */
const editableFields = {
  kind: companyKindSchema,
  name: z.string().trim().min(1, m.nameRequired).max(200, m.nameTooLong),
  kvk: z.string().regex(/^\d{8}$/, m.kvkFormat).nullable(),
  vestigingsnummer: z.string().regex(/^\d{12}$/, m.vestigingFormat).nullable(),
  street: z.string().trim().max(200),
  postcode: z.string().trim().max(10),
  place: z.string().trim().max(100),
  gemeente: gemeenteSchema,
  website: z.string().trim().max(300),
  employees: z.number().int(m.employeesWhole).min(0, m.employeesNegative).max(1_000_000).nullable(),
  employeeBand: sizeBandSchema.nullable(),
  /** What `employees`/`employeeBand` count; absent on older rows and partners' rows = 'onbekend'. */
  employeesBasis: employeesBasisSchema.optional(),
  sbi: sbiSectionSchema.nullable(),
  sector: sectorKeySchema.nullable(),
  erkendLeerbedrijf: erkendSchema,
  erkendVoor: z.string().trim().max(500),
  activities: activitiesSchema,
  reasonsNot: z.array(reasonNotSchema),
  reasonsNotOther: z.string().trim().max(1000),
  needs: z.array(needSchema),
  needsOther: z.string().trim().max(1000),
  networkIds: z.array(z.string().min(1)),
  status: companyStatusSchema,
  ownerLwl: z.string().min(1).nullable(),
  ownerBaanbrekend: z.string().min(1).nullable(),
  source: companySourceSchema,
  notes: z.string().max(10_000),
};

export const companySchema = z.object({
  ...syncedRowMeta,
  ...editableFields,
  sizeClass: sizeClassSchema,
  euClass: euClassSchema,
  demo: z.boolean(),
  importBatchId: z.string().min(1).nullable(),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
export type Company = z.infer<typeof companySchema>;

const emptyToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/**
 * The create/edit form. Text inputs arrive as strings: KvK and vestigingsnummer are normalised
 * ("1234 5678" → "12345678"), the postcode is written as "3311 AB", empty selects become null.
 */
export const companyInputSchema = z.object({
  ...editableFields,
  kind: companyKindSchema.default('mkb'),
  kvk: z.preprocess(emptyToNull, z.string().nullable()).transform((v, ctx) => {
    if (v === null) return null;
    const r = checkKvk(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
    return r.ok ? r.value : null;
  }).default(null),
  vestigingsnummer: z.preprocess(emptyToNull, z.string().nullable()).transform((v, ctx) => {
    if (v === null) return null;
    const r = checkVestigingsnummer(v);
    if (!r.ok) ctx.addIssue({ code: 'custom', message: r.message });
    return r.ok ? r.value : null;
  }).default(null),
  street: editableFields.street.default(''),
  postcode: z.string().trim().max(10).default('').transform((v, ctx) => {
    if (v === '') return '';
    const p = normalizePostcode(v);
    if (p === null) ctx.addIssue({ code: 'custom', message: m.postcodeFormat });
    return p ?? v;
  }),
  place: editableFields.place.default(''),
  gemeente: gemeenteSchema.default('buiten-regio'),
  website: editableFields.website.default(''),
  employees: z.preprocess(
    (v) => (v === '' || v === undefined || (typeof v === 'number' && Number.isNaN(v)) ? null : typeof v === 'string' ? Number(v.replace(',', '.')) : v),
    editableFields.employees,
  ).default(null),
  employeeBand: editableFields.employeeBand.default(null),
  employeesBasis: z.preprocess(emptyToNull, employeesBasisSchema.nullable()).transform((v) => v ?? 'onbekend').default('onbekend'),
  sbi: z.preprocess(emptyToNull, sbiSectionSchema.nullable()).default(null),
  sector: z.preprocess(emptyToNull, sectorKeySchema.nullable()).default(null),
  erkendLeerbedrijf: erkendSchema.default('onbekend'),
  erkendVoor: editableFields.erkendVoor.default(''),
  activities: activitiesSchema.default({}),
  reasonsNot: editableFields.reasonsNot.default([]),
  reasonsNotOther: editableFields.reasonsNotOther.default(''),
  needs: editableFields.needs.default([]),
  needsOther: editableFields.needsOther.default(''),
  networkIds: editableFields.networkIds.default([]),
  status: companyStatusSchema.default('nog-niet-benaderd'),
  ownerLwl: z.preprocess(emptyToNull, z.string().min(1).nullable()).default(null),
  ownerBaanbrekend: z.preprocess(emptyToNull, z.string().min(1).nullable()).default(null),
  source: companySourceSchema.default('eigen-netwerk'),
  notes: editableFields.notes.default(''),
});
/** What the form produces (after parsing). */
export type CompanyInput = z.output<typeof companyInputSchema>;
/** What the form may hold before parsing. */
export type CompanyFormValues = z.input<typeof companyInputSchema>;

export type NewCompanyOptions = { demo?: boolean; importBatchId?: string | null; clock?: Record<string, string> };

/** Recomputes the stored, derived size fields; call after every change to kind or size. */
export function deriveCompany<
  T extends Pick<Company, 'kind' | 'employees' | 'employeeBand'> & Partial<Pick<Company, 'employeesBasis'>>,
>(row: T): T & Pick<Company, 'sizeClass' | 'euClass'> {
  const { sizeClass, euClass } = classifySize(row.kind, row.employees, row.employeeBand, row.employeesBasis ?? 'onbekend');
  return { ...row, sizeClass, euClass };
}

/** A complete row from parsed form (or import) input; `now` is an ISO timestamp. */
export function newCompany(input: CompanyInput, now: string, id: string, options: NewCompanyOptions = {}): Company {
  return deriveCompany({
    ...input,
    id,
    _clock: options.clock ?? {},
    demo: options.demo ?? false,
    importBatchId: options.importBatchId ?? null,
    createdAt: now,
    updatedAt: now,
    sizeClass: 'onbekend',
    euClass: 'onbekend',
  });
}

/** A parsed input with every default filled, for the "new company" form, the import and tests. */
export function emptyCompanyInput(overrides: Partial<CompanyInput> = {}): CompanyInput {
  return {
    kind: 'mkb', name: '', kvk: null, vestigingsnummer: null, street: '', postcode: '', place: '',
    gemeente: 'buiten-regio', website: '', employees: null, employeeBand: null, employeesBasis: 'onbekend', sbi: null,
    sector: null, erkendLeerbedrijf: 'onbekend', erkendVoor: '', activities: {}, reasonsNot: [], reasonsNotOther: '',
    needs: [], needsOther: '', networkIds: [], status: 'nog-niet-benaderd', ownerLwl: null,
    ownerBaanbrekend: null, source: 'eigen-netwerk', notes: '',
    ...overrides,
  };
}
