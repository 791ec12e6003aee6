import { useState } from 'react';
import { parseReferenceSet, type ImportSummary, type ReferenceSet } from '../../../shared/domain/referenceSet';
import { readReferenceRows } from '../../db/queries/reference';
import { applyReferenceSet } from '../../db/repositories/reference';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { ImportSummaryTable } from './ImportSummaryTable';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const a = kx.admin;

type State =
  | { step: 'idle' }
  | { step: 'invalid'; fileName: string; errors: string[] }
  | { step: 'review'; fileName: string; set: ReferenceSet; summary: ImportSummary }
  | { step: 'done'; message: string };

/**
 * Import a reference set: validate with the shared parser (a bad file gives Dutch errors with
 * where the problem is, and nothing changes), show what would be added or changed, and only
 * after confirming apply everything in one write.
 */
export function ReferenceImport() {
  const [state, setState] = useState<State>({ step: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  async function read(file: File) {
    setError(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const result = parseReferenceSet(bytes, file.name, await readReferenceRows());
    setState(
      result.ok
        ? { step: 'review', fileName: file.name, set: result.set, summary: result.summary }
        : { step: 'invalid', fileName: file.name, errors: result.errors },
    );
  }

  async function apply(set: ReferenceSet) {
    setBusy(true);
    try {
      const r = await applyReferenceSet(set);
      setState({ step: 'done', message: a.applied(r.added, r.changed) });
      setInputKey((k) => k + 1);
    } catch (e) {
      setError(kf.importFailed(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  const cancel = () => {
    setState({ step: 'idle' });
    setInputKey((k) => k + 1);
  };

  return (
    <div>
      <p>{a.importBody}</p>
      <label className="btn btn-secondary kb-file">
        {a.importFile}
        <input
          key={inputKey}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) void read(file).catch((err: unknown) => setError(String(err)));
          }}
        />
      </label>
      {error && <Notice tone="error">{error}</Notice>}
      {state.step === 'invalid' && (
        <Notice tone="error" title={a.invalid(state.fileName)}>
          <ul className="kb-errors">
            {state.errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </Notice>
      )}
      {state.step === 'review' && (
        <div className="kb-review">
          <ImportSummaryTable summary={state.summary} caption={a.summaryTitle(state.fileName)} />
          {state.summary.added + state.summary.changed === 0 && <Notice>{a.nothingToDo}</Notice>}
          <div className="modal-actions">
            <Button variant="quiet" onPress={cancel} isDisabled={busy}>
              {a.cancel}
            </Button>
            <Button
              variant="primary"
              onPress={() => void apply(state.set)}
              isDisabled={busy || state.summary.added + state.summary.changed === 0}
            >
              {a.confirm}
            </Button>
          </div>
        </div>
      )}
      {state.step === 'done' && <Notice tone="success">{state.message}</Notice>}
    </div>
  );
}
