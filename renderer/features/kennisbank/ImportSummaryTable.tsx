import type { ImportSummary, ReferenceTable } from '../../../shared/domain/referenceSet';
import { formatInt } from '../../../shared/i18n/format';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const ROWS: { table: ReferenceTable; label: string }[] = [
  { table: 'terms', label: kf.tables.terms },
  { table: 'schemes', label: kf.tables.schemes },
  { table: 'networks', label: kf.tables.networks },
];
const a = kx.admin;

/** What an import would add, change or leave as it is, per table. */
export function ImportSummaryTable({ summary, caption }: { summary: ImportSummary; caption: string }) {
  return (
    <table className="simple-table kb-summary">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col" />
          <th scope="col" className="num">{a.added}</th>
          <th scope="col" className="num">{a.changed}</th>
          <th scope="col" className="num">{a.unchanged}</th>
        </tr>
      </thead>
      <tbody>
        {ROWS.map(({ table, label }) => (
          <tr key={table}>
            <th scope="row">{label}</th>
            <td className="num">{formatInt(summary.byTable[table].added)}</td>
            <td className="num">{formatInt(summary.byTable[table].changed)}</td>
            <td className="num">{formatInt(summary.byTable[table].unchanged)}</td>
          </tr>
        ))}
        <tr className="kb-summary-total">
          <th scope="row">{a.total}</th>
          <td className="num">{formatInt(summary.added)}</td>
          <td className="num">{formatInt(summary.changed)}</td>
          <td className="num">{formatInt(summary.unchanged)}</td>
        </tr>
      </tbody>
    </table>
  );
}
