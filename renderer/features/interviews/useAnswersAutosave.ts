import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import { saveAnswers, type AnswersUpdate } from '../../db/repositories/interviews';
import { clearSaveBackup, DEFAULT_SAVE_DELAY_MS, readSaveBackup, useDebouncedSave } from '../../ui/useDebouncedSave';

/** How long typing may pause before the answers are written (the brief: at most 0.5 s). */
const AUTOSAVE_DELAY_MS = DEFAULT_SAVE_DELAY_MS;

export type SaveState =
  { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error' };

const backupKey = (id: string) => `interview:${id}`;
/** Where versions before `useDebouncedSave` left their copy; still read so an update loses nothing. */
const legacyKey = (id: string) => `veldwerk:gesprek-onopgeslagen:${id}`;

/**
 * The copy a closed window left (see `useDebouncedSave`), used only when it is newer than the
 * stored interview; an older one is removed. No other side effects: React may call it twice.
 */
function takeBackup(interview: Interview): AnswersUpdate | null {
  const copy = readSaveBackup<AnswersUpdate>(backupKey(interview.id));
  if (copy && new Date(copy.at).toISOString() > interview.lastChangeAt) return copy.value;
  if (copy) clearSaveBackup(backupKey(interview.id));
  try {
    const raw = localStorage.getItem(legacyKey(interview.id));
    if (!raw) return null;
    const { at, ...update } = JSON.parse(raw) as AnswersUpdate & { at: string };
    return at > interview.lastChangeAt ? update : null;
  } catch {
    return null;
  }
}

/**
 * Local answer state for one interview (the answers and the gesprekspartner's name), persisted
 * as it changes through `useDebouncedSave`: debounced, flushed at once on blur, on leaving the
 * route and when the window is closed or reloaded. A failed write is shown ("niet opgeslagen")
 * and stays pending: the next change, blur or `flush` writes it again.
 */
export function useAnswersAutosave(interview: Interview) {
  const id = interview.id;
  const editable = interview.status === 'concept';
  const [restored] = useState(() => (editable ? takeBackup(interview) : null));
  const [state, setState] = useState<AnswersUpdate>(() => {
    const respondentName = restored?.respondentName ?? interview.respondentName ?? '';
    return restored
      ? { answers: restored.answers, otherTexts: restored.otherTexts, respondentName }
      : { answers: interview.answers, otherTexts: interview.otherTexts, respondentName };
  });
  const latest = useRef(state);
  const [savedAt, setSavedAt] = useState(interview.lastChangeAt);

  const write = useCallback(
    async (update: AnswersUpdate) => {
      setSavedAt(await saveAnswers(id, update));
    },
    [id],
  );
  const autosave = useDebouncedSave<AnswersUpdate>({
    source: 'interview',
    backupKey: backupKey(id),
    delayMs: AUTOSAVE_DELAY_MS,
    save: write,
  });
  const { schedule, flush } = autosave;

  const change = useCallback(
    (next: (prev: AnswersUpdate) => AnswersUpdate) => {
      if (!editable) return;
      const value = next(latest.current);
      latest.current = value;
      setState(value);
      schedule(value);
    },
    [editable, schedule],
  );

  const setAnswer = useCallback(
    (key: string, value: AnswerValue) =>
      change((p) => ({ ...p, answers: { ...p.answers, [key]: value } })),
    [change],
  );
  const setOtherText = useCallback(
    (key: string, text: string) =>
      change((p) => ({ ...p, otherTexts: { ...p.otherTexts, [key]: text } })),
    [change],
  );
  const setRespondentName = useCallback(
    (name: string) => change((p) => ({ ...p, respondentName: name })),
    [change],
  );

  // A copy found on open is written back right away.
  useEffect(() => {
    try {
      localStorage.removeItem(legacyKey(id));
    } catch {
      // nothing to clean up
    }
    if (!restored) return;
    schedule(latest.current);
    void flush();
  }, [id, restored, schedule, flush]);

  const status = autosave.status;
  const save: SaveState =
    status.kind === 'idle' && restored
      ? { kind: 'pending' }
      : status.kind === 'idle' || status.kind === 'saved'
      ? { kind: 'saved', at: savedAt }
      : status.kind === 'error'
        ? { kind: 'error' }
        : { kind: status.kind };

  return {
    ...state,
    latest,
    save,
    setAnswer,
    setOtherText,
    setRespondentName,
    flush,
    isDirty: autosave.hasPending,
  };
}
