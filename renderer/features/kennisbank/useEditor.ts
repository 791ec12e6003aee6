import { useState } from 'react';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

/**
 * Save state of an editor dialog: runs the save, keeps a Dutch error message when it fails
 * (the dialog stays open with the input intact) and closes on success.
 */
export function useEditor<T>(save: (value: T) => Promise<unknown>, close: () => void) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (value: T) => {
    setBusy(true);
    setError(null);
    try {
      await save(value);
      close();
    } catch (e) {
      setError(kf.notSaved(e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  };
  return { error, busy, run, reset: () => setError(null) };
}
