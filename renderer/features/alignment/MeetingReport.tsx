import type { Meeting } from '../../../shared/domain/meeting';
import { formatDateTime } from '../../../shared/i18n/format';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { formatPeriod } from '../../../shared/rules/weeks';
import { AgreementList } from './AgreementList';
import { orgShort } from './labels';
import { OverviewSections } from './OverviewSections';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import type { OverviewContext } from './useOverview';

/**
 * The A4 agenda-and-minutes of one meeting: the minutes first (who, agreements, notes), then
 * the agenda of its period on a new page. The agenda is computed from the shared data as it is
 * now, and says so, because contacts logged later also appear.
 */
export function MeetingReport({ meeting, context }: { meeting: Meeting; context: OverviewContext }) {
  const r = ui.report;
  return (
    <article className="meeting-report" aria-labelledby="report-title">
      <header className="report-header">
        <h1 id="report-title" className="report-title" tabIndex={-1}>
          {r.heading}
        </h1>
        <dl className="report-facts">
          <dt>{r.date}</dt>
          <dd>{formatLocalDate(meeting.date)}</dd>
          <dt>{r.period}</dt>
          <dd>{formatPeriod({ from: meeting.periodStart, to: meeting.periodEnd })}</dd>
          <dt>{r.participants}</dt>
          <dd>
            {meeting.participants.length === 0
              ? '—'
              : meeting.participants.map((p) => `${p.name} · ${orgShort(p.organisation)}`).join(', ')}
          </dd>
        </dl>
      </header>
      <section className="report-block" aria-labelledby="report-agreements">
        <h2 id="report-agreements">{r.agreements}</h2>
        <AgreementList agreements={meeting.agreements} companyNames={context.companyNames} />
      </section>
      <section className="report-block" aria-labelledby="report-notes">
        <h2 id="report-notes">{r.notes}</h2>
        <p className="prewrap">{meeting.notes.trim() || r.noNotes}</p>
      </section>
      <section className="report-agenda" aria-labelledby="report-agenda">
        <h2 id="report-agenda" className="report-agenda-title">
          {r.agenda}: {formatPeriod(context.overview.period)}
        </h2>
        <p className="muted">{r.generated(formatDateTime(new Date()))}</p>
        <OverviewSections context={context} />
      </section>
    </article>
  );
}
