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
      if (await saveFile(name, bytes, 'application/json')) setMessage({ tone: 'success', text: `Back-up opgeslagen als ${name}.` });
    } catch (e) {
      setMessage({ tone: 'error', text: `De back-up is niet gelukt: ${(e as Error).message}` });
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
      setPlan({ ok: false, message: `Terugzetten is mislukt; er is niets veranderd. (${(e as Error).message})` });
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Back-ups</h2>
      <p className="field-description">
        Veldwerk maakt elke dag een back-up, en ook vóór elke database-upgrade, import en terugzetactie
        {getMode() === 'desktop' ? ' (de laatste 14 in de back-upmap).' : ' (de laatste 3 in deze browser; download ze om ze veilig te bewaren).'}
      </p>
      <div className="page-actions">
        <Button variant="primary" onPress={makeBackup} isDisabled={busy}>
          Back-up maken
        </Button>
        <Button onPress={() => fileInput.current?.click()} isDisabled={busy}>
          Back-up terugzetten…
        </Button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          aria-label="Back-upbestand kiezen"
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
          <caption>Automatische back-ups</caption>
          <thead>
            <tr>
              <th scope="col">Gemaakt</th>
              <th scope="col">Bestand</th>
              <th scope="col">Grootte</th>
              <th scope="col">
                <span className="visually-hidden">Acties</span>
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
                    Downloaden
                  </Button>
                  <Button variant="quiet" onPress={async () => setPlan(await planRestoreFromSnapshot(s.id, s.name))}>
                    Terugzetten…
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Modal
        title="Back-up terugzetten"
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
            <p>{describeBackup(plan.backup)}. Zo verandert uw database:</p>
            <table className="simple-table" data-testid="restore-preview">
              <thead>
                <tr>
                  <th scope="col">Onderdeel</th>
                  <th scope="col">Nu</th>
                  <th scope="col">Na terugzetten</th>
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
              Alles wat u na deze back-up heeft ingevoerd, verdwijnt van deze laptop. Veldwerk bewaart eerst een back-up van de
              huidige toestand, zodat u dit kunt terugdraaien. Gesynchroniseerde wijzigingen van partners komen bij de volgende
              synchronisatie terug.
            </Notice>
          </>
        )}
        <div className="modal-actions">
          <Button onPress={() => setPlan(null)}>Annuleren</Button>
          {plan?.ok && (
            <Button variant="danger" onPress={restore} isDisabled={busy}>
              Terugzetten
            </Button>
          )}
        </div>
      </Modal>
    </section>
  );
}
