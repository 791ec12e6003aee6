import {
  Button,
  ComboBox,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';

/** `textValue` is what the input shows once the option is chosen (default: the label). */
export type PickerOption = { id: string; label: string; description?: string; textValue?: string };

export type SearchPickerFieldProps = {
  label: string;
  /** The options for the current input; the caller filters (and caps) them. */
  items: PickerOption[];
  inputValue: string;
  onInputChange: (value: string) => void;
  selectedKey: string | null;
  onSelectionChange: (key: string | null) => void;
  description?: string;
  errorMessage?: string;
  placeholder?: string;
  emptyText?: string;
  autoFocus?: boolean;
  isRequired?: boolean;
};

/**
 * A searchable single choice with controlled input: type to filter, arrows to move, Enter to
 * choose. The caller does the filtering, so that very large lists (10,000
 * companies) can be searched and capped, and extra entries ("Nieuw bedrijf: …") can be offered.
 */
export function SearchPickerField({
  label,
  items,
  inputValue,
  onInputChange,
  selectedKey,
  onSelectionChange,
  description,
  errorMessage,
  placeholder,
  emptyText,
  autoFocus,
  isRequired,
}: SearchPickerFieldProps) {
  return (
    <ComboBox
      className="field search-picker"
      items={items}
      inputValue={inputValue}
      onInputChange={onInputChange}
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      menuTrigger="input"
      allowsEmptyCollection
      autoFocus={autoFocus}
    >
      <Label className="field-label">{label}</Label>
      <div className="search-picker-row">
        <Input className="field-input" placeholder={placeholder} />
        <Button className="search-picker-button" aria-label={`${label}: lijst openen`}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover search-picker-popover">
        <ListBox className="listbox" renderEmptyState={() => <div className="listbox-empty">{emptyText}</div>}>
          {(item: PickerOption) => (
            <ListBoxItem id={item.id} className="listbox-item" textValue={item.textValue ?? item.label}>
              <span>{item.label}</span>
              {item.description && <span className="listbox-item-description"> · {item.description}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
