import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useLocation } from 'react-router';
import { useProfile } from '../../db/queries/settings';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { ContactLogForm } from './ContactLogForm';
import { closeQuickEntry, companyIdFromPath, openQuickEntry, useQuickEntry } from './quickEntry';
import { ui } from './texts';
import './navBadge';
import '../../styles/contacts.css';

/**
 * Mounted once in the shell: the "Contactmoment vastleggen" button, the Ctrl+L shortcut and the
 * quick-entry dialog. On a company page that company is preselected.
 */
export function QuickEntryHost() {
  const { open, companyId, openedAt } = useQuickEntry();
  const profile = useProfile();
  const location = useLocation();
  const pageCompany = companyIdFromPath(location.pathname);
  const [saved, setSaved] = useState<{ name: string; companyId: string } | null>(null);

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
            {ui.quickEntry.saved(saved.name)}{' '}
            <Link className="link" to={`/portefeuille/${encodeURIComponent(saved.companyId)}`}>
              Naar het bedrijf
            </Link>
          </>
        )}
      </div>
      <Modal title={ui.quickEntry.title} isOpen={open && Boolean(profile)} onOpenChange={(o) => !o && closeQuickEntry()} wide>
        {profile && (
          <ContactLogForm
            key={openedAt}
            profile={profile}
            initialCompanyId={companyId}
            onCancel={closeQuickEntry}
            onSaved={(name, id) => {
              closeQuickEntry();
              setSaved({ name, companyId: id });
            }}
          />
        )}
      </Modal>
    </>
  );
}
