import type { Scheme } from '../../../shared/domain/scheme';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { Badge } from '../../ui/Page';
import { displayStatus, showStale } from './criteriaText';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';

/** Status badge (actief / beëindigd / onbekend) and, when due, "mogelijk verouderd". */
export function SchemeStatusBadges({ scheme, today }: { scheme: Scheme; today: string }) {
  const status = displayStatus(scheme, today);
  return (
    <>
      <Badge tone={status === 'actief' ? 'success' : status === 'beeindigd' ? 'danger' : 'warning'}>
        {kennisbank.statuses[status]}
      </Badge>
      {showStale(scheme, today) && (
        <Badge tone="warning">{kx.schemes.stale}</Badge>
      )}
      {scheme.retired && <Badge>{kx.retired}</Badge>}
    </>
  );
}
