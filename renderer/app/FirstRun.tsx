import { useState } from 'react';
import { Form } from 'react-aria-components';
import { t } from '../../shared/i18n';
import { profileText } from '../../shared/i18n/nl/profile';
import { saveProfile } from '../db/repositories/profile';
import { Button } from '../ui/Button';
import { ProfileFields, useProfileForm } from './ProfileFields';

/** First run: who is using Veldwerk on this laptop. Creates the profile and the device id. */
export function FirstRun() {
  const form = useProfileForm(null);
  const [saving, setSaving] = useState(false);
  return (
    <main className="first-run" id="main">
      <div className="first-run-card">
        <p className="brand-mark" aria-hidden="true">
          V
        </p>
        <h1>{profileText.welcomeTitle}</h1>
        <p>{profileText.welcomeIntro}</p>
        <Form
          validationBehavior="aria"
          onSubmit={async (e) => {
            e.preventDefault();
            const input = form.validate();
            if (!input) return;
            setSaving(true);
            try {
              await saveProfile(input);
            } finally {
              setSaving(false);
            }
          }}
        >
          <ProfileFields form={form} autoFocus />
          <Button type="submit" variant="primary" isDisabled={saving}>
            {saving ? t.saving : profileText.start}
          </Button>
        </Form>
        <p className="fine-print">{profileText.privacyNote}</p>
      </div>
    </main>
  );
}
