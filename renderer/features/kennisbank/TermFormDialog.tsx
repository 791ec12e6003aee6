import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useMemo } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { SOURCE_REPORTS, TERM_CATEGORIES, type Term } from '../../../shared/domain/term';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { compareDutch } from '../../../shared/kennisbank/search';
import { useTerms } from '../../db/queries/reference';
import { saveTerm } from '../../db/repositories/reference';
import { FormCheckboxField } from '../../ui/FormCheckboxField';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { EditorDialog } from './EditorDialog';
import { fromTermForm, keyFromName, termFormSchema, toTermForm, type TermFormValues } from './forms';
import { termHref } from './paths';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { useEditor } from './useEditor';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

/** Add a begrip (term = null) or edit one; mount it when opening. Saved as one write; a new begrip opens its page. */
export function TermFormDialog({ term, isOpen, onOpenChange }: {
  term: Term | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const navigate = useNavigate();
  const terms = useTerms();
  const form = useForm<TermFormValues>({ resolver: zodResolver(termFormSchema), defaultValues: toTermForm(term) });
  const { control, handleSubmit, watch, setValue, formState } = form;
  const editor = useEditor(async (v: TermFormValues) => {
    const saved = await saveTerm(fromTermForm(v, term));
    if (!term) void navigate(termHref(saved.key));
  }, () => onOpenChange(false));

  // A new begrip gets its key from its name until the advisor types a key of their own.
  const name = watch('term');
  useEffect(() => {
    if (!term && !formState.dirtyFields.key) setValue('key', keyFromName(name));
  }, [name, term, formState.dirtyFields.key, setValue]);

  const relatedOptions = useMemo(
    () =>
      (terms ?? [])
        .filter((t) => !t.retired && t.key !== term?.key)
        .sort((a, b) => compareDutch(a.term, b.term))
        .map((t) => ({ value: t.key, label: t.term })),
    [terms, term?.key],
  );

  return (
    <EditorDialog
      title={term ? kf.term.edit(term.term) : kx.terms.add}
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      onSubmit={(e) => void handleSubmit(editor.run)(e)}
      error={editor.error}
      busy={editor.busy}
    >
      <div className="form-grid-2">
        <FormTextField control={control} name="term" label={kf.term.term} autoFocus />
        <FormTextField control={control} name="abbreviation" label={kx.terms.abbreviation} />
      </div>
      {!term && (
        <FormTextField
          control={control}
          name="key"
          label={kf.key}
          description={kf.term.keyHelp}
        />
      )}
      <FormTextField control={control} name="synonyms" label={kx.terms.synonyms} description="Gescheiden door komma's." />
      <FormTextField
        control={control}
        name="definition"
        label={kx.terms.definition}
        description={kf.term.definitionHelp}
        multiline
      />
      <div className="form-grid-2">
        <FormSelectField
          control={control}
          name="category"
          label="Categorie"
          options={TERM_CATEGORIES.map((c) => ({ value: c, label: kennisbank.categories[c] }))}
        />
        <FormSelectField
          control={control}
          name="report"
          label={kx.terms.source}
          options={SOURCE_REPORTS.map((r) => ({ value: r, label: kx.reports[r] }))}
        />
      </div>
      <FormTextField control={control} name="part" label={kf.term.part} description={kf.term.partHelp} />
      <FormCheckboxField control={control} name="related" label={kx.terms.related} options={relatedOptions} columns={3} />
    </EditorDialog>
  );
}
