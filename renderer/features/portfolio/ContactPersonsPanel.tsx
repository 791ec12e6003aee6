import { useState } from 'react';
import { PREFERRED_CHANNEL_LABELS, type PreferredChannel } from '../../../shared/domain/contactPerson';
import { useContactPersons, type ContactPersonRow } from '../../db/queries/contactPersons';
import { addContactPerson, removeContactPerson, updateContactPerson } from '../../db/repositories/contactPersons';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { ContactPersonForm } from './ContactPersonForm';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** People at the company (personal data: only what the work needs). */
export function ContactPersonsPanel({ companyId }: { companyId: string }) {
  const people = useContactPersons(companyId);
  const [editing, setEditing] = useState<ContactPersonRow | 'new' | null>(null);
  return (
    <div>
      {people && people.length === 0 && <p className="muted">{px.contactPersons.nogGeenContactpersoonBekend}</p>}
      <ul className="contact-list">
        {people?.map((p) => (
          <li key={p.id} className="contact-item">
            <strong>{p.name}</strong>
            {p.function && <span className="muted"> · {p.function}</span>}
            <div className="muted">
              {[p.phone, p.email].filter(Boolean).join(' · ')}
              {p.preferredChannel && p.preferredChannel !== 'onbekend' && (
                <> · liefst {PREFERRED_CHANNEL_LABELS[p.preferredChannel as PreferredChannel]?.toLowerCase()}</>
              )}
            </div>
            <div className="contact-item-actions">
              <Button variant="quiet" onPress={() => setEditing(p)} aria-label={px.contactPersons.editOf(p.name)}>
                {px.contactPersons.bewerken}
              </Button>
              <Button variant="quiet" onPress={() => removeContactPerson(p.id)} aria-label={px.contactPersons.removeOf(p.name)}>
                {px.contactPersons.verwijderen}
              </Button>
            </div>
          </li>
        ))}
      </ul>
      <Button onPress={() => setEditing('new')}>{px.contactPersons.contactpersoonToevoegen}</Button>
      <Modal
        title={editing === 'new' ? px.contactPersons.contactpersoonToevoegen : px.contactPersons.contactpersoonBewerken}
        isOpen={editing !== null}
        onOpenChange={(open) => !open && setEditing(null)}
      >
        {editing !== null && (
          <ContactPersonForm
            companyId={companyId}
            person={editing === 'new' ? undefined : editing}
            onCancel={() => setEditing(null)}
            onSave={async (input) => {
              if (editing === 'new') await addContactPerson(companyId, input);
              else await updateContactPerson(editing.id, input);
              setEditing(null);
            }}
          />
        )}
      </Modal>
    </div>
  );
}
