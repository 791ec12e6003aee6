import { Link } from 'react-router';
import type { Meeting } from '../../../shared/domain/meeting';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { formatPeriod } from '../../../shared/rules/weeks';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';

/** Past meetings, newest first, each with its minutes. */
export function MeetingList({ meetings }: { meetings: Meeting[] | undefined }) {
  return (
    <section className="card meeting-list no-print" aria-labelledby="meetings-title">
      <h2 id="meetings-title">{ui.meetings.title}</h2>
      {meetings === undefined ? (
        <p role="status">{ui.overview.loading}</p>
      ) : meetings.length === 0 ? (
        <p className="section-empty">{ui.meetings.empty}</p>
      ) : (
        <ul className="plain-list">
          {meetings.map((m) => (
            <li key={m.id} className="meeting-list-item">
              <Link to={`/afstemming/overleg/${m.id}`} className="link">
                {ui.meeting.title(formatLocalDate(m.date))}
              </Link>
              <span className="muted">
                {' '}
                · {formatPeriod({ from: m.periodStart, to: m.periodEnd })} · {ui.meetings.summary(m.agreements.length, m.participants.length)}
              </span>{' '}
              <Link to={`/afstemming/overleg/${m.id}/verslag`} className="link" aria-label={`${ui.meetings.report}: ${ui.meeting.title(formatLocalDate(m.date))}`}>
                {ui.meetings.report}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
