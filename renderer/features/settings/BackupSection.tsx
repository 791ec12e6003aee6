import { useRef, useState } from 'react';
import { describeBackup } from '../../../shared/backup/backupFile';
import { formatDateTime, formatInt } from '../../../shared/i18n';
import { useSnapshots } from '../../db/queries/backups';
import {
  confirmRestore,
  manualBackup,
  planRestore,
  planRestoreFromSnapshot,
  type RestorePlan,
} from '../../db/repositories/backups';
import { readSnapshot } from '../../db/snapshots';
import { getMode, saveFile } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { t } from '../../../shared/i18n';
import { settingsText } from '../../../shared/i18n/nl/settings';

/** Back-up maken, back-up terugzetten (with a preview), and the automatic snapshots. */
export function BackupSection() {
  const { snapshots, refresh } = useSnapshots();
  const fileInput = useRef<HTMLInputElement>(null);
  const [plan, setPlan] = useState<RestorePlan | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  async function makeBackup() {
    setBusy(true);
    try {
      const { name, bytes } = await manualBackup();
      if (await saveFile(name, bytes, 'application/json')) setMessage({ tone: 'success', text: settingsText.backup.saved(name) });
    } catch (e) {
      setMessage({ tone: 'error', text: settingsText.backup.failed((e as Error).message) });
    } finally {
      setBusy(false);
    }
  }

  async function chooseFile(file: File) {
    setPlan(await planRestore(new Uint8Array(await file.arrayBuffer()), file.name));
  }

  async function restore() {
    if (!plan?.ok) return;
    setBusy(true);
    try {
      await confirmRestore(plan.backup);
      window.location.reload();
    } catch (e) {
      setPlan({ ok: false, message: settingsText.backup.restoreFailed((e as Error).message) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{settingsText.backup.title}</h2>
      <p className="field-description">
        {settingsText.backup.explain}
        {getMode() === 'desktop' ? settingsText.backup.keptDesktop : settingsText.backup.keptBrowser}
      </p>
      <div className="page-actions">
        <Button variant="primary" onPress={makeBackup} isDisabled={busy}>
          {settingsText.backup.make}
        </Button>
        <Button onPress={() => fileInput.current?.click()} isDisabled={busy}>
          {settingsText.backup.restore}
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label={settingsText.backup.chooseFile}
          data-testid="restore-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void chooseFile(file);
          }}
        />
      </div>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {snapshots && snapshots.length > 0 && (
        <table className="simple-table">
          <caption>{settingsText.backup.automatic}</caption>
          <thead>
            <tr>
              <th scope="col">{settingsText.backup.made}</th>
              <th scope="col">{settingsText.backup.file}</th>
              <th scope="col">{settingsText.backup.size}</th>
              <th scope="col">
                <span className="visually-hidden">{settingsText.backup.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {snapshots.map((s) => (
              <tr key={s.id}>
                <td>{formatDateTime(s.createdAt)}</td>
                <td>{s.name}</td>
                <td>{formatInt(Math.ceil(s.size / 1024))} kB</td>
                <td>
                  <Button variant="quiet" onPress={async () => void saveFile(s.name, await readSnapshot(s.id), 'application/json')}>
                    {settingsText.backup.download}
                  </Button>
                  <Button variant="quiet" onPress={async () => setPlan(await planRestoreFromSnapshot(s.id, s.name))}>
                    {settingsText.backup.restoreOne}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Modal
        title={settingsText.backup.restoreTitle}
        isOpen={plan !== null}
        onOpenChange={(open) => {
          if (!open) {
            setPlan(null);
            refresh();
          }
        }}
      >
        {plan && !plan.ok && <Notice tone="error">{plan.message}</Notice>}
        {plan?.ok && (
          <>
            <p>{settingsText.backup.changes(describeBackup(plan.backup))}</p>
            <table className="simple-table" data-testid="restore-preview">
              <thead>
                <tr>
                  <th scope="col">{settingsText.backup.part}</th>
                  <th scope="col">{settingsText.backup.now}</th>
                  <th scope="col">{settingsText.backup.after}</th>
                </tr>
              </thead>
              <tbody>
                {plan.rows.map((r) => (
                  <tr key={r.table}>
                    <td>{r.label}</td>
                    <td>{formatInt(r.current)}</td>
                    <td>{formatInt(r.backup)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Notice tone="warning">
              {settingsText.backup.warning}
            </Notice>
          </>
        )}
        <div className="modal-actions">
          <Button onPress={() => setPlan(null)}>{t.actions.cancel}</Button>
          {plan?.ok && (
            <Button variant="danger" onPress={restore} isDisabled={busy}>
              {settingsText.backup.confirm}
            </Button>
          )}
        </div>
      </Modal>
    </section>
  );
}
