import { useMemo, useState } from 'react';
import type { FollowUpStatus } from '../../../shared/domain/followUp';
import { contacts } from '../../../shared/i18n/nl/contacts';
import { groupMyActions } from '../../../shared/rules/followUpOrder';
import { localDate } from '../../../shared/dates/localDate';
import { useCompanyNames, useOwnFollowUps, type FollowUpRow } from '../../db/queries/followUps';
import { useProfile } from '../../db/queries/settings';
import { setFollowUpStatus } from '../../db/repositories/followUps';
import { Button } from '../../ui/Button';
import { EmptyState, Page } from '../../ui/Page';
import { CalendarButton } from '../visit/CalendarButton';
import { visit } from '../../../shared/i18n/nl/visit';
import { ActionItem } from './ActionItem';
import { FollowUpDialog } from './FollowUpDialog';
import { FollowUpEditDialog } from './FollowUpEditDialog';
import { RecentlyClosed } from './RecentlyClosed';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import './navBadge';
import '../../styles/contacts.css';

const GROUPS = ['overdue', 'thisWeek', 'later', 'noDate'] as const;

/** "Mijn acties": my open follow-ups, overdue first; close them from the list. */
export function MyActionsScreen() {
  const profile = useProfile();
  const own = useOwnFollowUps(profile?.advisorId);
  const names = useCompanyNames(own?.map((f) => f.companyId) ?? []);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [feedback, setFeedback] = useState<{ text: string; id: string | null } | null>(null);
  const now = new Date();
  const today = localDate(now);
  const groups = useMemo(
    () => (own && profile ? groupMyActions({ followUps: own, advisorId: profile.advisorId, now: new Date() }) : null),
    [own, profile],
  );

  async function close(action: FollowUpRow, status: FollowUpStatus) {
    await setFollowUpStatus(action.id, status);
    setFeedback({
      id: action.id,
      text: status === 'gedaan' ? ui.myActions.doneFeedback(action.title) : ui.myActions.expiredFeedback(action.title),
    });
    // The list re-renders without the item; keep focus on the page instead of losing it to <body>.
    document.getElementById('page-title')?.focus({ preventScroll: true });
  }

  return (
    <Page
      title={contacts.myActions.title}
      description={ui.myActions.description}
      actions={
        <>
          <Button onPress={() => setAdding(true)} isDisabled={!profile}>
            + {ui.myActions.add}
          </Button>
          <CalendarButton followUps={own ?? []} companyName={(id) => names?.get(id) ?? ''} label={visit.calendar.addAll} fileSlug="acties" />
        </>
      }
    >
      <div className="action-feedback" role="status" aria-live="polite">
        {feedback && (
          <>
            {feedback.text}{' '}
            {feedback.id && (
              <Button
                variant="quiet"
                onPress={() => {
                  if (feedback.id) void setFollowUpStatus(feedback.id, 'open');
                  setFeedback(null);
                }}
              >
                {ui.myActions.undo}
              </Button>
            )}
          </>
        )}
      </div>
      {groups && groups.openCount === 0 && <EmptyState title={contacts.myActions.empty} />}
      {groups &&
        GROUPS.map((g) =>
          groups[g].length === 0 ? null : (
            <section key={g} className={`action-group action-group-${g}`} aria-labelledby={`actions-${g}`}>
              <h2 id={`actions-${g}`}>
                {contacts.myActions[g]} <span className="action-count">({ui.myActions.count(groups[g].length)})</span>
              </h2>
              <ul className="action-list">
                {groups[g].map((a) => (
                  <ActionItem
                    key={a.id}
                    action={a}
                    companyName={names?.get(a.companyId)}
                    today={today}
                    onDone={(x) => void close(x, 'gedaan')}
                    onExpire={(x) => void close(x, 'vervallen')}
                    onEdit={(x) => setEditing(x.id)}
                  />
                ))}
              </ul>
            </section>
          ),
        )}
      {own && <RecentlyClosed actions={own} names={names} now={now} onEdit={(x) => setEditing(x.id)} />}
      {profile && <FollowUpDialog profile={profile} isOpen={adding} onClose={() => setAdding(false)} />}
      {profile && (
        <FollowUpEditDialog
          followUpId={editing}
          profile={profile}
          onClose={() => setEditing(null)}
          onDone={(text) => setFeedback({ text, id: null })}
        />
      )}
    </Page>
  );
}
