import { localToday } from '../../../shared/dates/localDate';
import type { Guide } from '../../../shared/domain/guide';
import { exportColumns, EXPORT_FIXED_COLUMNS } from '../../../shared/guides/exportColumns';
import type { ExportColumn } from '../../../shared/export/columns';
import { toCsvBytes } from '../../../shared/export/csv';
import { t } from '../../../shared/i18n';
import { readCompanies } from '../../db/queries/companies';
import { readInterviewsForGuide } from '../../db/queries/interviews';
import { saveFile } from '../../platform/platform';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

type Row = Record<string, string | number | null>;

/**
 * Answers of every interview held with any version of a guide: one column per stable question
 * key (shared/guides/exportColumns), written with the app's CSV/XLSX writers.
 */
export async function exportGuideAnswers(
  versions: readonly Guide[],
  format: 'csv' | 'xlsx',
): Promise<number> {
  const guideKey = versions[0]?.guideKey;
  if (!guideKey) return 0;
  const [interviews, companies] = await Promise.all([
    readInterviewsForGuide(guideKey),
    readCompanies(),
  ]);
  const companyNames = Object.fromEntries(companies.map((c) => [c.id, c.name ?? c.id]));
  const table = exportColumns(versions, interviews, {
    companyNames,
    organisationNames: t.organisations,
  });
  const columns: ExportColumn<Row>[] = table.columns.map((c) => ({
    header: c.label,
    value: (row) => row[c.key],
    type: c.key === EXPORT_FIXED_COLUMNS.date ? 'date' : undefined,
  }));
  const newest = [...versions].sort((a, b) => b.version - a.version)[0]!;
  const base = tx.answersFile(newest.title, localToday());
  if (format === 'csv')
    await saveFile(`${base}.csv`, toCsvBytes(columns, table.rows), 'text/csv;charset=utf-8');
  else {
    // Loaded on demand: the XLSX writer is large and most sessions never export.
    const { toXlsx } = await import('../../../shared/export/xlsx');
    const bytes = await toXlsx([{ name: tx.answersSheet, columns, rows: table.rows }]);
    await saveFile(
      `${base}.xlsx`,
      bytes,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  }
  return table.rows.length;
}
