import { useCallback, useEffect, useRef, useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { CompanyInput } from '../../../shared/domain/company';
import { patchCompany } from '../../db/repositories/companies';
import { toStoredFields, type CompanyFormValues } from './companyForm';
import { changedFields } from '../../../shared/data/equality';

export type SaveState = 'saved' | 'pending' | 'saving' | 'invalid' | 'error';

const DELAY_MS = 400;

/**
 * Every change is saved without a save button: field edits are debounced (400 ms), flushed on
 * blur and when the page is left. Invalid input is never written; the state says so instead.
 */
export function useAutosave(
  companyId: string,
  form: UseFormReturn<CompanyFormValues, unknown, CompanyInput>,
  initial: Record<string, unknown>,
) {
  const [state, setState] = useState<SaveState>('saved');
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const lastSaved = useRef(initial);
  const running = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);

  const flush = useCallback(async (): Promise<boolean> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (running.current) await running.current;
    if (!dirty.current) return true;
    const valid = await form.trigger();
    if (!valid) {
      setState('invalid');
      return false;
    }
    dirty.current = false;
    // Read through the resolver so the stored values are exactly what the schema produced.
    let parsed: CompanyInput | null = null;
    await form.handleSubmit((data) => {
      parsed = data;
    })();
    if (!parsed) {
      setState('invalid');
      return false;
    }
    const fields = toStoredFields(parsed);
    const changes = changedFields(lastSaved.current, fields);
    if (Object.keys(changes).length === 0) {
      setState('saved');
      return true;
    }
    setState('saving');
    const job = patchCompany(companyId, changes)
      .then(() => {
        lastSaved.current = { ...lastSaved.current, ...changes };
        setError(null);
        setState(dirty.current ? 'pending' : 'saved');
      })
      .catch((e: unknown) => {
        dirty.current = true;
        setError(e instanceof Error ? e.message : String(e));
        setState('error');
      });
    running.current = job;
    await job;
    running.current = null;
    return !dirty.current;
  }, [companyId, form]);

  useEffect(() => {
    const sub = form.watch(() => {
      dirty.current = true;
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), DELAY_MS);
    });
    return () => sub.unsubscribe();
  }, [form, flush]);

  // Leaving the page (route change, closing the company) still writes what was typed.
  useEffect(() => () => void flush(), [flush]);

  const blocking = state === 'pending' || state === 'saving' || state === 'invalid' || state === 'error';
  useEffect(() => {
    if (!blocking) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      void flush();
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [blocking, flush]);

  return { state, error, flush, blocking };
}
