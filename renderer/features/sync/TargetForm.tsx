import { useState } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { shell } from '../../../shared/i18n/nl/shell';
import { syncUi } from '../../../shared/i18n/nl/sync';
import { saveSyncTarget } from '../../db/repositories/sync';
import { desktopApi, getMode, unwrap } from '../../platform/platform';
import { grantWebdav, releaseGrant } from '../../syncAdapter/desktopGrants';
import {
  PASSPHRASE_SECRET,
  PASSWORD_SECRET,
  getSecret,
  makeTransport,
  secretsPersist,
  setSecret,
  type TargetConfig,
} from '../../syncAdapter/syncConfig';
import { APP_VERSION, getSyncService } from '../../syncAdapter/syncService';
import { testConnection } from '../../syncAdapter/testConnection';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { TextField } from '../../ui/TextField';

const t = syncUi.target;
const MIN_PASSPHRASE = 12;

type Kind = TargetConfig['kind'];
type Message = { tone: 'success' | 'error' | 'warning' | 'info'; lines: string[] };

/** Choose the shared folder or WebDAV server, the credentials and the team passphrase. */
export function TargetForm({ current }: { current: TargetConfig | null }) {
  const desktop = getMode() === 'desktop';
  const [kind, setKind] = useState<Kind>(current?.kind ?? (desktop ? 'folder' : 'webdav'));
  const [folder, setFolder] = useState(current?.kind === 'folder' ? current.path : '');
  const [folderId, setFolderId] = useState(
    current?.kind === 'folder' ? current.folderId : undefined,
  );
  const [url, setUrl] = useState(current?.kind === 'webdav' ? current.url : '');
  const [username, setUsername] = useState(current?.kind === 'webdav' ? current.username : '');
  const [password, setPassword] = useState('');
  const [encrypted, setEncrypted] = useState(current?.encrypted ?? false);
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);

  function config(): TargetConfig | string {
    if (kind === 'folder') {
      if (folder && folderId) return { kind, path: folder, folderId, encrypted };
      return folder ? shell.access.folderRepick(folder) : syncUi.needsFolder;
    }
    return url.trim()
      ? { kind, url: url.trim(), username: username.trim(), encrypted }
      : syncUi.needsUrl;
  }

  async function secrets() {
    return {
      password: password || (await getSecret(PASSWORD_SECRET)),
      passphrase: encrypted ? passphrase || (await getSecret(PASSPHRASE_SECRET)) : null,
    };
  }

  async function run(action: () => Promise<Message>) {
    setBusy(true);
    setMessage(null);
    try {
      setMessage(await action());
    } catch (error) {
      setMessage({
        tone: 'error',
        lines: [error instanceof Error ? error.message : String(error)],
      });
    } finally {
      setBusy(false);
    }
  }

  const test = () =>
    run(async () => {
      const c = config();
      if (typeof c === 'string') return { tone: 'error', lines: [c] };
      const { password: pw, passphrase: pp } = await secrets();
      const api = desktopApi();
      // The desktop app tests through the main process, which asks to confirm a new server.
      const ready = api && c.kind === 'webdav' ? (await grantWebdav(api, c, pw)).config : c;
      const made = makeTransport(ready, pw);
      if (!made.ok) return { tone: 'error', lines: [made.message] };
      const check = await testConnection(made.transport, APP_VERSION, pp);
      return { tone: check.ok ? 'success' : 'error', lines: check.messages };
    });

  const save = () =>
    run(async () => {
      const c = config();
      if (typeof c === 'string') return { tone: 'error', lines: [c] };
      if (encrypted && passphrase && passphrase.length < MIN_PASSPHRASE)
        return { tone: 'error', lines: [syncUi.passphrase.tooShort] };
      if (encrypted && !passphrase && !(await getSecret(PASSPHRASE_SECRET)))
        return { tone: 'error', lines: [syncUi.passphrase.tooShort] };
      let strong = true;
      let target = c;
      const api = desktopApi();
      if (api && c.kind === 'webdav') {
        // The main process keeps the server and its password from now on.
        const granted = await grantWebdav(api, c, password || (await getSecret(PASSWORD_SECRET)));
        target = granted.config;
        strong = granted.strong;
        await setSecret(PASSWORD_SECRET, null);
      } else if (kind === 'webdav' && password)
        strong = (await setSecret(PASSWORD_SECRET, password)) && strong;
      if (encrypted && passphrase)
        strong = (await setSecret(PASSPHRASE_SECRET, passphrase)) && strong;
      if (!encrypted) await setSecret(PASSPHRASE_SECRET, null);
      await saveSyncTarget(target);
      if (api) await releaseGrant(api, current, target);
      setPassword('');
      setPassphrase('');
      void getSyncService().syncNow();
      return {
        tone: strong ? 'success' : 'warning',
        lines: strong ? [t.saved] : [t.saved, t.weakSecret],
      };
    });

  const remove = () =>
    run(async () => {
      await saveSyncTarget(null);
      const api = desktopApi();
      if (api) await releaseGrant(api, current, null);
      await setSecret(PASSWORD_SECRET, null);
      await setSecret(PASSPHRASE_SECRET, null);
      return { tone: 'info', lines: [t.removed] };
    });

  async function chooseFolder() {
    const api = desktopApi();
    if (!api) return;
    try {
      const chosen = unwrap(await api.folder.choose());
      if (chosen) {
        setFolder(chosen.path);
        setFolderId(chosen.folderId);
      }
    } catch (error) {
      setMessage({
        tone: 'error',
        lines: [error instanceof Error ? error.message : String(error)],
      });
    }
  }

  // A target saved before the desktop app granted access by id: picked or confirmed once more.
  const regrant =
    desktop && current?.kind === 'folder' && !current.folderId
      ? shell.access.folderRepick(current.path)
      : desktop && current?.kind === 'webdav' && !current.serverId
        ? shell.access.webdavReconfirm(current.url)
        : null;

  return (
    <section className="card sync-target" aria-labelledby="sync-target-title">
      <h2 id="sync-target-title">{t.heading}</h2>
      {regrant && <Notice tone="warning">{regrant}</Notice>}
      <Form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <RadioGroupField
          label={t.kindLabel}
          value={kind}
          onChange={setKind}
          options={[
            { value: 'folder', label: t.folder },
            { value: 'webdav', label: t.webdav },
          ]}
        />
        {kind === 'folder' ? (
          desktop ? (
            <div className="sync-folder">
              <p>{folder ? t.chosenFolder(folder) : t.noFolder}</p>
              <Button onPress={() => void chooseFolder()}>{t.chooseFolder}</Button>
            </div>
          ) : (
            <Notice tone="warning">{syncUi.folderNeedsDesktop}</Notice>
          )
        ) : (
          <div className="grid-2">
            <TextField
              label={t.url}
              description={t.urlHelp}
              value={url}
              onChange={setUrl}
              type="url"
            />
            <TextField
              label={t.username}
              value={username}
              onChange={setUsername}
              autoComplete="username"
            />
            <TextField
              label={t.password}
              value={password}
              onChange={setPassword}
              type="password"
              autoComplete="current-password"
              description={`${current?.kind === 'webdav' ? `${t.passwordKept} ` : ''}${secretsPersist() ? t.passwordDesktop : t.passwordBrowser}`}
            />
          </div>
        )}
        <fieldset className="sync-passphrase">
          <legend>{syncUi.passphrase.heading}</legend>
          <p className="field-description">{syncUi.passphrase.explain}</p>
          <Checkbox className="checkbox" isSelected={encrypted} onChange={setEncrypted}>
            <span className="checkbox-mark" aria-hidden="true" />
            {syncUi.passphrase.use}
          </Checkbox>
          {encrypted && (
            <TextField
              label={syncUi.passphrase.label}
              value={passphrase}
              onChange={setPassphrase}
              type="password"
              autoComplete="new-password"
              description={`${current?.encrypted ? `${syncUi.passphrase.keep} ` : ''}${secretsPersist() ? t.passwordDesktop : t.passwordBrowser}`}
            />
          )}
        </fieldset>
        {message && (
          <Notice tone={message.tone}>
            {message.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </Notice>
        )}
        <div className="sync-actions">
          <Button type="submit" variant="primary" isDisabled={busy}>
            {t.save}
          </Button>
          <Button onPress={() => void test()} isDisabled={busy}>
            {busy ? t.testing : t.test}
          </Button>
          {current && (
            <Button variant="quiet" onPress={() => void remove()} isDisabled={busy}>
              {t.remove}
            </Button>
          )}
        </div>
      </Form>
    </section>
  );
}
