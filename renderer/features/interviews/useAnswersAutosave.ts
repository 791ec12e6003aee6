import { useCallback, useEffect, useRef, useState } from 'react';
import type { AnswerValue } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import { saveAnswers, type AnswersUpdate } from '../../db/repositories/interviews';

/** How long typing may pause before the answers are written (the brief: at most 0.5 s). */
export const AUTOSAVE_DELAY_MS = 400;

export type SaveState =
  { kind: 'saved'; at: string } | { kind: 'pending' } | { kind: 'saving' } | { kind: 'error' };

const backupKey = (id: string) => `veldwerk:gesprek-onopgeslagen:${id}`;

type Backup = AnswersUpdate & { at: string };

/**
 * A synchronous safety copy for the moment the window closes: IndexedDB writes are
 * asynchronous and may not finish during `pagehide`, localStorage writes do. The copy is
 * used on the next open only when it is newer than the stored interview.
 */
function readBackup(interview: Interview): Backup | null {
  try {
    const raw = localStorage.getItem(backupKey(interview.id));
    if (!raw) return null;
    const backup = JSON.parse(raw) as Backup;
    return backup.at > interview.lastChangeAt ? backup : null;
  } catch {
    return null;
  }
}

function writeBackup(id: string, update: AnswersUpdate): void {
  try {
    localStorage.setItem(
      backupKey(id),
      JSON.stringify({ ...update, at: new Date().toISOString() } satisfies Backup),
    );
  } catch {
    // Storage full or unavailable: the IndexedDB flush below is still attempted.
  }
}

function dropBackup(id: string): void {
  try {
    localStorage.removeItem(backupKey(id));
  } catch {
    // nothing to clean up
  }
}

/**
 * Local answer state for one interview (the answers and the gesprekspartner's name), persisted
 * as it changes: debounced, and flushed at once on blur, on leaving the route (unmount) and
 * when the window is closed or reloaded.
 */
export function useAnswersAutosave(interview: Interview) {
  const [state, setState] = useState<AnswersUpdate>(() => {
    const backup = readBackup(interview);
    const respondentName = backup?.respondentName ?? interview.respondentName ?? '';
    return backup
      ? { answers: backup.answers, otherTexts: backup.otherTexts, respondentName }
      : { answers: interview.answers, otherTexts: interview.otherTexts, respondentName };
  });
  const [save, setSave] = useState<SaveState>(() =>
    readBackup(interview) ? { kind: 'pending' } : { kind: 'saved', at: interview.lastChangeAt },
  );
  const latest = useRef(state);
  const dirty = useRef(readBackup(interview) !== null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const id = interview.id;
  const editable = interview.status === 'concept';

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    chain.current = chain.current.then(async () => {
      if (!dirty.current || !editable) return;
      const snapshot = latest.current;
      dirty.current = false;
      setSave({ kind: 'saving' });
      try {
        const at = await saveAnswers(id, snapshot);
        if (latest.current === snapshot) {
          dropBackup(id);
          setSave({ kind: 'saved', at });
        } else setSave({ kind: 'pending' });
      } catch {
        dirty.current = true;
        setSave({ kind: 'error' });
      }
    });
    return chain.current;
  }, [id, editable]);

  const change = useCallback(
    (next: (prev: AnswersUpdate) => AnswersUpdate) => {
      if (!editable) return;
      const value = next(latest.current);
      latest.current = value;
      dirty.current = true;
      setState(value);
      setSave({ kind: 'pending' });
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), AUTOSAVE_DELAY_MS);
    },
    [editable, flush],
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

  // A backup found on open is written back right away.
  useEffect(() => {
    if (dirty.current) void flush();
  }, [flush]);

  useEffect(() => {
    const onHide = () => {
      if (!dirty.current) return;
      writeBackup(id, latest.current);
      void flush();
    };
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onHide);
      // Leaving the route: write what is pending (the component is gone, the promise is not).
      void flush();
    };
  }, [id, flush]);

  return {
    ...state,
    latest,
    save,
    setAnswer,
    setOtherText,
    setRespondentName,
    flush,
    isDirty: () => dirty.current,
  };
}
