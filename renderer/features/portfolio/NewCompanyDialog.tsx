import { useForm, useWatch } from 'react-hook-form';
import { Form } from 'react-aria-components';
import { Link, useNavigate } from 'react-router';
import { GEMEENTE_LABELS } from '../../../shared/domain/common';
import { COMPANY_KIND_LABELS, newCompany, type CompanyInput } from '../../../shared/domain/company';
import { checkKvk } from '../../../shared/domain/kvk';
import { findDuplicates } from '../../../shared/rules/dedupe';
import { insertCompany } from '../../db/repositories/companies';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { companyResolver, toFormValues, type CompanyFormValues } from './companyForm';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { sizeBasis } from '../../../shared/i18n/nl/sizeBasis';
import { useDuplicateIndex } from './useDuplicateIndex';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const opts = (map: Record<string, string>) => Object.entries(map).map(([value, label]) => ({ value, label }));

/** Warns while typing when the company seems to be in the portfolio already. */
function DuplicateWarning({ control }: { control: ReturnType<typeof useForm<CompanyFormValues, unknown, CompanyInput>>['control'] }) {
  const data = useDuplicateIndex();
  const [name, kvk, place] = useWatch({ control, name: ['name', 'kvk', 'place'] });
  if (!data || (name.trim() === '' && kvk.trim() === '')) return null;
  const k = checkKvk(kvk);
  const matches = findDuplicates({ id: '', name, kvk: k.ok ? k.value : null, place }, data.index);
  if (matches.length === 0) return null;
  return (
    <Notice tone="warning" title={px.newCompany.staatDitBedrijfEr}>
      <ul>
        {matches.slice(0, 5).map((m) => (
          <li key={m.id}>
            <Link to={`/portefeuille/${m.id}`} className="link">
              {m.name}
              {m.place ? ` (${m.place})` : ''}
            </Link>{' '}
            — {m.message}
          </li>
        ))}
      </ul>
    </Notice>
  );
}

/** Add a company or zzp-er: the essentials first, the rest on its page (saved as you type). */
export function NewCompanyDialog({ isOpen, onOpenChange }: { isOpen: boolean; onOpenChange: (open: boolean) => void }) {
  const navigate = useNavigate();
  const form = useForm<CompanyFormValues, unknown, CompanyInput>({ resolver: companyResolver, defaultValues: toFormValues({}) });
  return (
    <Modal title={px.newCompany.bedrijfToevoegen} isOpen={isOpen} onOpenChange={onOpenChange}>
      <Form
        validationBehavior="aria"
        onSubmit={form.handleSubmit(async (input) => {
          const id = crypto.randomUUID();
          const row = newCompany(input, new Date().toISOString(), id);
          await insertCompany(row);
          form.reset(toFormValues({}));
          onOpenChange(false);
          // A new company opens ready to fill in.
          navigate(`/portefeuille/${id}?weergave=bewerken`);
        })}
      >
        <div className="form-grid">
          <FormTextField control={form.control} name="name" label={px.newCompany.handelsnaam} autoFocus />
          <FormSelectField control={form.control} name="kind" label={px.newCompany.soort} options={opts(COMPANY_KIND_LABELS)} />
          <FormTextField control={form.control} name="kvk" label={px.newCompany.kvkNummer} inputMode="numeric" description={px.newCompany.t8CijfersMagLeeg} />
          <FormTextField control={form.control} name="place" label={px.newCompany.plaats} />
          <FormSelectField control={form.control} name="gemeente" label={px.newCompany.gemeente} options={opts(GEMEENTE_LABELS)} />
          <FormTextField control={form.control} name="employees" label={px.newCompany.aantalWerknemers} inputMode="numeric" description={px.newCompany.employeesHint(sizeBasis.employeesHint)} />
          <FormSelectField control={form.control} name="employeesBasis" label={sizeBasis.label} options={opts(sizeBasis.options)} />
        </div>
        <DuplicateWarning control={form.control} />
        <div className="modal-actions">
          <Button onPress={() => onOpenChange(false)}>{px.newCompany.annuleren}</Button>
          <Button type="submit" variant="primary">
            {px.newCompany.toevoegenEnOpenen}
          </Button>
        </div>
      </Form>
    </Modal>
  );
}
