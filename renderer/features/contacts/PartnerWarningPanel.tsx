import { Button } from '../../ui/Button';
import { openQuickEntry } from './quickEntry';
import { PartnerWarningNotice } from './PartnerWarningNotice';
import { usePartnerWarnings } from './usePartnerWarnings';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import '../../styles/contacts.css';

/** On the company page: "Let op" when a partner was here recently, and the quick-entry button. */
export function PartnerWarningPanel({ companyId }: { companyId: string }) {
  const partner = usePartnerWarnings(companyId);
  return (
    <div className="partner-panel">
      {partner &&
        (partner.warnings.length > 0 ? (
          <PartnerWarningNotice warnings={partner.warnings} windowDays={partner.windowDays} />
        ) : (
          <p className="muted">{ui.warning.none(partner.windowDays)}</p>
        ))}
      <Button variant="primary" onPress={() => openQuickEntry(companyId)}>
        {ui.quickEntry.open}
      </Button>
    </div>
  );
}
