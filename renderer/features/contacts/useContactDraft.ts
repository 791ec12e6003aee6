import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonValue } from '../../../shared/sync/types';
import { clearDraft, readDraft, saveDraft } from '../../db/repositories/contactLogs';
import { clearSaveBackup, readSaveBackup, useDebouncedSave, type SaveStatus } from '../../ui/useDebouncedSave';
import type { DraftSource } from './contactDrafts';
import { fromDraft, toDraft, type ContactFormState } from './contactForm';

const DRAFT_DELAY_MS = 300;

/** The form, and the draft as stored (the form with the source's stamp). */
type Stored = { state: ContactFormState; raw: JsonValue };

export type ContactDraft = {
  state: ContactFormState | null;
  patch: (p: Partial<ContactFormState>) => void;
  /** True when the form was filled from a stored draft. */
  restored: boolean;
  /** Back to the fresh form, draft removed. */
  discard: () => void;
  /** After saving or deleting: stop keeping drafts and remove the stored one. */
  forget: () => Promise<void>;
  /** Whether the draft is written; on `error` it stays pending and `retry` (or the next edit) writes it. */
  status: SaveStatus;
  retry: () => Promise<boolean>;
};

/**
 * The contact form's state, kept as a draft (`useDebouncedSave`, at most one write per 300 ms)
 * so that closing the dialog by accident loses nothing: whatever is pending is written when the
 * dialog closes, so Esc right after typing loses nothing either. A draft that could not be
 * written is recorded and told (source `draft`) and stays pending: the next edit, closing the
 * dialog or `retry` writes it again; a window closed before the write ended, or a write that
 * failed, leaves a copy in localStorage that the next open prefers. Restored on the next open
 * and removed on save.
 * `source` must be stable.
 */
export function useContactDraft(source: DraftSource): ContactDraft {
  const [state, setState] = useState<ContactFormState | null>(null);
  const [restored, setRestored] = useState(false);
  const dirty = useRef(false);

  const backupKey = `contact:${source.key}`;
  const write = useCallback(
    ({ state: value, raw }: Stored) => (source.worthKeeping(value) ? saveDraft(source.key, raw) : clearDraft(source.key)),
    [source],
  );
  const autosave = useDebouncedSave<Stored>({ source: 'draft', delayMs: DRAFT_DELAY_MS, backupKey, save: write });
  const { schedule, cancel, flush } = autosave;

  useEffect(() => {
    let cancelled = false;
    void readDraft(source.key).then((stored) => {
      if (cancelled) return;
      // A copy left by a closed window or a failed write is newer than the stored draft (it is
      // removed after every successful write), so it is tried first.
      const copy = readSaveBackup<Stored>(backupKey)?.value.raw ?? null;
      const take = (value: JsonValue | null) => {
        const draft = value === null ? null : fromDraft(value);
        return draft && value !== null ? source.accept(draft, value) : null;
      };
      const fromCopy = take(copy);
      const accepted = fromCopy ?? take(stored);
      if (!accepted && source.dropStale) {
        if (stored !== null) void clearDraft(source.key);
        clearSaveBackup(backupKey);
      }
      // A restored copy is not stored yet: it is written like an edit.
      if (fromCopy) dirty.current = true;
      setState(accepted ?? source.fresh());
      setRestored(Boolean(accepted));
    });
    return () => {
      cancelled = true;
    };
  }, [source, backupKey]);

  useEffect(() => {
    if (state && dirty.current) schedule({ state, raw: { ...(toDraft(state) as Record<string, JsonValue>), ...source.stamp } });
  }, [state, source, schedule]);

  const patch = useCallback((p: Partial<ContactFormState>) => {
    dirty.current = true;
    setState((s) => (s ? { ...s, ...p } : s));
  }, []);

  const forget = useCallback(async () => {
    cancel();
    dirty.current = false;
    // A write already under way must not bring the draft back after it is removed.
    await flush();
    await clearDraft(source.key);
  }, [cancel, flush, source]);

  const discard = useCallback(() => {
    void forget();
    setRestored(false);
    setState(source.fresh());
  }, [forget, source]);

  return { state, patch, restored, discard, forget, status: autosave.status, retry: flush };
}
