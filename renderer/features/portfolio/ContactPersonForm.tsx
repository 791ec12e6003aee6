import { useForm, type Resolver } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Form } from 'react-aria-components';
import {
  contactPersonInputSchema,
  PREFERRED_CHANNEL_LABELS,
  type ContactPersonInput,
} from '../../../shared/domain/contactPerson';
import type { ContactPersonRow } from '../../db/queries/contactPersons';
import { Button } from '../../ui/Button';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

type Values = { companyId: string; name: string; function: string; phone: string; email: string; preferredChannel: string; notes: string };
// The schema parses the form's strings as they are (the channel is checked there).
const resolver: Resolver<Values, unknown, ContactPersonInput> = zodResolver(z.preprocess((values: Values) => values, contactPersonInputSchema));
const channels = Object.entries(PREFERRED_CHANNEL_LABELS).map(([value, label]) => ({ value, label }));

/** Add or edit a contact person; checked with the shared schema, messages in Dutch. */
export function ContactPersonForm({
  companyId,
  person,
  onSave,
  onCancel,
}: {
  companyId: string;
  person?: ContactPersonRow;
  onSave: (input: ContactPersonInput) => Promise<void>;
  onCancel: () => void;
}) {
  const form = useForm<Values, unknown, ContactPersonInput>({
    resolver,
    defaultValues: {
      companyId,
      name: person?.name ?? '',
      function: person?.function ?? '',
      phone: person?.phone ?? '',
      email: person?.email ?? '',
      preferredChannel: person?.preferredChannel ?? 'onbekend',
      notes: person?.notes ?? '',
    },
  });
  return (
    <Form onSubmit={form.handleSubmit(onSave)} validationBehavior="aria">
      <div className="form-grid">
        <FormTextField control={form.control} name="name" label={px.contactPersons.naam} autoFocus />
        <FormTextField control={form.control} name="function" label={px.contactPersons.functie} />
        <FormTextField control={form.control} name="phone" label={px.contactPersons.telefoon} inputMode="tel" />
        <FormTextField control={form.control} name="email" label={px.contactPersons.eMail} inputMode="email" />
        <FormSelectField control={form.control} name="preferredChannel" label={px.contactPersons.liefstBenaderdVia} options={channels} />
      </div>
      <FormTextField control={form.control} name="notes" label={px.contactPersons.notities} multiline />
      <div className="modal-actions">
        <Button onPress={onCancel}>{px.contactPersons.annuleren}</Button>
        <Button type="submit" variant="primary" isDisabled={form.formState.isSubmitting}>
          {px.contactPersons.contactpersoonOpslaan}
        </Button>
      </div>
    </Form>
  );
}
