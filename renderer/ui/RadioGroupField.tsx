import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup } from 'react-aria-components';

export type Option<V extends string> = { value: V; label: string; description?: string };
/** An option whose label may carry inline hints; plain `Option`s fit too. */
export type RichOption<V extends string> = Omit<Option<V>, 'label'> & { label: ReactNode };

export type RadioGroupFieldProps<V extends string> = {
  label: ReactNode;
  options: RichOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  errorMessage?: string;
  orientation?: 'horizontal' | 'vertical';
  isRequired?: boolean;
};

export function RadioGroupField<V extends string>({
  label,
  options,
  value,
  onChange,
  errorMessage,
  orientation = 'vertical',
  isRequired,
}: RadioGroupFieldProps<V>) {
  return (
    <RadioGroup
      className="field radio-group"
      value={value}
      onChange={(v) => onChange(v as V)}
      orientation={orientation}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
    >
      <Label className="field-label">{label}</Label>
      <div className={`radio-options radio-${orientation}`}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} className="radio">
            <span className="radio-mark" aria-hidden="true" />
            <span>
              {o.label}
              {o.description && (
                <span className="field-description radio-description">{o.description}</span>
              )}
            </span>
          </Radio>
        ))}
      </div>
      <FieldError className="field-error">{errorMessage}</FieldError>
    </RadioGroup>
  );
}
