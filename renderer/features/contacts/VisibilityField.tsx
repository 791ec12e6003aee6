import { Label, Radio, RadioGroup } from 'react-aria-components';
import type { Visibility } from '../../../shared/domain/common';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

const OPTIONS: { value: Visibility; label: string; help: string }[] = [
  { value: 'gedeeld', label: ui.quickEntry.sharedLabel, help: ui.quickEntry.sharedHelp },
  { value: 'prive', label: ui.quickEntry.privateLabel, help: ui.quickEntry.privateHelp },
];

/**
 * Gedeeld or privé, each with what it means for the partner. Not the generic RadioGroupField:
 * its option descriptions use react-aria's <Text> without a slot, which throws inside a Radio.
 */
export function VisibilityField({ value, onChange }: { value: Visibility; onChange: (v: Visibility) => void }) {
  return (
    <RadioGroup className="field radio-group visibility-field" value={value} onChange={(v) => onChange(v as Visibility)}>
      <Label className="field-label">{ui.quickEntry.visibility}</Label>
      <div className="radio-options radio-vertical">
        {OPTIONS.map((o) => (
          <Radio key={o.value} value={o.value} className={`radio visibility-${o.value}`}>
            <span className="radio-mark" aria-hidden="true" />
            <span>
              {o.value === 'prive' && <span aria-hidden="true"></span>}
              {o.label}
              <span className="field-description visibility-help">{o.help}</span>
            </span>
          </Radio>
        ))}
      </div>
    </RadioGroup>
  );
}
