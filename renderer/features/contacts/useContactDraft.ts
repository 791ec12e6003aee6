import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonValue } from '../../../shared/sync/types';
import { clearDraft, readDraft, saveDraft } from '../../db/repositories/contactLogs';
import { useDebouncedSave, type SaveStatus } from '../../ui/useDebouncedSave';
import type { DraftSource } from './contactDrafts';
import { fromDraft, toDraft, type ContactFormState } from './contactForm';

const DRAFT_DELAY_MS = 300;

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
 * dialog or `retry` writes it again. Restored on the next open and removed on save.
 * `source` must be stable.
 */
export function useContactDraft(source: DraftSource): ContactDraft {
  const [state, setState] = useState<ContactFormState | null>(null);
  const [restored, setRestored] = useState(false);
  const dirty = useRef(false);

  const write = useCallback(
    (value: ContactFormState) =>
      source.worthKeeping(value)
        ? saveDraft(source.key, { ...(toDraft(value) as Record<string, JsonValue>), ...source.stamp })
        : clearDraft(source.key),
    [source],
  );
  const autosave = useDebouncedSave<ContactFormState>({ source: 'draft', delayMs: DRAFT_DELAY_MS, save: write });
  const { schedule, cancel, flush } = autosave;

  useEffect(() => {
    let cancelled = false;
    void readDraft(source.key).then((value) => {
      if (cancelled) return;
      const draft = fromDraft(value);
      const accepted = draft && value !== null ? source.accept(draft, value) : null;
      if (!accepted && value !== null && source.dropStale) void clearDraft(source.key);
      setState(accepted ?? source.fresh());
      setRestored(Boolean(accepted));
    });
    return () => {
      cancelled = true;
    };
  }, [source]);

  useEffect(() => {
    if (state && dirty.current) schedule(state);
  }, [state, schedule]);

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
