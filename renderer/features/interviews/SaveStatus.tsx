import type { SaveState } from './useAnswersAutosave';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

/** "Opgeslagen om 14:32", announced politely to screen readers. */
export function SaveStatus({ state }: { state: SaveState }) {
  const text =
    state.kind === 'saved'
      ? tx.conduct.savedAt(state.at)
      : state.kind === 'saving'
        ? tx.conduct.saving
        : state.kind === 'pending'
          ? tx.conduct.unsaved
          : tx.conduct.saveFailed;
  return (
    <span className={`save-status save-${state.kind}`} role="status" aria-live="polite">
      {text}
    </span>
  );
}
