import { Checkbox } from 'react-aria-components';

/** One labelled checkbox (uses the .checkbox styles of CheckboxGroupField). */
export function CheckboxField({
  label,
  isSelected,
  onChange,
  isDisabled,
}: {
  label: string;
  isSelected: boolean;
  onChange: (selected: boolean) => void;
  isDisabled?: boolean;
}) {
  return (
    <Checkbox
      className="checkbox checkbox-field"
      isSelected={isSelected}
      onChange={onChange}
      isDisabled={isDisabled}
    >
      <span className="checkbox-mark" aria-hidden="true" />
      <span className="checkbox-label">{label}</span>
    </Checkbox>
  );
}
