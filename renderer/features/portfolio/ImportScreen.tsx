import { useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { portfolio } from '../../../shared/i18n/nl/portfolio';
import { importing } from '../../../shared/i18n/nl/import';
import { formatInt } from '../../../shared/i18n/format';
import { undoImport, writeImportPlan, type ImportResult } from '../../db/repositories/companies';
import { rememberMapping } from '../../db/repositories/imports';
import { snapshotBeforeImport } from '../../db/repositories/backups';
import { saveFile } from '../../platform/platform';
import { reportBackground } from '../../platform/problemReporter';
import { Button } from '../../ui/Button';
import { Notice, Page } from '../../ui/Page';
import { ImportFileStep } from './ImportFileStep';
import { ImportPreviewTable } from './ImportPreviewTable';
import { ImportSettings } from './ImportSettings';
import { useImportPlanner } from './useImportPlanner';
import '../../styles/portfolio.css';
import './ImportPreview.css';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

type Done = ImportResult & {
  undone?: boolean;
  fileName: string;
  skipped: number;
  failed: number;
  /** The skipped and refused rows as CSV for Dutch Excel, made when the import was written. */
  rejects: string;
};

const STEPS = [px.importScreen.bestandKiezen, px.importScreen.koppelenEnControleren, px.importScreen.klaar];

/**
 * The import wizard at /portefeuille/import: nothing is written until the advisor confirms.
 * Every visit starts a new wizard (keyed by the navigation), so a finished import is never shown
 * again when the advisor comes back quickly — router navigations run as React transitions, which
 * can keep the old screen mounted while the next one is still loading.
 */
export function ImportScreen() {
  return <ImportWizard key={useLocation().key} />;
}

function ImportWizard() {
  const navigate = useNavigate();
  const planner = useImportPlanner();
  const [result, setResult] = useState<Done | null>(null);
  const [writing, setWriting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { state } = planner;
  const step = result ? 2 : state.step === 'preview' ? 1 : 0;
  const blocked = state.step === 'preview' && state.preview.plan.problems.length > 0;

  return (
    <Page
      title={px.importScreen.bedrijvenImporteren}
      description={px.importScreen.leesEenLijstMet}
      actions={<Link to="/portefeuille" className="link">{px.importScreen.portefeuille}</Link>}
    >
      <ol className="steps" aria-label={px.importScreen.stappen}>
        {STEPS.map((s, i) => (
          <li key={s} className="step" aria-current={i === step ? 'step' : undefined}>
            {i + 1}. {s}
          </li>
        ))}
      </ol>
      {result ? (
        <Notice tone="success" title={result.undone ? px.importScreen.importOngedaanGemaakt : 'Import voltooid'}>
          <p>
            {result.undone
              ? px.importScreen.undone(result.fileName)
              : importing.done.summary(result.created, result.updated, result.skipped, result.failed, result.fileName)}
          </p>
          {!result.undone && result.skipped + result.failed > 0 && (
            <>
              <p>{importing.done.downloadExplain}</p>
              <Button
                onPress={() =>
                  void saveFile(
                    importing.done.rejectsFileName(result.fileName),
                    new TextEncoder().encode(result.rejects),
                    'text/csv;charset=utf-8',
                  )
                }
              >
                {importing.done.download}
              </Button>
            </>
          )}
          <div className="wizard-actions">
            {!result.undone && (
              <Button
                onPress={async () => {
                  await undoImport(result.importId);
                  setResult({ ...result, undone: true });
                }}
              >
                {px.importScreen.importOngedaanMaken}
              </Button>
            )}
            <Button variant="primary" onPress={() => navigate('/portefeuille')}>
              {px.importScreen.naarDePortefeuille}
            </Button>
          </div>
        </Notice>
      ) : state.step === 'choose' ? (
        <ImportFileStep onFile={(f) => void planner.choose(f)} error={state.error} />
      ) : state.step === 'busy' ? (
        <p className="loading" role="status">
          {state.message}
        </p>
      ) : (
        <>
          <ImportSettings preview={state.preview} remembered={state.remembered} onChange={planner.replan} />
          <section className="card" aria-labelledby="import-preview">
            <h2 id="import-preview">{px.importScreen.preview}</h2>
            {state.preview.plan.problems.length > 0 && (
              <Notice tone="error" title={importing.preview.problemsTitle}>
                {state.preview.plan.problems.map((p) => (
                  <p key={p}>{p}</p>
                ))}
              </Notice>
            )}
            {state.preview.plan.notices.map((p) => (
              <Notice key={p}>{p}</Notice>
            ))}
            <div className="import-summary" role="status" aria-live="polite">
              {(['create', 'update', 'skip', 'error'] as const).map((a) => (
                <span key={a} className="stat">
                  <span className="stat-value">{formatInt(state.preview.plan.counts[a])}</span>
                  {portfolio.import.action[a]}
                </span>
              ))}
              {state.busy && <span className="muted">{px.importScreen.bezigMetBijwerken}</span>}
            </div>
            <ImportPreviewTable plan={state.preview.plan} />
            {error && <Notice tone="error">{error}</Notice>}
            {blocked && <p className="field-description">{importing.preview.blocked}</p>}
            <div className="wizard-actions">
              <Button onPress={planner.reset}>{px.importScreen.anderBestandKiezen}</Button>
              <Button
                variant="primary"
                isDisabled={writing || state.busy || blocked || state.preview.plan.counts.create + state.preview.plan.counts.update === 0}
                onPress={async () => {
                  setWriting(true);
                  setError(null);
                  try {
                    const { preview } = state;
                    const fileName = preview.file.fileName;
                    // A snapshot first, so even an undone-then-regretted import can be rolled back.
                    await snapshotBeforeImport();
                    const r = await writeImportPlan(preview.plan, fileName);
                    const rejects = planner.rejects(preview);
                    setResult({ ...r, fileName, skipped: preview.plan.counts.skip, failed: preview.plan.counts.error, rejects: rejects.csv });
                    // The same headings next time get the same mapping; a failure here costs only that.
                    await rememberMapping(preview.headers, preview.mapping).catch(reportBackground('import-mapping', { lostWork: false }));
                  } catch (e) {
                    setError(px.importScreen.failed(e instanceof Error ? e.message : String(e)));
                  } finally {
                    setWriting(false);
                  }
                }}
              >
                {writing
                  ? px.importScreen.bezigMetImporteren
                  : px.importScreen.run(formatInt(state.preview.plan.counts.create), formatInt(state.preview.plan.counts.update))}
              </Button>
            </div>
          </section>
        </>
      )}
    </Page>
  );
}
