import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
} from 'react-aria-components';

export type TextFieldProps = AriaTextFieldProps & {
  /** Text, or text with inline hints (e.g. `<TermText passive />`); it is the accessible name. */
  label: ReactNode;
  description?: string;
  errorMessage?: string;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
};

export function TextField({
  label,
  description,
  errorMessage,
  multiline,
  rows = 4,
  placeholder,
  ...props
}: TextFieldProps) {
  return (
    <AriaTextField
      {...props}
      isInvalid={props.isInvalid ?? Boolean(errorMessage)}
      className="field"
    >
      <Label className="field-label">{label}</Label>
      {multiline ? (
        <TextArea className="field-input" rows={rows} placeholder={placeholder} />
      ) : (
        <Input className="field-input" placeholder={placeholder} />
      )}
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
    </AriaTextField>
  );
}
