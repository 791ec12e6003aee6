import { settingsText } from '../../../shared/i18n/nl/settings';
import { Page } from '../../ui/Page';

/** The privacy statement: what is stored where, what is shared, what stays private. */
export function PrivacyScreen() {
  return (
    <Page title={settingsText.privacyTitle}>
      <div className="prose">
        {settingsText.privacySections.map((s) => (
          <section key={s.title}>
            <h2>{s.title}</h2>
            {s.paragraphs.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </section>
        ))}
      </div>
    </Page>
  );
}
