import { useState } from 'react';
import { formatDateTime, formatInt } from '../../../shared/i18n';
import { usePersonSearch } from '../../db/queries/contactPersonSearch';
import { erasePerson, loadDossier, type PersonDossier } from '../../db/repositories/personData';
import { saveFile } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { TextField } from '../../ui/TextField';
import { dossierHtml, dossierJson } from './personExport';
import { RetentionSection } from './RetentionSection';

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
      title="Personen (AVG)"
      description="Zoek een contactpersoon om alle gegevens over die persoon te vinden en te exporteren voor een inzageverzoek, of om de persoon te wissen."
    >
      <div className="grid-2">
        <section className="card" aria-labelledby="persons-search">
          <h2 id="persons-search">Contactpersoon zoeken</h2>
          <TextField label="Naam" value={query} onChange={setQuery} description="Minstens twee letters." />
          {hits && hits.length === 0 && query.trim().length >= 2 && <p>Geen contactpersoon gevonden met deze naam.</p>}
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
          <h2 id="dossier-title">Gevonden gegevens</h2>
          {done && <Notice tone="success">{done}</Notice>}
          {!dossier ? (
            <EmptyState title="Nog geen persoon gekozen">
              <p>Kies links een contactpersoon.</p>
            </EmptyState>
          ) : (
            <>
              <p>
                <strong>{String(dossier.person.name)}</strong> bij {String(dossier.company?.name ?? 'onbekend bedrijf')}
              </p>
              <ul data-testid="dossier-counts">
                <li>{formatInt(dossier.logs.length)} contactmomenten</li>
                <li>{formatInt(dossier.interviews.length)} gesprekken</li>
                <li>{formatInt(dossier.followUps.length)} vervolgacties</li>
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
                  Exporteren (JSON)
                </Button>
                <Button onPress={() => void saveFile(`${fileBase(dossier)}.html`, dossierHtml(dossier), 'text/html')}>
                  Exporteren (leesbaar)
                </Button>
                <Button variant="danger" onPress={() => setConfirming(true)}>
                  Persoon wissen…
                </Button>
              </div>
            </>
          )}
        </section>
      </div>
      <RetentionSection />
      <Modal title="Persoon wissen" isOpen={confirming} onOpenChange={setConfirming}>
        <p>
          De contactpersoon <strong>{String(dossier?.person.name ?? '')}</strong> wordt gewist en de naam wordt onleesbaar
          gemaakt in contactmomenten, gesprekken en vervolgacties. Dit wordt ook naar partners gesynchroniseerd en kan niet
          ongedaan worden gemaakt.
        </p>
        <div className="modal-actions">
          <Button onPress={() => setConfirming(false)}>Annuleren</Button>
          <Button
            variant="danger"
            onPress={async () => {
              if (!dossier) return;
              const n = (await erasePerson(dossier.person.id)).redacted;
              setConfirming(false);
              setDossier(null);
              setDone(`De persoon is gewist; de naam is in ${formatInt(n)} registraties onleesbaar gemaakt.`);
            }}
          >
            Definitief wissen
          </Button>
        </div>
      </Modal>
    </Page>
  );
}
