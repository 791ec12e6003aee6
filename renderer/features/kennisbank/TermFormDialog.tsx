import { useMemo } from 'react';
import { SOURCE_REPORTS, TERM_CATEGORIES, type Term } from '../../../shared/domain/term';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { compareDutch } from '../../../shared/kennisbank/search';
import { useTerms } from '../../db/queries/reference';
import { saveTerm } from '../../db/repositories/reference';
import { FormCheckboxField } from '../../ui/FormCheckboxField';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { EditorDialog } from './EditorDialog';
import { fromTermForm, termFormSchema, toTermForm } from './forms';
import { termHref } from './paths';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { useReferenceForm } from './useReferenceForm';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

/** Add a begrip (term = null) or edit one; mount it when opening. Saved as one write; a new begrip opens its page. */
export function TermFormDialog({ term, isOpen, onOpenChange }: {
  term: Term | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const terms = useTerms();
  const { form, dialog } = useReferenceForm({
    schema: termFormSchema,
    defaults: toTermForm(term),
    isNew: !term,
    nameField: 'term',
    save: async (v) => termHref((await saveTerm(fromTermForm(v, term))).key),
    onOpenChange,
  });
  const { control } = form;

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
      {...dialog}
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
