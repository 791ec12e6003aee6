import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CompanyInput } from '../../../shared/domain/company';
import { patchCompany } from '../../db/repositories/companies';
import { useDebouncedSave } from '../../ui/useDebouncedSave';
import { toStoredFields, type CompanyFormValues } from './companyForm';
import { changedFields } from '../../../shared/data/equality';

export type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'error';

/**
 * Every change is saved without a save button, through `useDebouncedSave`: field edits are
 * debounced, flushed on blur, on leaving the page and when the window closes. Invalid input is
 * never written; the state says so instead. A failed write is shown and reported, and stays
 * pending: the next change, blur or `flush` writes it again.
 */
export function useAutosave(
  companyId: string,
  form: UseFormReturn<CompanyFormValues, unknown, CompanyInput>,
  initial: Record<string, unknown>,
) {
  const lastSaved = useRef(initial);
  const [invalid, setInvalid] = useState(false);
  const invalidRef = useRef(false);
  const markInvalid = (next: boolean) => {
    invalidRef.current = next;
    setInvalid(next);
  };

  // The form is the value: a write reads it through the resolver, so the stored values are
  // exactly what the schema produced, and always the newest.
  const write = useCallback(async () => {
    let parsed: CompanyInput | null = null;
    if (await form.trigger())
      await form.handleSubmit((data) => {
        parsed = data;
      })();
    if (!parsed) {
      markInvalid(true);
      return;
    }
    markInvalid(false);
    const fields = toStoredFields(parsed);
    const changes = changedFields(lastSaved.current, fields);
    if (Object.keys(changes).length === 0) return;
    await patchCompany(companyId, changes);
    lastSaved.current = { ...lastSaved.current, ...changes };
  }, [companyId, form]);

  const autosave = useDebouncedSave<null>({ source: 'company', save: write });
  const { schedule, flush: flushPending } = autosave;

  const flush = useCallback(async (): Promise<boolean> => {
    const ok = await flushPending();
    return ok && !invalidRef.current;
  }, [flushPending]);

  useEffect(() => {
    const sub = form.watch(() => schedule(null));
    return () => sub.unsubscribe();
  }, [form, schedule]);

  const { status } = autosave;
  const state: SaveState =
    status.kind === 'pending' || status.kind === 'saving' || status.kind === 'error'
      ? status.kind
      : invalid
        ? 'invalid'
        : 'saved';
  const error = status.kind === 'error' ? status.message : null;

  const blocking = state !== 'saved';
  // Closing the window with something unsaved asks first (the write itself is attempted anyway).
  useEffect(() => {
    if (!blocking) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [blocking]);

  return { state, error, flush, blocking };
}
