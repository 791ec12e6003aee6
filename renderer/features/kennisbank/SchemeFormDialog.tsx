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
      title={scheme ? `Regeling bewerken: ${scheme.name}` : kx.schemes.add}
      isOpen={isOpen}
      {...dialog}
    >
      <div className="form-grid-2">
        <FormTextField control={control} name="name" label="Naam" autoFocus />
        <FormTextField control={control} name="provider" label={kx.schemes.provider} />
      </div>
      {!scheme && <FormTextField control={control} name="key" label="Sleutel" description="Kleine letters, cijfers en koppeltekens." />}
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
        description="In gewone taal. Leeg laten als de bronnen geen voorwaarden noemen; de app zegt dat dan eerlijk."
        multiline
      />
      <FormTextField control={control} name="amount" label={kx.schemes.amount} description={`Leeg laten als het niet bekend is; dan staat er "${kennisbank.amountUnknown}".`} />
      <div className="form-grid-3">
        <FormTextField control={control} name="validFrom" label={kx.schemes.validFrom} description="jjjj-mm-dd of leeg" />
        <FormTextField control={control} name="validUntil" label={kx.schemes.validUntil} description="jjjj-mm-dd of leeg" />
        <FormTextField control={control} name="lastChecked" label={kx.schemes.lastChecked} description="jjjj-mm-dd" />
      </div>
      <div className="form-grid-3">
        <FormTextField control={control} name="sourceText" label={kx.schemes.source} />
        <FormTextField control={control} name="sourceUrl" label="Webadres van de bron" inputMode="url" />
        <FormTextField control={control} name="sourceDate" label={domain.schemeForm.sourceDate} description={domain.schemeForm.sourceDateHint} />
      </div>
      <fieldset className="kb-fieldset">
        <legend>Voor wie het bedoeld is (voor het zoeken naar passende regelingen)</legend>
        <FormCheckboxField control={control} name="kinds" label="Soort bedrijf (leeg: iedereen)" options={[{ value: 'mkb', label: 'MKB-bedrijf met personeel' }, { value: 'zzp', label: 'Zzp-er' }]} columns={2} />
        <div className="form-grid-3">
          <FormTextField control={control} name="minEmployees" label="Minimaal aantal werknemers" inputMode="numeric" />
          <FormTextField control={control} name="maxEmployees" label="Maximaal aantal werknemers" inputMode="numeric" />
          <FormSelectField control={control} name="region" label="Regio" emptyLabel="Geen eis" options={[{ value: 'drechtsteden', label: 'Alleen Drechtsteden' }, { value: 'nederland', label: 'Heel Nederland' }]} />
        </div>
        <FormBooleanField control={control} name="erkendLeerbedrijfRequired" label="Alleen voor erkende leerbedrijven" />
        <FormCheckboxField control={control} name="sectors" label="Sectoren (leeg: alle)" options={options(SECTOR_KEYS, kennisbank.sectors)} columns={3} />
        <FormCheckboxField control={control} name="learningForms" label="Leervormen (leeg: alle)" options={options(LEARNING_FORMS, kennisbank.learningForms)} columns={3} />
        <FormCheckboxField control={control} name="targetGroups" label="Doelgroepen (leeg: geen)" options={options(TARGET_GROUPS, kennisbank.targetGroups)} columns={2} />
      </fieldset>
    </EditorDialog>
  );
}
