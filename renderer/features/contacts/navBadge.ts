import { registerNavBadges, type NavBadge } from '../../app/navBadges';
import { contacts } from '../../../shared/i18n/nl/contacts';
import { localDate } from '../../../shared/dates/localDate';
import { useOverdueCount } from '../../db/queries/followUps';
import { useProfile } from '../../db/queries/settings';

/** The overdue count next to "Mijn acties" in the navigation. */
function useOverdueBadge(): Record<string, NavBadge> {
  const profile = useProfile();
  const count = useOverdueCount(profile?.advisorId, localDate(new Date()));
  return { '/acties': { count, label: contacts.myActions.badge(count) } };
}

registerNavBadges(useOverdueBadge);
