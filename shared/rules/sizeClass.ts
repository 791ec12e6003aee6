import { z } from 'zod';
import { domainLabels } from '../i18n/nl/domainLabels';
import { validation } from '../i18n/nl/validation';
import { sizeBasis } from '../i18n/nl/sizeBasis';

/**
 * Company size (recommendation 6 of the 2017 report: register bedrijfsomvang). The bands 1–4 …
 * 20–25 are those of Tabel 1 of the report; above 25 we follow the EU staff headcount limits.
 * Only the headcount is known to us, never turnover or balance total, so the EU class is the
 * staff criterion alone.
 */

export const SIZE_CLASSES = [
  'zzp',
  '1-4',
  '5-9',
  '10-14',
  '15-19',
  '20-25',
  '26-49',
  '50-249',
  '250+',
  'onbekend',
] as const;
export const sizeClassSchema = z.enum(SIZE_CLASSES);
export type SizeClass = z.infer<typeof sizeClassSchema>;

export const EU_CLASSES = ['micro', 'klein', 'middelgroot', 'groot', 'onbekend'] as const;
export const euClassSchema = z.enum(EU_CLASSES);
export type EuClass = z.infer<typeof euClassSchema>;

export const SIZE_CLASS_LABELS: Record<SizeClass, string> = domainLabels.sizeClass;

export const EU_CLASS_LABELS: Record<EuClass, string> = domainLabels.euClass;

/** A range of employees when only a band is known; `max: null` means "or more". */
export const sizeBandSchema = z
  .object({
    min: z.number().int().min(0),
    max: z.number().int().min(0).nullable(),
  })
  .refine((b) => b.max === null || b.max >= b.min, { message: validation.sizeBand });
export type SizeBand = z.infer<typeof sizeBandSchema>;

/** Inclusive ranges of the numbered classes; `Infinity` for the open top. */
const CLASS_RANGES: readonly (readonly [SizeClass, number, number])[] = [
  ['1-4', 1, 4],
  ['5-9', 5, 9],
  ['10-14', 10, 14],
  ['15-19', 15, 19],
  ['20-25', 20, 25],
  ['26-49', 26, 49],
  ['50-249', 50, 249],
  ['250+', 250, Infinity],
];

export const SMALL_MKB_MAX = 25;

/**
 * What an employee figure counts (issue 15). KvK "werkzame personen" includes the owner(s); the
 * interview guides count staff "in loondienst", without the owner. 'onbekend' for older rows,
 * partners' rows and lists whose heading does not say.
 */
export const EMPLOYEES_BASES = ['werkzame-personen', 'in-loondienst', 'onbekend'] as const;
export const employeesBasisSchema = z.enum(EMPLOYEES_BASES);
export type EmployeesBasis = z.infer<typeof employeesBasisSchema>;

/** Owners assumed next to an "in loondienst" count, to put it on Tabel 1's KvK basis. */
export const OWNERS_ASSUMED = 1;

/**
 * The one counting rule: every band, EU class and the ≤ 25 test are read on the KvK basis of
 * Tabel 1, werkzame personen. A count in loondienst gets the owner added; an unknown basis is
 * taken as it stands (as before the basis was recorded).
 */
export function toWerkzamePersonen(n: number, basis: EmployeesBasis | null | undefined): number {
  return basis === 'in-loondienst' ? n + OWNERS_ASSUMED : n;
}

export type SizeInfo = {
  sizeClass: SizeClass;
  euClass: EuClass;
  /** At most 25 employees (the report's "klein MKB"); null when the size leaves it open. */
  isSmallMkb: boolean | null;
  /** Classes the company could be in; one entry when the size is pinned down. */
  candidates: SizeClass[];
};

function classOf(n: number): SizeClass {
  // An MKB row with 0 employees is an owner-only company (a BV with a director): smallest class.
  const count = Math.max(1, n);
  for (const [cls, lo, hi] of CLASS_RANGES) if (count >= lo && count <= hi) return cls;
  return 'onbekend';
}

function euOf(n: number): EuClass {
  if (n < 10) return 'micro';
  if (n < 50) return 'klein';
  if (n < 250) return 'middelgroot';
  return 'groot';
}

/**
 * The one size rule. An exact count wins over a band. A band that straddles two Tabel 1 classes
 * (KvK's "10 t/m 19") gives size class 'onbekend' — the advisor should fill in the count — but
 * the EU class and the ≤ 25 test are still answered where the band settles them. The count is
 * first put on the werkzame-personen basis (`toWerkzamePersonen`), so a KvK row of 5 and a guide
 * answer of 4 in loondienst land in the same class.
 */
export function classifySize(
  kind: 'mkb' | 'zzp',
  employees: number | null,
  employeeBand: SizeBand | null,
  basis: EmployeesBasis | null = 'onbekend',
): SizeInfo {
  if (kind === 'zzp') return { sizeClass: 'zzp', euClass: 'micro', isSmallMkb: true, candidates: ['zzp'] };
  if (employees !== null && Number.isFinite(employees) && employees >= 0) {
    const n = toWerkzamePersonen(Math.floor(employees), basis);
    const cls = classOf(n);
    return { sizeClass: cls, euClass: euOf(n), isSmallMkb: n <= SMALL_MKB_MAX, candidates: [cls] };
  }
  if (employeeBand) {
    const lo = toWerkzamePersonen(employeeBand.min, basis);
    const hi = employeeBand.max === null ? Infinity : toWerkzamePersonen(employeeBand.max, basis);
    const candidates = CLASS_RANGES.filter(([, a, b]) => Math.max(1, lo) <= b && hi >= a).map(([c]) => c);
    const loEu = euOf(lo);
    const hiEu = hi === Infinity ? 'groot' : euOf(hi);
    return {
      sizeClass: candidates.length === 1 ? candidates[0]! : 'onbekend',
      euClass: loEu === hiEu ? loEu : 'onbekend',
      isSmallMkb: hi <= SMALL_MKB_MAX ? true : lo > SMALL_MKB_MAX ? false : null,
      candidates,
    };
  }
  return { sizeClass: 'onbekend', euClass: 'onbekend', isSmallMkb: null, candidates: [] };
}

export type ParsedSize =
  | { ok: true; employees: number | null; band: SizeBand | null }
  | { ok: false };

const NUM = String.raw`(\d{1,3}(?:\.\d{3})+|\d+)(?:,0+)?`;
const toInt = (s: string) => Number(s.replace(/\./g, ''));
// Compiled once: the import runs these on every row.
const RE_EXACT = new RegExp(`^${NUM}$`);
const RE_RANGE = new RegExp(`^${NUM} ?(?:t/m|tm|tot en met|-|–) ?${NUM}$`);
const RE_UNTIL = new RegExp(`^${NUM} tot ${NUM}$`);
const RE_OR_MORE = new RegExp(`^(?:${NUM} ?(?:\\+|of meer|en meer|en hoger))$`);
const RE_ABOVE = new RegExp(`^(?:>=? ?|meer dan |vanaf )${NUM}$`);
const RE_BELOW = new RegExp(`^(?:<=? ?|minder dan |tot )${NUM}$`);
const RE_WORDS = /werkzame personen|werkzaam persoon|werkzame persoon|werknemers?|medewerkers?|personen|persoon|fte|wp|ca\.?|circa|±|~/g;

/**
 * Reads what spreadsheets put in a "werkzame personen" column: "12", "12,0", "5 t/m 9", "5-9",
 * "10 tot 20" (exclusive upper bound), "1 werkzame persoon", "250+", "1.000 of meer",
 * "meer dan 50", "ca. 10". Empty input is a valid "unknown".
 */
export function parseEmployees(raw: string): ParsedSize {
  const s = raw
    .toLowerCase()
    .replace(/[\u2013\u2014]/g, '-')
    .replace(RE_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '' || s === '-' || s === 'onbekend' || s === 'n.b.' || s === 'nb') return { ok: true, employees: null, band: null };
  let m: RegExpExecArray | null;
  if ((m = RE_EXACT.exec(s))) return { ok: true, employees: toInt(m[1]!), band: null };
  if ((m = RE_RANGE.exec(s))) {
    return band(toInt(m[1]!), toInt(m[2]!));
  }
  if ((m = RE_UNTIL.exec(s))) return band(toInt(m[1]!), toInt(m[2]!) - 1);
  if ((m = RE_OR_MORE.exec(s))) {
    return { ok: true, employees: null, band: { min: toInt(m[1]!), max: null } };
  }
  if ((m = RE_ABOVE.exec(s))) {
    const n = toInt(m[1]!);
    return { ok: true, employees: null, band: { min: s.startsWith('>=') || s.startsWith('vanaf') ? n : n + 1, max: null } };
  }
  if ((m = RE_BELOW.exec(s))) {
    const n = toInt(m[1]!);
    return band(0, s.startsWith('<=') ? n : n - 1);
  }
  return { ok: false };
}

function band(min: number, max: number): ParsedSize {
  if (max < min) return { ok: false };
  if (min === max) return { ok: true, employees: min, band: null };
  return { ok: true, employees: null, band: { min, max } };
}

/** "5–9" or "250 of meer" for showing a band. */
export function formatSizeBand(b: SizeBand): string {
  return b.max === null ? sizeBasis.orMore(b.min) : `${b.min}–${b.max}`;
}
