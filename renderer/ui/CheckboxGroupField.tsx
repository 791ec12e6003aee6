import { Checkbox, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import type { ReactNode } from 'react';
import type { RichOption } from './RadioGroupField';

export type CheckboxGroupFieldProps = {
  label: ReactNode;
  options: (RichOption<string> & { count?: number })[];
  value: string[];
  onChange: (value: string[]) => void;
  description?: string;
  errorMessage?: string;
  columns?: 1 | 2 | 3;
};

/** A labelled group of checkboxes; react-aria gives it group semantics and keyboard focus. */
export function CheckboxGroupField({
  label,
  options,
  value,
  onChange,
  description,
  errorMessage,
  columns = 1,
}: CheckboxGroupFieldProps) {
  return (
    <CheckboxGroup
      className="field checkbox-group"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
    >
      <Label className="field-label">{label}</Label>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <div className={`checkbox-options checkbox-cols-${columns}`}>
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} className="checkbox">
            <span className="checkbox-mark" aria-hidden="true" />
            <span className="checkbox-label">
              {o.label}
              {o.count !== undefined && <span className="checkbox-count"> ({o.count})</span>}
            </span>
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{errorMessage}</FieldError>
    </CheckboxGroup>
  );
}
