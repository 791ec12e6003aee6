import { Link } from 'react-router';
import { FOLLOW_UP_ORIGIN_LABELS } from '../../../shared/domain/followUp';
import { contacts } from '../../../shared/i18n/nl/contacts';
import { daysBetween, formatLocalDate } from '../../../shared/dates/localDate';
import type { FollowUpRow } from '../../db/queries/followUps';
import { Button } from '../../ui/Button';
import { Badge } from '../../ui/Page';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

type Props = {
  action: FollowUpRow;
  companyName: string | undefined;
  today: string;
  onDone: (a: FollowUpRow) => void;
  onExpire: (a: FollowUpRow) => void;
  onEdit: (a: FollowUpRow) => void;
};

/** One open action in "Mijn acties": what, where, when, the two ways to close it, and editing. */
export function ActionItem({ action, companyName, today, onDone, onExpire, onEdit }: Props) {
  const late = action.due !== null && action.due < today ? daysBetween(action.due, today) : 0;
  const titleId = `action-${action.id}`;
  return (
    <li className={`action-item${late ? ' action-late' : ''}`} aria-labelledby={titleId}>
      <div className="action-main">
        <span id={titleId} className="action-title">
          {action.title}
        </span>
        <span className="action-meta">
          <Link className="link" to={`/portefeuille/${encodeURIComponent(action.companyId)}`}>
            {companyName ?? ui.logs.unknownCompany}
          </Link>
          {action.due && <span>· {ui.myActions.due(formatLocalDate(action.due))}</span>}
          {late > 0 && <Badge tone="danger">{ui.myActions.overdueBy(late)}</Badge>}
          {action.origin !== 'handmatig' && <span>· {FOLLOW_UP_ORIGIN_LABELS[action.origin]}</span>}
          {action.visibility === 'prive' && (
            <Badge tone="private" label={contacts.visibility.priveMarker}>
              {contacts.visibility.prive}
            </Badge>
          )}
        </span>
        {action.notes && <span className="action-notes">{action.notes}</span>}
      </div>
      <div className="action-buttons">
        <Button variant="primary" onPress={() => onDone(action)} aria-label={`${contacts.myActions.markDone}: ${action.title}`}>
          ✓ {contacts.myActions.markDone}
        </Button>
        <Button variant="quiet" onPress={() => onExpire(action)} aria-label={`${ui.myActions.expire}: ${action.title}`}>
          {ui.myActions.expire}
        </Button>
        <Button variant="quiet" onPress={() => onEdit(action)} aria-label={ui.editLog.editLabel(action.title)}>
          {ui.editLog.edit}
        </Button>
      </div>
    </li>
  );
}
