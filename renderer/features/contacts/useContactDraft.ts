import { useCallback, useEffect, useRef, useState } from 'react';
import type { JsonValue } from '../../../shared/sync/types';
import { clearDraft, readDraft, saveDraft } from '../../db/repositories/contactLogs';
import { reportBackground } from '../../platform/problemReporter';
import type { DraftSource } from './contactDrafts';
import { fromDraft, toDraft, type ContactFormState } from './contactForm';

const DRAFT_DELAY_MS = 300;
/** A draft that could not be written is work the advisor would lose: recorded and told. */
const draftFailed = reportBackground('draft', { lostWork: true });

type Pending = { current: ContactFormState | null };

/** Write the pending draft now (or remove it when the form holds nothing worth keeping). */
function flush(source: DraftSource, pending: Pending): Promise<void> {
  const state = pending.current;
  pending.current = null;
  if (!state) return Promise.resolve();
  if (!source.worthKeeping(state)) return clearDraft(source.key);
  return saveDraft(source.key, { ...(toDraft(state) as Record<string, JsonValue>), ...source.stamp });
}

export type ContactDraft = {
  state: ContactFormState | null;
  patch: (p: Partial<ContactFormState>) => void;
  /** True when the form was filled from a stored draft. */
  restored: boolean;
  /** Back to the fresh form, draft removed. */
  discard: () => void;
  /** After saving or deleting: stop keeping drafts and remove the stored one. */
  forget: () => Promise<void>;
};

/**
 * The contact form's state, kept as a draft (debounced) so that closing the dialog by accident
 * loses nothing; restored on the next open and removed on save. `source` must be stable.
 */
export function useContactDraft(source: DraftSource): ContactDraft {
  const [state, setState] = useState<ContactFormState | null>(null);
  const [restored, setRestored] = useState(false);
  const dirty = useRef(false);
  const pending = useRef<ContactFormState | null>(null);

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

  // At most one write per 300 ms of typing, and whatever is pending is written when the dialog
  // closes, so that Esc right after typing loses nothing either.
  useEffect(() => {
    if (!state || !dirty.current) return;
    pending.current = state;
    const timer = setTimeout(() => void flush(source, pending).catch(draftFailed), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state, source]);
  useEffect(() => () => void flush(source, pending).catch(draftFailed), [source]);

  const patch = useCallback((p: Partial<ContactFormState>) => {
    dirty.current = true;
    setState((s) => (s ? { ...s, ...p } : s));
  }, []);

  const forget = useCallback(async () => {
    pending.current = null;
    dirty.current = false;
    await clearDraft(source.key);
  }, [source]);

  const discard = useCallback(() => {
    void forget();
    setRestored(false);
    setState(source.fresh());
  }, [forget, source]);

  return { state, patch, restored, discard, forget };
}
