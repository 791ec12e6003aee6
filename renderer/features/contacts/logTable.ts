import { GEMEENTE_LABELS, type Gemeente } from '../../../shared/domain/common';
import { CHANNEL_LABELS, TOPIC_LABELS } from '../../../shared/domain/contactLog';
import type { ExportColumn } from '../../../shared/export/columns';
import { common } from '../../../shared/i18n/nl/common';
import { contacts } from '../../../shared/i18n/nl/contacts';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../shared/rules/sizeClass';
import { localDate } from '../../../shared/dates/localDate';
import type { CompanyRow } from '../../db/queries/companies';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

/** A contact log with the company facts the list filters and shows. */
export type LogView = {
  log: ContactLogRow;
  companyName: string;
  gemeente: string | null;
  sizeClass: string | null;
  /** Local calendar date, for the period filter. */
  date: string;
};

/** '' means "all" for every field. */
export type LogFilter = {
  from: string;
  to: string;
  organisation: string;
  advisorId: string;
  channel: string;
  topic: string;
  gemeente: string;
  sizeClass: string;
  visibility: string;
};

export const EMPTY_FILTER: LogFilter = {
  from: '', to: '', organisation: '', advisorId: '', channel: '', topic: '', gemeente: '', sizeClass: '', visibility: '',
};

export function toViews(logs: readonly ContactLogRow[], companies: ReadonlyMap<string, CompanyRow>): LogView[] {
  return logs.map((log) => {
    const c = companies.get(log.companyId);
    return {
      log,
      companyName: c?.name ?? ui.logs.unknownCompany,
      gemeente: c?.gemeente ?? null,
      sizeClass: c?.sizeClass ?? null,
      date: localDate(log.at),
    };
  });
}

export function filterLogs(views: readonly LogView[], f: LogFilter): LogView[] {
  return views.filter(
    (v) =>
      (!f.from || v.date >= f.from) &&
      (!f.to || v.date <= f.to) &&
      (!f.organisation || v.log.organisation === f.organisation) &&
      (!f.advisorId || v.log.advisorId === f.advisorId) &&
      (!f.channel || v.log.channel === f.channel) &&
      (!f.topic || (v.log.topics as string[]).includes(f.topic)) &&
      (!f.gemeente || v.gemeente === f.gemeente) &&
      (!f.sizeClass || (v.sizeClass ?? 'onbekend') === f.sizeClass) &&
      (!f.visibility || v.log.visibility === f.visibility),
  );
}

export const activeFilterCount = (f: LogFilter) => Object.values(f).filter(Boolean).length;

export const gemeenteLabel = (g: string | null) => (g ? (GEMEENTE_LABELS[g as Gemeente] ?? g) : '');
export const sizeLabel = (s: string | null) => SIZE_CLASS_LABELS[(s ?? 'onbekend') as SizeClass] ?? s ?? '';
export const organisationLabel = (o: string) => common.organisationsShort[o as keyof typeof common.organisationsShort] ?? o;
export const topicsLabel = (log: ContactLogRow) => log.topics.map((t) => TOPIC_LABELS[t] ?? t).join(', ');

const c = ui.logs.columns;

/** The export: the filtered rows, with what the advisor sees plus the full texts. */
export const EXPORT_COLUMNS: ExportColumn<LogView>[] = [
  { header: c.at, value: (v) => v.log.at, type: 'datetime' },
  { header: c.company, value: (v) => v.companyName },
  { header: c.gemeente, value: (v) => gemeenteLabel(v.gemeente) },
  { header: c.sizeClass, value: (v) => sizeLabel(v.sizeClass) },
  { header: c.organisation, value: (v) => common.organisations[v.log.organisation] ?? v.log.organisation },
  { header: c.advisor, value: (v) => v.log.advisorName },
  { header: c.channel, value: (v) => CHANNEL_LABELS[v.log.channel] ?? v.log.channel },
  { header: c.topics, value: (v) => topicsLabel(v.log) },
  { header: c.summary, value: (v) => v.log.summary, width: 60 },
  { header: c.outcome, value: (v) => v.log.outcome, width: 40 },
  { header: c.visibility, value: (v) => contacts.visibility[v.log.visibility] },
];
