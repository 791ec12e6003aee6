import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { SelectField } from './SelectField';

const NONE = '__geen__';

/** A select bound to a string form field; `emptyLabel` adds a choice for "not filled in" (''). */
export function FormSelectField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  emptyLabel,
}: {
  control: Control<T, unknown, unknown>;
  name: FieldPath<T>;
  label: string;
  options: { value: string; label: string }[];
  emptyLabel?: string;
}) {
  const all = emptyLabel ? [{ value: NONE, label: emptyLabel }, ...options] : options;
  return (
    <Controller
      control={control as Control<T>}
      name={name}
      render={({ field, fieldState }) => (
        <SelectField
          label={label}
          options={all}
          value={field.value ? String(field.value) : emptyLabel ? NONE : null}
          onChange={(v) => field.onChange(v === NONE ? '' : v)}
          errorMessage={fieldState.error?.message}
        />
      )}
    />
  );
}
