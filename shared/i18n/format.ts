/** nl-NL formatting used everywhere a user reads a date or number. */
const dateFmt = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const shortDateFmt = new Intl.DateTimeFormat('nl-NL', { day: '2-digit', month: '2-digit', year: 'numeric' });
const dateTimeFmt = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const timeFmt = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit' });
const intFmt = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decFmt = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const pctFmt = new Intl.NumberFormat('nl-NL', { style: 'percent', maximumFractionDigits: 1 });
const eurFmt = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

type DateInput = Date | number | string;
const toDate = (d: DateInput) => (d instanceof Date ? d : new Date(d));

export const formatDate = (d: DateInput) => dateFmt.format(toDate(d));
export const formatShortDate = (d: DateInput) => shortDateFmt.format(toDate(d));
export const formatDateTime = (d: DateInput) => dateTimeFmt.format(toDate(d));
export const formatTime = (d: DateInput) => timeFmt.format(toDate(d));
export const formatInt = (n: number) => intFmt.format(n);
export const formatDecimal = (n: number) => decFmt.format(n);
export const formatPercent = (fraction: number) => pctFmt.format(fraction);
export const formatEuro = (n: number) => eurFmt.format(n);

/** "3 bedrijven" / "1 bedrijf": Dutch count with singular and plural. */
export function formatCount(n: number, singular: string, plural: string): string {
  return `${formatInt(n)} ${n === 1 ? singular : plural}`;
}
