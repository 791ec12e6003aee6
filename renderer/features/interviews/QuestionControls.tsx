import type { ReactNode } from 'react';
import {
  Button,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Radio,
  RadioGroup,
  Select,
  SelectValue,
  TextArea,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

/*
 * The controls of one guide question. They mirror renderer/ui's TextField, RadioGroupField,
 * CheckboxGroupField and SelectField (same classes, same react-aria parts) with one difference:
 * a label or option label is a ReactNode, so a question text can carry passive kennisbank hints
 * (`<TermText passive />`) while its accessible name stays the question text. Workaround: the
 * ui fields type `label` as a string; once they take a ReactNode, QuestionField can use them
 * again and this file can go.
 */

export type ChoiceOption = { value: string; label: ReactNode };

type Common = {
  label: ReactNode;
  errorMessage?: string;
  isRequired?: boolean;
};

export function QuestionTextInput({
  label,
  errorMessage,
  multiline,
  rows = 3,
  ...props
}: Common & Omit<TextFieldProps, 'children'> & { multiline?: boolean; rows?: number }) {
  return (
    <TextField {...props} isInvalid={Boolean(errorMessage)} className="field">
      <Label className="field-label">{label}</Label>
      {multiline ? (
        <TextArea className="field-input" rows={rows} />
      ) : (
        <Input className="field-input" />
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </TextField>
  );
}

export function QuestionRadios({
  label,
  options,
  value,
  onChange,
  errorMessage,
  isRequired,
  orientation = 'vertical',
}: Common & {
  options: ChoiceOption[];
  value: string | null;
  onChange: (value: string) => void;
  orientation?: 'horizontal' | 'vertical';
}) {
  return (
    <RadioGroup
      className="field radio-group"
      value={value}
      onChange={onChange}
      orientation={orientation}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
    >
      <Label className="field-label">{label}</Label>
      <div className={`radio-options radio-${orientation}`}>
        {options.map((o) => (
          <Radio key={o.value} value={o.value} className="radio">
            <span className="radio-mark" aria-hidden="true" />
            <span>{o.label}</span>
          </Radio>
        ))}
      </div>
      <FieldError className="field-error">{errorMessage}</FieldError>
    </RadioGroup>
  );
}

export function QuestionCheckboxes({
  label,
  options,
  value,
  onChange,
  errorMessage,
  columns = 1,
}: Common & {
  options: ChoiceOption[];
  value: string[];
  onChange: (value: string[]) => void;
  columns?: 1 | 2;
}) {
  return (
    <CheckboxGroup
      className="field checkbox-group"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
    >
      <Label className="field-label">{label}</Label>
      <div className={`checkbox-options checkbox-cols-${columns}`}>
        {options.map((o) => (
          <Checkbox key={o.value} value={o.value} className="checkbox">
            <span className="checkbox-mark" aria-hidden="true" />
            <span className="checkbox-label">{o.label}</span>
          </Checkbox>
        ))}
      </div>
      <FieldError className="field-error">{errorMessage}</FieldError>
    </CheckboxGroup>
  );
}

/** A long list as a dropdown; its options stay plain text (a listbox item holds no hints). */
export function QuestionSelect({
  label,
  options,
  value,
  onChange,
  errorMessage,
  isRequired,
}: Common & {
  options: { value: string; label: string }[];
  value: string | null;
  onChange: (value: string) => void;
}) {
  return (
    <Select
      className="field"
      selectedKey={value}
      onSelectionChange={(key) => key !== null && onChange(String(key))}
      placeholder={tx.conduct.choose}
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
