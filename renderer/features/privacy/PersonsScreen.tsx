import { useState } from 'react';
import { formatDateTime, t } from '../../../shared/i18n';
import { usePersonSearch } from '../../db/queries/contactPersonSearch';
import { erasePerson, loadDossier, type PersonDossier } from '../../db/repositories/personData';
import { saveFile } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { dossierHtml, dossierJson } from './personExport';
import { RetentionSection } from './RetentionSection';
import { privacyText } from '../../../shared/i18n/nl/privacy';

/** AVG: find everything about a contact person, export it, or erase the person. */
export function PersonsScreen() {
  const [query, setQuery] = useState('');
  const hits = usePersonSearch(query);
  const [dossier, setDossier] = useState<PersonDossier | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const fileBase = (d: PersonDossier) => `inzage-${String(d.person.name).replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}`;

  return (
    <Page
      title={privacyText.persons.title}
      description={privacyText.persons.description}
    >
      <div className="grid-2">
        <section className="card" aria-labelledby="persons-search">
          <h2 id="persons-search">{privacyText.persons.search}</h2>
          <TextField label={privacyText.persons.name} value={query} onChange={setQuery} description={privacyText.persons.nameHelp} />
          {hits && hits.length === 0 && query.trim().length >= 2 && <p>{privacyText.persons.noHits}</p>}
          <ul className="plain-list">
            {hits?.map((h) => (
              <li key={h.id}>
                <Button variant="quiet" onPress={async () => { setDone(null); setDossier(await loadDossier(h.id)); }}>
                  {h.name}
                </Button>{' '}
                <span className="field-description">
                  {h.function ? `${h.function}, ` : ''}
                  {h.companyName}
                </span>
              </li>
            ))}
          </ul>
        </section>
        <section className="card" aria-labelledby="dossier-title">
          <h2 id="dossier-title">{privacyText.persons.found}</h2>
          {done && <Notice tone="success">{done}</Notice>}
          {!dossier ? (
            <EmptyState title={privacyText.persons.noneChosen}>
              <p>{privacyText.persons.chooseLeft}</p>
            </EmptyState>
          ) : (
            <>
              <p>
                <strong>{String(dossier.person.name)}</strong> {privacyText.persons.at} {String(dossier.company?.name ?? privacyText.persons.unknownCompany)}
              </p>
              <ul data-testid="dossier-counts">
                <li>{privacyText.persons.logs(dossier.logs.length)}</li>
                <li>{privacyText.persons.interviews(dossier.interviews.length)}</li>
                <li>{privacyText.persons.followUps(dossier.followUps.length)}</li>
              </ul>
              <ul className="plain-list">
                {dossier.logs.map((l) => (
                  <li key={l.id}>
                    {formatDateTime(String(l.at))}: {String(l.summary ?? '').slice(0, 120)}
                  </li>
                ))}
              </ul>
              <div className="page-actions">
                <Button onPress={() => void saveFile(`${fileBase(dossier)}.json`, dossierJson(dossier), 'application/json')}>
                  {privacyText.persons.exportJson}
                </Button>
                <Button onPress={() => void saveFile(`${fileBase(dossier)}.html`, dossierHtml(dossier), 'text/html')}>
                  {privacyText.persons.exportHtml}
                </Button>
                <Button variant="danger" onPress={() => setConfirming(true)}>
                  {privacyText.persons.erase}
                </Button>
              </div>
            </>
          )}
        </section>
      </div>
      <RetentionSection />
      <Modal title={privacyText.persons.eraseTitle} isOpen={confirming} onOpenChange={setConfirming}>
        <p>
          {privacyText.persons.eraseBefore} <strong>{String(dossier?.person.name ?? '')}</strong> {privacyText.persons.eraseAfter}
        </p>
        <div className="modal-actions">
          <Button onPress={() => setConfirming(false)}>{t.actions.cancel}</Button>
          <Button
            variant="danger"
            onPress={async () => {
              if (!dossier) return;
              const { redacted, backups } = await erasePerson(dossier.person.id);
              setConfirming(false);
              setDossier(null);
              const failed = backups.failed.map((f) => f.name).join(', ');
              setDone(
                privacyText.persons.erased(redacted, backups.rewritten) +
                  (failed ? ` ${privacyText.persons.backupsFailed(failed)}` : ''),
              );
            }}
          >
            {privacyText.persons.eraseConfirm}
          </Button>
        </div>
      </Modal>
    </Page>
  );
}
