import type { Guide } from '../domain/guide';
import { guideQuestions } from '../domain/guide';
import type { Interview } from '../domain/interview';
import { guides as nl } from '../i18n/nl/guides';
import { formatAnswer, relevantAnswers } from './relevance';
import { guideText } from './wording';

export type ExportColumn = { key: string; label: string };
export type ExportCell = string | number | null;
export type ExportTable = { columns: ExportColumn[]; rows: Record<string, ExportCell>[] };

/** Fixed columns; the leading underscore keeps them apart from question keys (which start with a letter). */
export const EXPORT_FIXED_COLUMNS = {
  company: '_company',
  date: '_date',
  advisor: '_advisor',
  organisation: '_organisation',
  version: '_version',
  status: '_status',
} as const;

type ExportOptions = {
  /** Company names by id; an unknown id is exported as the id itself. */
  companyNames?: Readonly<Record<string, string>>;
  /** Organisation names by key (defaults to the key). */
  organisationNames?: Readonly<Record<string, string>>;
};

/**
 * One column per stable question key across all versions of a guide: the newest version's
 * order and labels first, then keys that only older versions had. Because keys are stable,
 * an answer given with version 1 lands in the same column as one given with version 2.
 */
function questionColumns(versions: readonly Guide[]): ExportColumn[] {
  const newestFirst = [...versions].sort((a, b) => b.version - a.version);
  const columns: ExportColumn[] = [];
  const seen = new Set<string>();
  for (const guide of newestFirst) {
    for (const { item } of guideQuestions(guide)) {
      if (seen.has(item.key)) continue;
      seen.add(item.key);
      columns.push({ key: item.key, label: guideText(guide, item.label) });
    }
  }
  return columns;
}

/**
 * The answers of all interviews held with a guide (any version) as a table for a CSV/XLSX
 * writer. Each interview is read with its own version; only relevant answers are exported,
 * multi answers are joined with "; " and "anders" texts follow their option.
 */
export function exportColumns(
  versions: readonly Guide[],
  interviews: readonly Interview[],
  options: ExportOptions = {},
): ExportTable {
  const f = EXPORT_FIXED_COLUMNS;
  const h = nl.exportColumns;
  const columns: ExportColumn[] = [
    { key: f.company, label: h.company },
    { key: f.date, label: h.date },
    { key: f.advisor, label: h.advisor },
    { key: f.organisation, label: h.organisation },
    { key: f.version, label: h.version },
    { key: f.status, label: h.status },
    ...questionColumns(versions),
  ];
  const byId = new Map(versions.map((g) => [g.id, g]));
  const byVersion = new Map(versions.map((g) => [`${g.guideKey}@${g.version}`, g]));
  const newest = [...versions].sort((a, b) => b.version - a.version)[0];

  const rows = interviews
    .filter((i) => !i._deleted)
    .sort((a, b) => (a.finishedAt ?? a.startedAt).localeCompare(b.finishedAt ?? b.startedAt))
    .map((interview) => {
      const guide =
        byId.get(interview.guideId) ??
        byVersion.get(`${interview.guideKey}@${interview.guideVersion}`) ??
        newest;
      const row: Record<string, ExportCell> = Object.fromEntries(columns.map((c) => [c.key, null]));
      row[f.company] = options.companyNames?.[interview.companyId] ?? interview.companyId;
      row[f.date] = (interview.finishedAt ?? interview.startedAt).slice(0, 10);
      row[f.advisor] = interview.advisorName;
      row[f.organisation] =
        options.organisationNames?.[interview.organisation] ?? interview.organisation;
      row[f.version] = interview.guideVersion;
      row[f.status] = nl.interviewStatuses[interview.status];
      if (!guide) return row;
      const answers = relevantAnswers(guide, interview.answers);
      for (const { item } of guideQuestions(guide)) {
        const value = answers[item.key];
        if (value === undefined) continue;
        if ((item.kind === 'number' || item.kind === 'scale') && typeof value === 'number')
          row[item.key] = value;
        else if (item.kind === 'date' && typeof value === 'string') row[item.key] = value;
        else row[item.key] = formatAnswer(guide, item, value, interview.otherTexts[item.key]);
      }
      return row;
    });
  return { columns, rows };
}
