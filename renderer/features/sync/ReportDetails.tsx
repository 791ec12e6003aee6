import { syncUi } from '../../../shared/i18n/nl/sync';
import type { SyncDetails } from '../../db/queries/syncStatus';
import type { StoredReport } from '../../syncAdapter/syncService';
import { Notice } from '../../ui/Page';

/** Problems of the last round (in Dutch, with what to do) and the files that were set aside. */
export function ReportDetails({ details }: { details: SyncDetails }) {
  const report = details.lastReport as StoredReport | null;
  if (!report) return null;
  const problems = [...new Set(report.problems.map((p) => p.message))];
  return (
    <section className="card" aria-labelledby="sync-problems-title">
      <h2 id="sync-problems-title">{syncUi.problems.heading}</h2>
      {problems.length === 0 ? (
        <p>{syncUi.problems.none}</p>
      ) : (
        problems.map((message) => (
          <Notice key={message} tone={report.ok ? 'warning' : 'error'}>
            {message}
          </Notice>
        ))
      )}
      {report.skippedFiles.length > 0 && (
        <>
          <h3>{syncUi.files.heading}</h3>
          <p className="field-description">{syncUi.files.explain}</p>
          <ul className="plain-list sync-files" data-testid="sync-skipped-files">
            {report.skippedFiles.map((f) => (
              <li key={f.path}>
                <code>{f.path}</code>: {f.message}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
