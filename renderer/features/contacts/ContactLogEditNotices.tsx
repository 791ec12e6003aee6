import type { Visibility } from '../../../shared/domain/common';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { Notice } from '../../ui/Page';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

/**
 * What an advisor should know while correcting a log: that it is someone else's (anyone on this
 * device may correct any log, but not without knowing it), and what changing its visibility does.
 */
export function ContactLogEditNotices({ log, visibility, me }: { log: ContactLogRow; visibility: Visibility; me: { advisorId: string } }) {
  const ed = ui.editLog;
  const author = log.advisorName || log.advisorId;
  return (
    <>
      {log.advisorId !== me.advisorId && (
        <Notice tone="warning">{log.visibility === 'prive' && visibility === 'prive' ? ed.partnerAuthorPrivate(author) : ed.partnerAuthor(author)}</Notice>
      )}
      {log.visibility === 'gedeeld' && visibility === 'prive' && <Notice tone="warning">{ed.toPrivate}</Notice>}
      {log.visibility === 'prive' && visibility === 'gedeeld' && <Notice tone="info">{ed.toShared}</Notice>}
    </>
  );
}
