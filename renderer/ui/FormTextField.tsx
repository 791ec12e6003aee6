import { Controller, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { TextField } from './TextField';

/** A react-hook-form field rendered with the app's TextField; errors come from the zod schema. */
export function FormTextField<T extends FieldValues>({
  control,
  name,
  label,
  description,
  multiline,
  inputMode,
  autoFocus,
  type,
}: {
  control: Control<T, unknown, unknown>;
  name: FieldPath<T>;
  label: string;
  description?: string;
  multiline?: boolean;
  inputMode?: 'numeric' | 'text' | 'url' | 'tel' | 'email';
  autoFocus?: boolean;
  type?: 'text' | 'date';
}) {
  return (
    <Controller
      control={control as Control<T>}
      name={name}
      render={({ field, fieldState }) => (
        <TextField
          label={label}
          description={description}
          multiline={multiline}
          inputMode={inputMode}
          autoFocus={autoFocus}
          type={type}
          name={field.name}
          value={String(field.value ?? '')}
          onChange={field.onChange}
          onBlur={field.onBlur}
          errorMessage={fieldState.error?.message}
          isInvalid={Boolean(fieldState.error)}
        />
      )}
    />
  );
}
