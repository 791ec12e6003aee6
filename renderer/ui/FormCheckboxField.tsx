import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { CheckboxGroupField } from './CheckboxGroupField';

export function FormCheckboxField<T extends FieldValues>({
  control,
  name,
  label,
  options,
  columns,
}: {
  control: Control<T, unknown, unknown>;
  name: FieldPath<T>;
  label: string;
  options: { value: string; label: string }[];
  columns?: 1 | 2 | 3;
}) {
  return (
    <Controller
      control={control as Control<T>}
      name={name}
      render={({ field, fieldState }) => (
        <CheckboxGroupField
          label={label}
          options={options}
          value={(field.value as string[]) ?? []}
          onChange={field.onChange}
          errorMessage={fieldState.error?.message}
          columns={columns}
        />
      )}
    />
  );
}
