import type { Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { companyInputSchema, deriveCompany, type CompanyInput } from '../../../shared/domain/company';
import type { CompanyRow } from '../../db/queries/companies';

/**
 * What the company form holds: text inputs as strings ('' for empty), the rest as stored.
 * companyInputSchema turns it into a CompanyInput with Dutch messages for what is wrong.
 */
export type CompanyFormValues = {
  kind: 'mkb' | 'zzp';
  name: string;
  kvk: string;
  vestigingsnummer: string;
  street: string;
  postcode: string;
  place: string;
  gemeente: string;
  website: string;
  employees: string;
  employeeBand: CompanyInput['employeeBand'];
  /** What the figure counts; '' or 'onbekend' when nobody said. */
  employeesBasis: string;
  sbi: string;
  sector: string;
  erkendLeerbedrijf: string;
  erkendVoor: string;
  activities: Record<string, string>;
  reasonsNot: string[];
  reasonsNotOther: string;
  needs: string[];
  needsOther: string;
  networkIds: string[];
  status: string;
  ownerLwl: string;
  ownerBaanbrekend: string;
  source: string;
  notes: string;
};

const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const arr = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);

export function toFormValues(row: Partial<CompanyRow>): CompanyFormValues {
  return {
    kind: row.kind === 'zzp' ? 'zzp' : 'mkb',
    name: str(row.name),
    kvk: str(row.kvk),
    vestigingsnummer: str(row.vestigingsnummer),
    street: str(row.street),
    postcode: str(row.postcode),
    place: str(row.place),
    gemeente: str(row.gemeente) || 'buiten-regio',
    website: str(row.website),
    employees: typeof row.employees === 'number' ? String(row.employees) : '',
    employeeBand: row.employeeBand ?? null,
    employeesBasis: str(row.employeesBasis) || 'onbekend',
    sbi: str(row.sbi),
    sector: str(row.sector),
    erkendLeerbedrijf: str(row.erkendLeerbedrijf) || 'onbekend',
    erkendVoor: str(row.erkendVoor),
    activities: row.activities && typeof row.activities === 'object' ? { ...(row.activities as Record<string, string>) } : {},
    reasonsNot: arr(row.reasonsNot),
    reasonsNotOther: str(row.reasonsNotOther),
    needs: arr(row.needs),
    needsOther: str(row.needsOther),
    networkIds: arr(row.networkIds),
    status: str(row.status) || 'nog-niet-benaderd',
    ownerLwl: str(row.ownerLwl),
    ownerBaanbrekend: str(row.ownerBaanbrekend),
    source: str(row.source) || 'eigen-netwerk',
    notes: str(row.notes),
  };
}

/**
 * The form keeps strings where the schema takes numbers, nulls and enums; the schema's
 * preprocessors convert and check them, so it parses the form's values as they are.
 */
const companyFormSchema = z.preprocess((values: CompanyFormValues) => values, companyInputSchema);
export const companyResolver: Resolver<CompanyFormValues, unknown, CompanyInput> = zodResolver(companyFormSchema);

/** Parsed input → the stored fields, with the derived size class and EU class. */
export function toStoredFields(input: CompanyInput): Record<string, unknown> {
  return deriveCompany(input);
}

