import { useState } from 'react';
import { t } from '../../shared/i18n';
import { profileText } from '../../shared/i18n/nl/profile';
import { ORGANISATIONS, type Organisation, type Profile } from '../../shared/domain/common';
import type { ProfileInput } from '../db/repositories/profile';
import { RadioGroupField } from '../ui/RadioGroupField';
import { TextField } from '../ui/TextField';

export type ProfileForm = ReturnType<typeof useProfileForm>;

/** Form state for name and organisation, shared by the first run and Instellingen. */
export function useProfileForm(initial: Profile | null) {
  const [name, setName] = useState(initial?.name ?? '');
  const [organisation, setOrganisation] = useState<Organisation | null>(initial?.organisation ?? null);
  const [organisationOther, setOrganisationOther] = useState(initial?.organisationOther ?? '');
  const [errors, setErrors] = useState<Partial<Record<'name' | 'organisation' | 'organisationOther', string>>>({});

  function validate(): ProfileInput | null {
    const next: typeof errors = {};
    if (name.trim().length < 2) next.name = profileText.nameRequired;
    if (!organisation) next.organisation = profileText.organisationRequired;
    if (organisation === 'partner' && organisationOther.trim() === '') next.organisationOther = profileText.otherRequired;
    setErrors(next);
    if (Object.keys(next).length > 0 || !organisation) return null;
    return { name: name.trim(), organisation, organisationOther: organisation === 'partner' ? organisationOther.trim() : '' };
  }

  return { name, setName, organisation, setOrganisation, organisationOther, setOrganisationOther, errors, validate };
}

export function ProfileFields({ form, autoFocus = false }: { form: ProfileForm; autoFocus?: boolean }) {
  return (
    <>
      <TextField
        label={profileText.nameLabel}
        description={profileText.nameHelp}
        value={form.name}
        onChange={form.setName}
        errorMessage={form.errors.name}
        isRequired
        autoFocus={autoFocus}
        autoComplete="name"
      />
      <RadioGroupField
        label={profileText.organisationLabel}
        options={ORGANISATIONS.map((o) => ({ value: o, label: t.organisations[o] }))}
        value={form.organisation}
        onChange={form.setOrganisation}
        errorMessage={form.errors.organisation}
        isRequired
      />
      {form.organisation === 'partner' && (
        <TextField
          label={profileText.otherLabel}
          value={form.organisationOther}
          onChange={form.setOrganisationOther}
          errorMessage={form.errors.organisationOther}
          isRequired
        />
      )}
    </>
  );
}
