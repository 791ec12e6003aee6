import { useEffect, useState } from 'react';
import { Form, Link } from 'react-aria-components';
import { t } from '../../../shared/i18n';
import { profileText } from '../../../shared/i18n/nl/profile';
import { settingsText } from '../../../shared/i18n/nl/settings';
import { useProfile } from '../../db/queries/settings';
import { requestPersistentStorage, saveProfile } from '../../db/repositories/profile';
import { ProfileFields, useProfileForm } from '../../app/ProfileFields';
import { desktopApi, getMode } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { Notice, Page } from '../../ui/Page';
import { BackupSection } from './BackupSection';
import { PreferencesSection } from './PreferencesSection';
import type { Profile } from '../../../shared/domain/common';
import type { AppInfo } from '../../../shared/ipc/contract';

function ProfileSection({ profile }: { profile: Profile }) {
  const form = useProfileForm(profile);
  const [saved, setSaved] = useState(false);
  return (
    <section className="card" aria-labelledby="profile-title">
      <h2 id="profile-title">{profileText.settingsTitle}</h2>
      <Form
        validationBehavior="aria"
        onSubmit={async (e) => {
          e.preventDefault();
          const input = form.validate();
          if (!input) return;
          await saveProfile(input);
          setSaved(true);
        }}
      >
        <ProfileFields form={form} />
        <Button type="submit" variant="primary">
          {t.actions.save}
        </Button>
        {saved && <Notice tone="success">{profileText.settingsSaved}</Notice>}
      </Form>
    </section>
  );
}

function StorageSection({ profile }: { profile: Profile }) {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    void requestPersistentStorage().then(setPersisted);
    const api = desktopApi();
    if (api) void api.app.info().then((r) => r.ok && setInfo(r.data));
  }, []);
  return (
    <section className="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{settingsText.storageTitle}</h2>
      <dl className="facts">
        <dt>{settingsText.modeLabel}</dt>
        <dd>{getMode() === 'desktop' ? t.mode.desktop : t.mode.browser}</dd>
        <dt>{settingsText.whereLabel}</dt>
        <dd>{info ? `${settingsText.whereDesktop} ${info.paths.userData}` : settingsText.whereBrowser}</dd>
        {info && (
          <>
            <dt>{settingsText.backupsLabel}</dt>
            <dd>{info.paths.backups}</dd>
            <dt>{settingsText.versionLabel}</dt>
            <dd>{info.version}</dd>
          </>
        )}
        <dt>{profileText.deviceLabel}</dt>
        <dd>
          <code>{profile.deviceId}</code>
          <div className="field-description">{profileText.deviceHelp}</div>
        </dd>
        <dt>{settingsText.persistLabel}</dt>
        <dd data-testid="persist-status">
          {persisted === null ? t.loading : persisted ? settingsText.persisted : settingsText.notPersisted}
        </dd>
      </dl>
    </section>
  );
}

export function SettingsScreen() {
  const profile = useProfile();
  if (!profile) return null;
  return (
    <Page title={t.nav.instellingen} description={settingsText.intro}>
      <div className="grid-2">
        <ProfileSection profile={profile} />
        <StorageSection profile={profile} />
      </div>
      <div className="grid-2">
        <PreferencesSection />
        <BackupSection />
      </div>
      <p>
        <Link href="/instellingen/privacy" className="link">
          {settingsText.privacyLink}
        </Link>
        {' · '}
        <Link href="/instellingen/personen" className="link">
          {settingsText.personsLink}
        </Link>
      </p>
    </Page>
  );
}
