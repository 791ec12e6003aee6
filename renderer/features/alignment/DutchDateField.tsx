import { useEffect, useState } from 'react';
import { TextField } from '../../ui/TextField';
import { formatDutchDate, parseDutchDate } from '../contacts/contactForm';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';

/**
 * A date typed the Dutch way (dd-mm-jjjj), as in the contact dialogs: native date inputs follow
 * the browser's language. `value` and `onChange` use `YYYY-MM-DD`; only a real date is passed
 * on, anything else stays in the field with a message saying how to type it.
 */
export function DutchDateField({
  label,
  value,
  onChange,
  isRequired,
  errorMessage,
  onValidityChange,
}: {
  label: string;
  value: string | null;
  onChange: (iso: string | null) => void;
  isRequired?: boolean;
  errorMessage?: string;
  /** Told whether the text typed is a date (or empty where allowed), so a form can refuse to save. */
  onValidityChange?: (valid: boolean) => void;
}) {
  const [text, setText] = useState(value ? formatDutchDate(value) : '');
  // A value changed from outside (not by typing here) is shown.
  useEffect(() => {
    setText((current) => {
      const parsed = current.trim() ? parseDutchDate(current) : null;
      return parsed === value ? current : value ? formatDutchDate(value) : '';
    });
  }, [value]);
  const empty = !text.trim();
  const parsed = empty ? null : parseDutchDate(text);
  const invalid = (!empty && parsed === null) || (empty && isRequired);
  return (
    <TextField
      label={label}
      placeholder={t.meeting.datePlaceholder}
      value={text}
      isRequired={isRequired}
      errorMessage={invalid ? t.meeting.dateInvalid : errorMessage}
      onChange={(next) => {
        setText(next);
        onValidityChange?.(next.trim() ? parseDutchDate(next) !== null : !isRequired);
        if (!next.trim()) {
          if (!isRequired) onChange(null);
          return;
        }
        const iso = parseDutchDate(next);
        if (iso !== null) onChange(iso);
      }}
    />
  );
}
