import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldValues, type Path, type PathValue } from 'react-hook-form';
import { useNavigate } from 'react-router';
import type { z } from 'zod';
import { keyFromName } from './forms';
import { useEditor } from './useEditor';

/**
 * The form behind a kennisbank editor (begrip, regeling, netwerk): validated with its zod
 * schema, saved as one write, closed on success (or kept open with the error), and a new item
 * opens its own page. A new item takes its key from its name until the advisor types a key.
 * Returns the form and the props for `EditorDialog`.
 */
export function useReferenceForm<V extends FieldValues & { key: string }>({
  schema,
  defaults,
  isNew,
  nameField,
  save,
  onOpenChange,
}: {
  schema: z.ZodType<V, V>;
  defaults: DefaultValues<V>;
  isNew: boolean;
  nameField: Path<V>;
  /** Saves and returns the page of what was saved. */
  save: (values: V) => Promise<string>;
  onOpenChange: (open: boolean) => void;
}) {
  const navigate = useNavigate();
  const form = useForm<V>({ resolver: zodResolver(schema), defaultValues: defaults });
  const { handleSubmit, watch, setValue, formState } = form;
  const editor = useEditor(async (v: V) => {
    const href = await save(v);
    if (isNew) void navigate(href);
  }, () => onOpenChange(false));

  const name = watch(nameField);
  const keyTyped = (formState.dirtyFields as { key?: boolean }).key === true;
  useEffect(() => {
    if (isNew && !keyTyped) setValue('key' as Path<V>, keyFromName(String(name ?? '')) as PathValue<V, Path<V>>);
  }, [name, isNew, keyTyped, setValue]);

  return {
    form,
    dialog: {
      onOpenChange,
      onSubmit: (e: FormEvent) => void handleSubmit(editor.run)(e),
      error: editor.error,
      busy: editor.busy,
    },
  };
}
