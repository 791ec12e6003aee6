import { useCallback, useEffect, useRef, useState } from 'react';
import type { Meeting } from '../../../shared/domain/meeting';
import type { Profile } from '../../../shared/domain/common';
import { localDate, type Period } from '../../../shared/rules/weeks';
import { saveMeeting, type MeetingDraft } from '../../db/repositories/meetings';

export type Draft = MeetingDraft & { id: string };

const fromMeeting = (m: Meeting): Draft => ({
  id: m.id,
  date: m.date,
  periodStart: m.periodStart,
  periodEnd: m.periodEnd,
  participants: m.participants,
  notes: m.notes,
  agreements: m.agreements,
});

/**
 * The meeting being edited. A new meeting gets its id up front, so the first save (often the
 * first agreement) creates it and later saves update the same row. The draft is taken from
 * the database once; changes that arrive by sync while editing do not overwrite typing.
 */
export function useMeetingDraft(input: {
  meeting: Meeting | null | undefined;
  isNew: boolean;
  period: Period;
  profile: Profile | null | undefined;
}) {
  const { meeting, isNew, period, profile } = input;
  const [draft, setDraft] = useState<Draft | null>(null);
  const [savedJson, setSavedJson] = useState<string | null>(null);
  const initialised = useRef(false);

  useEffect(() => {
    if (initialised.current) return;
    if (isNew && profile !== undefined) {
      initialised.current = true;
      const fresh: Draft = {
        id: crypto.randomUUID(),
        date: localDate(new Date()),
        periodStart: period.from,
        periodEnd: period.to,
        participants: profile ? [{ advisorId: profile.advisorId, name: profile.name, organisation: profile.organisation }] : [],
        notes: '',
        agreements: [],
      };
      setDraft(fresh);
    } else if (!isNew && meeting) {
      initialised.current = true;
      const d = fromMeeting(meeting);
      setDraft(d);
      setSavedJson(JSON.stringify(d));
    }
  }, [isNew, meeting, period, profile]);

  const save = useCallback(async (next: Draft) => {
    setDraft(next);
    await saveMeeting(next);
    setSavedJson(JSON.stringify(next));
  }, []);

  const dirty = draft !== null && JSON.stringify(draft) !== savedJson;
  const saved = savedJson !== null;
  return { draft, setDraft, save, dirty, saved };
}
