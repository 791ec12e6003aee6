import { useContext, type ReactNode } from 'react';
import {
  Button,
  ComboBox,
  ComboBoxStateContext,
  FieldError,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Text,
  type Key,
} from 'react-aria-components';
import { t } from '../../shared/i18n';

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
      <PickerRow>
        <Input className="field-input" placeholder={placeholder} />
        <Button className="search-picker-button" aria-label={t.openList(label)}>
          <span aria-hidden="true">▾</span>
        </Button>
      </PickerRow>
      {description && (
        <Text slot="description" className="field-description">
          {description}
        </Text>
      )}
      <FieldError className="field-error">{errorMessage}</FieldError>
      <Popover className="popover search-picker-popover">
        <ListBox
          className="listbox"
          renderEmptyState={() => <div className="listbox-empty">{emptyText}</div>}
        >
          {(item: PickerOption) => (
            <ListBoxItem
              id={item.id}
              className="listbox-item"
              textValue={item.textValue ?? item.label}
            >
              <span>{item.label}</span>
              {item.description && (
                <span className="listbox-item-description"> · {item.description}</span>
              )}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}

/**
 * Escape closes the open suggestions and keeps what was typed; a second Escape reaches the
 * dialog around it. React Aria's own Escape "reverts" the input to the chosen option, which for
 * a controlled input without a choice empties it, and the emptied input reopened the full list
 * at once (`allowsEmptyCollection`), so Escape seemed to do nothing.
 */
function PickerRow({ children }: { children: ReactNode }) {
  const state = useContext(ComboBoxStateContext);
  return (
    <div
      className="search-picker-row"
      onKeyDownCapture={(e) => {
        if (e.key !== 'Escape' || !state?.isOpen) return;
        e.preventDefault();
        e.stopPropagation();
        state.setOpen(false);
      }}
    >
      {children}
    </div>
  );
}
