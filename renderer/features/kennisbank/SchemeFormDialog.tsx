import {
  LEARNING_FORMS,
  SCHEME_AUDIENCES,
  SCHEME_KINDS,
  SCHEME_STATUSES,
  SECTOR_KEYS,
  TARGET_GROUPS,
  type Scheme,
} from '../../../shared/domain/scheme';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { saveScheme } from '../../db/repositories/reference';
import { FormCheckboxField } from '../../ui/FormCheckboxField';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { EditorDialog } from './EditorDialog';
import { FormBooleanField } from './FormBooleanField';
import { fromSchemeForm, schemeFormSchema, toSchemeForm } from './forms';
import { schemeHref } from './paths';
import { domain } from '../../../shared/i18n/nl/domain';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { useReferenceForm } from './useReferenceForm';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const options = <K extends string>(keys: readonly K[], labels: Record<K, string>) =>
  keys.map((k) => ({ value: k, label: labels[k] }));

/** Add a regeling (scheme = null) or edit one; mount it when opening. */
export function SchemeFormDialog({ scheme, isOpen, onOpenChange }: {
  scheme: Scheme | null;
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  const { form, dialog } = useReferenceForm({
    schema: schemeFormSchema,
    defaults: toSchemeForm(scheme),
    isNew: !scheme,
    nameField: 'name',
    save: async (v) => schemeHref((await saveScheme(fromSchemeForm(v, scheme))).key),
    onOpenChange,
  });
  const { control } = form;

  return (
    <EditorDialog
      title={scheme ? kf.scheme.edit(scheme.name) : kx.schemes.add}
      isOpen={isOpen}
      {...dialog}
    >
      <div className="form-grid-2">
        <FormTextField control={control} name="name" label={kf.name} autoFocus />
        <FormTextField control={control} name="provider" label={kx.schemes.provider} />
      </div>
      {!scheme && <FormTextField control={control} name="key" label={kf.key} description={kf.keyHelp} />}
      <div className="form-grid-2">
        <FormSelectField control={control} name="kind" label={kx.schemes.kind} options={options(SCHEME_KINDS, kennisbank.schemeKinds)} />
        <FormSelectField control={control} name="status" label={kx.schemes.status} options={options(SCHEME_STATUSES, kennisbank.statuses)} />
      </div>
      <FormCheckboxField control={control} name="audience" label={kx.schemes.audience} options={options(SCHEME_AUDIENCES, kennisbank.audiences)} columns={3} />
      <FormTextField control={control} name="offers" label={kx.schemes.offers} multiline />
      <FormTextField
        control={control}
        name="conditions"
        label={kx.schemes.conditions}
        description={kf.scheme.conditionsHelp}
        multiline
      />
      <FormTextField control={control} name="amount" label={kx.schemes.amount} description={kf.scheme.amountHelp(kennisbank.amountUnknown)} />
      <div className="form-grid-3">
        <FormTextField control={control} name="validFrom" label={kx.schemes.validFrom} description={kf.scheme.dateOrEmpty} />
        <FormTextField control={control} name="validUntil" label={kx.schemes.validUntil} description={kf.scheme.dateOrEmpty} />
        <FormTextField control={control} name="lastChecked" label={kx.schemes.lastChecked} description={kf.scheme.date} />
      </div>
      <div className="form-grid-3">
        <FormTextField control={control} name="sourceText" label={kx.schemes.source} />
        <FormTextField control={control} name="sourceUrl" label={kf.scheme.sourceUrl} inputMode="url" />
        <FormTextField control={control} name="sourceDate" label={domain.schemeForm.sourceDate} description={domain.schemeForm.sourceDateHint} />
      </div>
      <fieldset className="kb-fieldset">
        <legend>{kf.scheme.criteria}</legend>
        <FormCheckboxField control={control} name="kinds" label={kf.scheme.kinds} options={[{ value: 'mkb', label: kf.scheme.kindMkb }, { value: 'zzp', label: kf.scheme.kindZzp }]} columns={2} />
        <div className="form-grid-3">
          <FormTextField control={control} name="minEmployees" label={kf.scheme.minEmployees} inputMode="numeric" />
          <FormTextField control={control} name="maxEmployees" label={kf.scheme.maxEmployees} inputMode="numeric" />
          <FormSelectField control={control} name="region" label={kf.scheme.region} emptyLabel={kf.scheme.noRegion} options={[{ value: 'drechtsteden', label: kf.scheme.regionDrechtsteden }, { value: 'nederland', label: kf.scheme.regionNederland }]} />
        </div>
        <FormBooleanField control={control} name="erkendLeerbedrijfRequired" label={kf.scheme.erkendRequired} />
        <FormCheckboxField control={control} name="sectors" label={kf.sectorsAll} options={options(SECTOR_KEYS, kennisbank.sectors)} columns={3} />
        <FormCheckboxField control={control} name="learningForms" label={kf.scheme.learningForms} options={options(LEARNING_FORMS, kennisbank.learningForms)} columns={3} />
        <FormCheckboxField control={control} name="targetGroups" label={kf.scheme.targetGroups} options={options(TARGET_GROUPS, kennisbank.targetGroups)} columns={2} />
      </fieldset>
    </EditorDialog>
  );
}
