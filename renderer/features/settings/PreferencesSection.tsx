import { WINDOW_SETTING } from '../../db/queries/contactLogs';
import { useSetting } from '../../db/queries/settings';
import { putSetting } from '../../db/repositories/settings';
import { SelectField } from '../../ui/SelectField';
import { settingsText } from '../../../shared/i18n/nl/settings';

const WINDOWS = ['14', '28', '42', '56', '91'] as const;
const LABELS: Record<(typeof WINDOWS)[number], string> = settingsText.preferences.windows;

/** How far back "niet dubbel benaderen" looks for contacts of the partner organisation. */
export function PreferencesSection() {
  const days = useSetting<number>(WINDOW_SETTING);
  const value = String(days ?? 28) as (typeof WINDOWS)[number];
  return (
    <section className="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">{settingsText.preferences.title}</h2>
      <p className="field-description">
        {settingsText.preferences.explain}
      </p>
      <div style={{ maxWidth: 280 }}>
        <SelectField
          label={settingsText.preferences.window}
          options={WINDOWS.map((w) => ({ value: w, label: LABELS[w] }))}
          value={WINDOWS.includes(value) ? value : '28'}
          onChange={(v) => void putSetting(WINDOW_SETTING, Number(v))}
        />
      </div>
    </section>
  );
}
