import { WINDOW_SETTING } from '../../db/queries/contactLogs';
import { useSetting } from '../../db/queries/settings';
import { putSetting } from '../../db/repositories/settings';
import { SelectField } from '../../ui/SelectField';

const WINDOWS = ['14', '28', '42', '56', '91'] as const;
const LABELS: Record<(typeof WINDOWS)[number], string> = {
  '14': '2 weken',
  '28': '4 weken (standaard)',
  '42': '6 weken',
  '56': '8 weken',
  '91': '3 maanden',
};

/** How far back "niet dubbel benaderen" looks for contacts of the partner organisation. */
export function PreferencesSection() {
  const days = useSetting<number>(WINDOW_SETTING);
  const value = String(days ?? 28) as (typeof WINDOWS)[number];
  return (
    <section className="card" aria-labelledby="prefs-title">
      <h2 id="prefs-title">Niet dubbel benaderen</h2>
      <p className="field-description">
        Veldwerk waarschuwt als de andere organisatie een bedrijf in deze periode heeft benaderd of er een open actie heeft.
      </p>
      <div style={{ maxWidth: 280 }}>
        <SelectField
          label="Kijk terug over"
          options={WINDOWS.map((w) => ({ value: w, label: LABELS[w] }))}
          value={WINDOWS.includes(value) ? value : '28'}
          onChange={(v) => void putSetting(WINDOW_SETTING, Number(v))}
        />
      </div>
    </section>
  );
}
