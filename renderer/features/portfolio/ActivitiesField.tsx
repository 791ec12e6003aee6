import { Controller, type Control } from 'react-hook-form';
import { ACTIVITY_KEYS, ACTIVITY_LABELS, ACTIVITY_STATE_LABELS, ACTIVITY_STATES } from '../../../shared/domain/company';
import { SelectField } from '../../ui/SelectField';
import type { CompanyFormValues } from './companyForm';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const UNKNOWN = 'onbekend';
const OPTIONS = [{ value: UNKNOWN, label: px.list.onbekend2 }, ...ACTIVITY_STATES.map((s) => ({ value: s, label: ACTIVITY_STATE_LABELS[s] }))];

/** Leren & Werken activities: per form, does the company use it, want it, or not. */
export function ActivitiesField({ control }: { control: Control<CompanyFormValues, unknown, unknown> }) {
  return (
    <Controller
      control={control as Control<CompanyFormValues>}
      name="activities"
      render={({ field }) => (
        <fieldset className="activities">
          <legend className="field-label">{px.list.activities}</legend>
          <div className="form-grid">
            {ACTIVITY_KEYS.map((key) => (
              <SelectField
                key={key}
                label={ACTIVITY_LABELS[key]}
                options={OPTIONS}
                value={field.value[key] ?? UNKNOWN}
                onChange={(state) => {
                  const next = { ...field.value };
                  if (state === UNKNOWN) delete next[key];
                  else next[key] = state;
                  field.onChange(next);
                }}
              />
            ))}
          </div>
        </fieldset>
      )}
    />
  );
}
