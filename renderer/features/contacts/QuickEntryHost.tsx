import { newCompanyOf } from './contactForm';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useLocation } from 'react-router';
import { useProfile } from '../../db/queries/settings';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { newLogDraft } from './contactDrafts';
import { ContactLogEditor } from './ContactLogEditor';
import { ContactLogForm } from './ContactLogForm';
import { saveContactLog } from '../../db/repositories/contactLogs';
import { closeQuickEntry, companyIdFromPath, openQuickEntry, useQuickEntry } from './quickEntry';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import './navBadge';
import '../../styles/contacts.css';

/**
 * Mounted once in the shell: the "Contactmoment vastleggen" button, the Ctrl+L shortcut and the
 * contact dialog, for a new log (on a company page that company is preselected) or for
 * correcting an existing one.
 */
export function QuickEntryHost() {
  const { open, companyId, editLogId, openedAt } = useQuickEntry();
  const profile = useProfile();
  const location = useLocation();
  const pageCompany = companyIdFromPath(location.pathname);
  const [saved, setSaved] = useState<{ text: string; companyId: string | null } | null>(null);
  // Stable while the dialog is open; each opening remounts the form, which reads the draft again.
  const source = useMemo(() => newLogDraft(companyId), [companyId]);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'l') {
        e.preventDefault();
        openQuickEntry(companyIdFromPath(window.location.hash.replace(/^#/, '')));
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(null), 8000);
    return () => clearTimeout(timer);
  }, [saved]);

  return (
    <>
      <Button variant="primary" className="quick-entry-button" aria-keyshortcuts="Control+L" onPress={() => openQuickEntry(pageCompany)}>
        {ui.quickEntry.open}
        <kbd className="kbd">{ui.quickEntry.shortcut}</kbd>
      </Button>
      <div className="quick-entry-status" role="status" aria-live="polite">
        {saved && (
          <>
            {saved.text}{' '}
            {saved.companyId && (
              <Link className="link" to={`/portefeuille/${encodeURIComponent(saved.companyId)}`}>
                {ui.logs.toCompany}
              </Link>
            )}
          </>
        )}
      </div>
      <Modal
        title={editLogId ? ui.editLog.title : ui.quickEntry.title}
        isOpen={open && Boolean(profile)}
        onOpenChange={(o) => !o && closeQuickEntry()}
        wide
      >
        {profile && editLogId && (
          <ContactLogEditor
            key={openedAt}
            logId={editLogId}
            profile={profile}
            onCancel={closeQuickEntry}
            onSaved={(name, id) => {
              closeQuickEntry();
              setSaved({ text: ui.editLog.saved(name), companyId: id });
            }}
            onDeleted={() => {
              closeQuickEntry();
              setSaved({ text: ui.editLog.removed, companyId: null });
            }}
          />
        )}
        {profile && !editLogId && (
          <ContactLogForm
            key={openedAt}
            profile={profile}
            source={source}
            focusCompany={!companyId}
            save={async (value, state) => {
              const result = await saveContactLog({
                input: value.input,
                profile,
                newCompany: newCompanyOf(state),
                statusAfter: state.statusAfter || null,
                followUps: value.followUps,
              });
              return result.companyId;
            }}
            onCancel={closeQuickEntry}
            onSaved={(name, id) => {
              closeQuickEntry();
              setSaved({ text: ui.quickEntry.saved(name), companyId: id });
            }}
          />
        )}
      </Modal>
    </>
  );
}
