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

export type ComboOption = { id: string; label: string; description?: string };

export type ComboBoxFieldProps = {
  label: string;
  /** The options to show for the current input; the caller filters (and caps) them. */
  items: ComboOption[];
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
 * A searchable single choice (company picker): type to filter, arrows to move, Enter to choose.
 * Filtering is left to the caller so that large lists (10,000 companies) can be capped.
 */
export function ComboBoxField({
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
}: ComboBoxFieldProps) {
  return (
    <ComboBox
      className="field combo-field"
      items={items}
      inputValue={inputValue}
      onInputChange={onInputChange}
      selectedKey={selectedKey}
      onSelectionChange={(key: Key | null) => onSelectionChange(key === null ? null : String(key))}
      isInvalid={Boolean(errorMessage)}
      isRequired={isRequired}
      menuTrigger="focus"
      allowsEmptyCollection
      autoFocus={autoFocus}
    >
      <Label className="field-label">{label}</Label>
      <div className="combo-input">
        <Input className="field-input" placeholder={placeholder} />
        <Button className="combo-button" aria-label={`${label}: lijst openen`}>
          <span aria-hidden="true">▾</span>
        </Button>
      </div>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover combo-popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <div className="listbox-empty">{emptyText}</div>}
        >
          {(item: ComboOption) => (
            <ListBoxItem id={item.id} className="listbox-item" textValue={item.label}>
              <span>{item.label}</span>
              {item.description && <span className="listbox-item-description"> · {item.description}</span>}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
