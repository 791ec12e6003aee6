import { useWatch, type UseFormReturn } from 'react-hook-form';
import { GEMEENTE_LABELS } from '../../../shared/domain/common';
import {
  COMPANY_KIND_LABELS,
  COMPANY_SOURCE_LABELS,
  COMPANY_STATUS_LABELS,
  ERKEND_LABELS,
  NEED_LABELS,
  REASON_NOT_LABELS,
  type CompanyInput,
} from '../../../shared/domain/company';
import { SBI_SECTION_LABELS, SECTOR_LABELS } from '../../../shared/domain/sectors';
import { sizeBasis } from '../../../shared/i18n/nl/sizeBasis';
import {
  classifySize,
  employeesBasisSchema,
  formatSizeBand,
  OWNERS_ASSUMED,
  SIZE_CLASS_LABELS,
} from '../../../shared/rules/sizeClass';
import { useAdvisors, useNames } from '../../db/queries/companies';
import { Badge } from '../../ui/Page';
import { ActivitiesField } from './ActivitiesField';
import type { CompanyFormValues } from './companyForm';
import { FormCheckboxField } from '../../ui/FormCheckboxField';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const opts = (map: Record<string, string>) => Object.entries(map).map(([value, label]) => ({ value, label }));

/** The size class as the rule derives it from what is typed now: a gap is shown as a gap. */
function SizeHint({ form }: { form: UseFormReturn<CompanyFormValues, unknown, CompanyInput> }) {
  const [kind, employees, band, rawBasis] = useWatch({
    control: form.control,
    name: ['kind', 'employees', 'employeeBand', 'employeesBasis'],
  });
  const basis = employeesBasisSchema.catch('onbekend').parse(rawBasis || 'onbekend');
  const parsed = employees.trim() === '' ? null : Number(employees.replace(',', '.'));
  const n = parsed !== null && Number.isFinite(parsed) && parsed >= 0 ? Math.floor(parsed) : null;
  // The one rule of shared/rules/sizeClass.ts: in loondienst + the owner = werkzame personen.
  const info = classifySize(kind, n, band, basis);
  return (
    <p className="size-hint">
      {px.companyFields.sizeClass}{' '}
      {info.sizeClass === 'onbekend' ? (
        <Badge tone="warning">{px.companyFields.onbekend2}</Badge>
      ) : (
        <strong>{SIZE_CLASS_LABELS[info.sizeClass]}</strong>
      )}
      {band && n === null && (
        <span className="muted">
          {' '}
          {px.companyFields.volgensDeLijst} {formatSizeBand(band)} {sizeBasis.unit[basis === 'in-loondienst' ? basis : 'werkzame-personen']}
        </span>
      )}
      {kind === 'mkb' && n !== null && basis === 'in-loondienst' && (
        <span className="muted" data-testid="size-owner-added">
          {' '}
          {sizeBasis.ownerAdded(n, OWNERS_ASSUMED)}
        </span>
      )}
    </p>
  );
}

/** Every editable field of a company, in the order an advisor fills them in after a visit. */
export function CompanyFields({ form }: { form: UseFormReturn<CompanyFormValues, unknown, CompanyInput> }) {
  const control = form.control;
  const advisors = useAdvisors() ?? [];
  const networks = useNames('networks');
  const owners = (org: string) => advisors.filter((a) => a.organisation === org).map((a) => ({ value: a.id, label: a.name }));
  return (
    <>
      <section className="card form-section" aria-labelledby="sec-identity">
        <h2 id="sec-identity">{px.companyFields.bedrijfsgegevens}</h2>
        <div className="form-grid">
          <FormTextField control={control} name="name" label={px.companyFields.handelsnaam} />
          <FormSelectField control={control} name="kind" label={px.companyFields.soort} options={opts(COMPANY_KIND_LABELS)} />
          <FormTextField control={control} name="kvk" label={px.companyFields.kvkNummer} inputMode="numeric" description={px.companyFields.t8Cijfers} />
          <FormTextField control={control} name="vestigingsnummer" label={px.companyFields.vestigingsnummer} inputMode="numeric" description={px.companyFields.t12CijfersOptioneel} />
          <FormTextField control={control} name="street" label={px.companyFields.adres} />
          <FormTextField control={control} name="postcode" label={px.companyFields.postcode} />
          <FormTextField control={control} name="place" label={px.companyFields.plaats} />
          <FormSelectField control={control} name="gemeente" label={px.companyFields.gemeente} options={opts(GEMEENTE_LABELS)} />
          <FormTextField control={control} name="website" label={px.companyFields.website} inputMode="url" />
        </div>
      </section>
      <section className="card form-section" aria-labelledby="sec-size">
        <h2 id="sec-size">{px.companyFields.medewerkersEnSector}</h2>
        <div className="form-grid">
          <FormTextField control={control} name="employees" label={px.companyFields.aantalWerknemers} inputMode="numeric" description={sizeBasis.employeesHint} />
          <FormSelectField control={control} name="employeesBasis" label={sizeBasis.label} options={opts(sizeBasis.options)} />
          <FormSelectField control={control} name="sector" label={px.companyFields.sector} options={opts(SECTOR_LABELS)} emptyLabel={px.companyFields.onbekend} />
          <FormSelectField control={control} name="sbi" label={px.companyFields.sbiSectie} options={opts(SBI_SECTION_LABELS)} emptyLabel={px.companyFields.onbekend} />
        </div>
        <SizeHint form={form} />
      </section>
      <section className="card form-section" aria-labelledby="sec-lw">
        <h2 id="sec-lw">{px.companyFields.lerenEnWerken}</h2>
        <div className="form-grid">
          <FormSelectField control={control} name="erkendLeerbedrijf" label={px.companyFields.erkendLeerbedrijf} options={opts(ERKEND_LABELS)} />
          <FormTextField control={control} name="erkendVoor" label={px.companyFields.erkendVoorOpleidingen} />
        </div>
        <ActivitiesField control={control} />
        <FormCheckboxField control={control} name="reasonsNot" label={px.companyFields.redenenOmNietMee} options={opts(REASON_NOT_LABELS)} columns={2} />
        <FormTextField control={control} name="reasonsNotOther" label={px.companyFields.andereReden} />
        <FormCheckboxField control={control} name="needs" label={px.companyFields.behoefteAanOndersteuning} options={opts(NEED_LABELS)} columns={2} />
        <FormTextField control={control} name="needsOther" label={px.companyFields.andereBehoefte} />
      </section>
      <section className="card form-section" aria-labelledby="sec-approach">
        <h2 id="sec-approach">{px.companyFields.aanpak}</h2>
        <div className="form-grid">
          <FormSelectField control={control} name="status" label={px.companyFields.status} options={opts(COMPANY_STATUS_LABELS)} />
          <FormSelectField control={control} name="source" label={px.companyFields.bron} options={opts(COMPANY_SOURCE_LABELS)} />
          <FormSelectField control={control} name="ownerLwl" label={px.companyFields.eigenaarLeerwerkloket} options={owners('lwl')} emptyLabel={px.companyFields.nogNiemand} />
          <FormSelectField control={control} name="ownerBaanbrekend" label={px.companyFields.eigenaarBaanbrekend} options={owners('baanbrekend')} emptyLabel={px.companyFields.nogNiemand} />
        </div>
        {networks && networks.size > 0 && (
          <FormCheckboxField
            control={control}
            name="networkIds"
            label={px.companyFields.lidVanNetwerken}
            options={[...networks].map(([value, label]) => ({ value, label }))}
            columns={2}
          />
        )}
        <FormTextField control={control} name="notes" label={px.companyFields.notities} multiline />
      </section>
    </>
  );
}
