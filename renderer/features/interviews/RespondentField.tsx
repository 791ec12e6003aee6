import { TextField } from '../../ui/TextField';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

/**
 * The gesprekspartner's name in the interview header. Personal data (AVG): optional, and kept
 * out of the summary and the export by the engine; it is autosaved with the answers.
 */
export function RespondentField({
  value,
  onChange,
  onBlur,
}: {
  value: string;
  onChange: (name: string) => void;
  onBlur: () => void;
}) {
  return (
    <div className="interview-respondent">
      <TextField
        label={tx.conduct.respondent}
        description={tx.conduct.respondentHint}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        maxLength={120}
        autoComplete="off"
        spellCheck="false"
      />
    </div>
  );
}
