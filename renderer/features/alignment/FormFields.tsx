import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

/** A react-hook-form text field; the error comes from the zod schema. */
export function FormText<T extends FieldValues>(props: {
  control: Control<T, unknown, unknown>;
  name: FieldPath<T>;
  label: string;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'text';
  description?: string;
  multiline?: boolean;
  autoFocus?: boolean;
}) {
  const { control, name, ...rest } = props;
  return (
    <Controller
      control={control as Control<T>}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          {...rest}
          rows={3}
          name={field.name}
          value={String(field.value ?? '')}
          onChange={field.onChange}
          onBlur={field.onBlur}
          errorMessage={fieldState.error?.message}
        />
      )}
    />
  );
}

const NONE = '__geen__';

/** A react-hook-form select over string values; `emptyLabel` offers "none" (stored as ''). */
export function FormSelect<T extends FieldValues>(props: {
  control: Control<T, unknown, unknown>;
  name: FieldPath<T>;
  label: string;
  options: { value: string; label: string }[];
  emptyLabel?: string;
}) {
  const { control, name, label, options, emptyLabel } = props;
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
