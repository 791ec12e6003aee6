import { Button } from '../../ui/Button';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';

/** "Afspraak" next to a company in the agenda: opens the agreement dialog for that company. */
export function AgreeButton({ companyId, name, onAgree }: { companyId: string; name: string; onAgree?: (companyId: string) => void }) {
  if (!onAgree) return null;
  return (
    <Button variant="secondary" className="agree-button no-print" aria-label={ui.overview.agreeAbout(name)} onPress={() => onAgree(companyId)}>
      + {ui.overview.agree}
    </Button>
  );
}
