import { useEffect, useState, type ReactNode } from 'react';
import { t } from '../../shared/i18n';
import { shell } from '../../shared/i18n/nl/shell';
import { openDatabase, type OpenProblem } from '../db/openDatabase';
import { maybeDailySnapshot } from '../db/snapshots';
import { problems, reportBackground } from '../platform/problemReporter';
import { Button } from '../ui/Button';

type State = { kind: 'opening' } | { kind: 'open' } | { kind: 'problem'; problem: OpenProblem; waiting: boolean };

/**
 * Opens the database before anything else renders. Every failure gets a plain Dutch
 * explanation and a way out; nothing is ever wiped automatically.
 */
export function DatabaseGate({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ kind: 'opening' });
  const [replaced, setReplaced] = useState(false);

  useEffect(() => {
    let cancelled = false;
    void openDatabase((problem) => !cancelled && setState({ kind: 'problem', problem, waiting: true })).then(
      (result) => {
        if (cancelled) return;
        if (!result.ok) {
          setState({ kind: 'problem', problem: result.problem, waiting: false });
          return;
        }
        result.db.on('versionchange', () => {
          // Another window upgraded the database: this one must reload to use the new schema.
          result.db.close();
          setReplaced(true);
          return false;
        });
        setState({ kind: 'open' });
        // The daily snapshot runs after start-up, off the critical path.
        problems.setSink((record) => result.db.problems.add(record));
        setTimeout(() => void maybeDailySnapshot(result.db).catch(reportBackground('snapshot')), 5_000);
      },
    );
    return () => {
      cancelled = true;
    };
  }, []);

  if (replaced) {
    return (
      <Problem title={shell.database.replacedTitle}>
        <p>{shell.database.replaced}</p>
        <Button variant="primary" onPress={() => window.location.reload()}>
          {shell.database.reload}
        </Button>
      </Problem>
    );
  }
  if (state.kind === 'opening') {
    return (
      <div className="loading" role="status">
        {shell.database.opening}
      </div>
    );
  }
  if (state.kind === 'problem') {
    return (
      <Problem title={state.problem.title}>
        <p>{state.problem.message}</p>
        {state.waiting ? (
          <p role="status">{shell.database.waiting}</p>
        ) : (
          <Button variant="primary" onPress={() => window.location.reload()}>
            {t.actions.retry}
          </Button>
        )}
        {state.problem.detail && (
          <details>
            <summary>{shell.database.details}</summary>
            <code>{state.problem.detail}</code>
          </details>
        )}
      </Problem>
    );
  }
  return <>{children}</>;
}

function Problem({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main className="first-run" id="main">
      <div className="first-run-card" role="alert">
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
