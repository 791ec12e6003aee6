import { FOLLOW_UP_STATUS_LABELS } from '../../../shared/domain/followUp';
import { formatInstantDate } from '../../../shared/dates/localDate';
import type { FollowUpRow } from '../../db/queries/followUps';
import { setFollowUpStatus } from '../../db/repositories/followUps';
import { Button } from '../../ui/Button';
import { Badge } from '../../ui/Page';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

const WEEK_MS = 7 * 86_400_000;

/** The last week's closed actions, so a mistaken "Gedaan" can be found and reopened. */
type Props = {
  actions: FollowUpRow[];
  names: Map<string, string> | undefined;
  now: Date;
  onEdit: (a: FollowUpRow) => void;
};

export function RecentlyClosed({ actions, names, now, onEdit }: Props) {
  const recent = actions
    .filter((a) => a.status !== 'open' && now.getTime() - Date.parse(a.updatedAt) < WEEK_MS)
    .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt))
    .slice(0, 10);
  if (recent.length === 0) return null;
  return (
    <section className="action-group action-group-closed" aria-labelledby="actions-closed">
      <h2 id="actions-closed">{ui.myActions.recentlyClosed}</h2>
      <ul className="action-list">
        {recent.map((a) => (
          <li key={a.id} className="action-item action-closed">
            <div className="action-main">
              <span className="action-title">{a.title}</span>
              <span className="action-meta">
                {names?.get(a.companyId) ?? ui.logs.unknownCompany} ·{' '}
                <Badge tone={a.status === 'gedaan' ? 'success' : 'neutral'}>{FOLLOW_UP_STATUS_LABELS[a.status]}</Badge>{' '}
                {formatInstantDate(a.updatedAt)}
              </span>
            </div>
            <div className="action-buttons">
              <Button variant="quiet" onPress={() => void setFollowUpStatus(a.id, 'open')} aria-label={`Heropenen: ${a.title}`}>
                Heropenen
              </Button>
              <Button variant="quiet" onPress={() => onEdit(a)} aria-label={ui.editLog.editLabel(a.title)}>
                {ui.editLog.edit}
              </Button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
