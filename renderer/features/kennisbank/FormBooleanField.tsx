import { Checkbox } from 'react-aria-components';
import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';

/** One yes/no checkbox bound to a boolean form field. */
export function FormBooleanField<T extends FieldValues>({ control, name, label }: {
  control: Control<T, unknown, unknown>;
  name: FieldPath<T>;
  label: string;
}) {
  return (
    <Controller
      control={control as Control<T>}
      name={name}
      render={({ field }) => (
        <Checkbox className="checkbox field" isSelected={Boolean(field.value)} onChange={field.onChange}>
          <span className="checkbox-mark" aria-hidden="true" />
          <span className="checkbox-label">{label}</span>
        </Checkbox>
      )}
    />
  );
}
