import type { ReactNode } from 'react';
import {
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
} from 'react-aria-components';
import type { Option } from './RadioGroupField';
import { t } from '../../shared/i18n';

export type SelectFieldProps<V extends string> = {
  label: ReactNode;
  options: Option<V>[];
  value: V | null;
  onChange: (value: V) => void;
  placeholder?: string;
  errorMessage?: string;
  isRequired?: boolean;
};

export function SelectField<V extends string>({
  label,
  options,
  value,
  onChange,
  placeholder = t.choose,
  errorMessage,
  isRequired,
}: SelectFieldProps<V>) {
  return (
    <Select
      className="field"
      selectedKey={value}
      onSelectionChange={(key) => key !== null && onChange(String(key) as V)}
      placeholder={placeholder}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
    >
      <Label className="field-label">{label}</Label>
      <Button className="field-input select-button">
        <SelectValue />
        <span aria-hidden="true" className="select-chevron">
          ▾
        </span>
      </Button>
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox">
          {options.map((o) => (
            <ListBoxItem key={o.value} id={o.value} className="listbox-item" textValue={o.label}>
              {o.label}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
