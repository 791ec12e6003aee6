import { useCallback, useEffect, useRef, useState } from 'react';
import { sameFieldValue } from '../../../shared/data/equality';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Profile } from '../../../shared/domain/common';
import { localDate } from '../../../shared/dates/localDate';
import { type Period } from '../../../shared/rules/weeks';
import { saveMeetingChanges, type MeetingDraft } from '../../db/repositories/meetings';
import { clearSaveBackup, readSaveBackup, useDebouncedSave } from '../../ui/useDebouncedSave';
import { errors } from '../../../shared/i18n/nl/errors';
import { UserError } from '../../../shared/userError';

export type Draft = MeetingDraft & { id: string };

const FIELDS = ['date', 'periodStart', 'periodEnd', 'participants', 'notes', 'agreements'] as const;

const fromMeeting = (m: Meeting): Draft => ({
  id: m.id,
  date: m.date,
  periodStart: m.periodStart,
  periodEnd: m.periodEnd,
  participants: m.participants,
  notes: m.notes,
  agreements: m.agreements,
});

/** Whether a draft can be written: the schema refuses a period that ends before it starts. */
export const isSavable = (d: Draft) => d.periodStart <= d.periodEnd;

/**
 * The meeting being edited, saved as it is typed (`useDebouncedSave`): a new meeting gets its
 * id up front and is created by its first edit — not before, so opening "new" and leaving
 * writes nothing and claims nothing unsaved. The draft is taken from the database once; a
 * write carries only the fields edited here on top of the stored row, so a partner's change to
 * another field that arrived by sync meanwhile is kept.
 */
export function useMeetingDraft(input: {
  id: string;
  meeting: Meeting | null | undefined;
  isNew: boolean;
  period: Period;
  profile: Profile | null | undefined;
  /** At the first edit of a new meeting: move the address to its id, so a reload finds it. */
  onFirstEdit?: (id: string) => void;
}) {
  const { id, meeting, isNew, period, profile } = input;
  const [draft, setDraftState] = useState<Draft | null>(null);
  const [exists, setExists] = useState(!isNew);
  const [restored, setRestored] = useState(false);
  const latest = useRef<Draft | null>(null);
  /** What the database held when the draft was taken, or last written from here. */
  const base = useRef<Draft | null>(null);
  const onFirstEdit = useRef(input.onFirstEdit);
  onFirstEdit.current = input.onFirstEdit;
  const edited = useRef(false);
  const initialised = useRef(false);

  const write = useCallback(async (next: Draft) => {
    const changed = FIELDS.filter((field) => !base.current || !sameFieldValue(next[field], base.current[field]));
    await saveMeetingChanges(next, changed);
    base.current = next;
    setExists(true);
  }, []);

  const autosave = useDebouncedSave<Draft>({ source: 'meeting', backupKey: `meeting:${id}`, save: write });
  const { schedule, flush } = autosave;

  useEffect(() => {
    if (initialised.current) return;
    if (isNew && profile !== undefined) {
      initialised.current = true;
      const fresh: Draft = {
        id,
        date: localDate(new Date()),
        periodStart: period.from,
        periodEnd: period.to,
        participants: profile ? [{ advisorId: profile.advisorId, name: profile.name, organisation: profile.organisation }] : [],
        notes: '',
        agreements: [],
      };
      latest.current = fresh;
      setDraftState(fresh);
    } else if (!isNew && meeting) {
      initialised.current = true;
      const d = fromMeeting(meeting);
      base.current = d;
      // A page closed before its last write finished left a copy. It is removed after every
      // successful write, so a copy that differs from the row is typing that never got stored:
      // it is restored (over the stored row, field by field, see `write`), never dropped.
      const backup = readSaveBackup<Draft>(`meeting:${id}`);
      const differs = (b: Draft) => FIELDS.some((f) => !sameFieldValue(b[f], d[f]));
      const fresher = backup && backup.value.id === id && differs(backup.value) ? backup.value : null;
      if (backup && !fresher) clearSaveBackup(`meeting:${id}`);
      latest.current = fresher ?? d;
      setDraftState(fresher ?? d);
      if (fresher) {
        setRestored(true);
        schedule(fresher);
        void flush();
      }
    } else if (!isNew && meeting === null) {
      // Deleted, or never synced here; a copy left by a closed page is still not thrown away.
      const backup = readSaveBackup<Draft>(`meeting:${id}`);
      if (backup && backup.value.id === id) {
        initialised.current = true;
        latest.current = backup.value;
        setDraftState(backup.value);
        setRestored(true);
        schedule(backup.value);
        void flush();
      }
    }
  }, [id, isNew, meeting, period, profile, schedule, flush]);

  /** Apply an edit; it is written after a short pause (or at once with `saveNow`). */
  const change = useCallback(
    (patch: Partial<Draft>) => {
      if (!latest.current) return;
      const next = { ...latest.current, ...patch };
      latest.current = next;
      setDraftState(next);
      if (isSavable(next)) schedule(next);
      if (isNew && !edited.current) onFirstEdit.current?.(next.id);
      edited.current = true;
    },
    [schedule, isNew],
  );

  /** Apply an edit and write it now; throws when it could not be written. */
  const saveNow = useCallback(
    async (patch: Partial<Draft>) => {
      change(patch);
      if (!(await flush()) && autosave.hasPending()) throw new UserError(errors.meetingNotSaved);
    },
    [change, flush, autosave],
  );

  return { draft, change, saveNow, exists, restored, autosave };
}
