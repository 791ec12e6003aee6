import { useNavigate } from 'react-router';
import { alignment } from '../../../shared/i18n/nl/alignment';
import { useAlignmentData, useMeetings } from '../../db/queries/alignment';
import { Button } from '../../ui/Button';
import { EmptyState, Page } from '../../ui/Page';
import { AlignmentNav } from './AlignmentNav';
import { ExportButton } from './ExportButton';
import { MeetingList } from './MeetingList';
import { OverviewSections } from './OverviewSections';
import { PeriodPicker } from './PeriodPicker';
import { periodQuery, usePeriod } from './usePeriod';
import { useOverview } from './useOverview';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';
import { meetingOfPeriod } from '../../../shared/rules/meetingOfPeriod';
import { formatLocalDate } from '../../../shared/dates/localDate';
import '../../styles/alignment.css';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/** `/afstemming`: the agenda of the weekly afstemmingsoverleg for a chosen week or period. */
export function AlignmentScreen() {
  const navigate = useNavigate();
  const choice = usePeriod();
  const data = useAlignmentData();
  const meetings = useMeetings();
  const context = useOverview(data, choice.period);
  const current = meetings ? meetingOfPeriod(meetings, choice.period) : null;

  return (
    <Page
      title={alignment.title}
      description={ui.overview.description}
      actions={
        <>
          {current ? (
            <Button variant="primary" onPress={() => navigate(`/afstemming/overleg/${current.id}`)}>
              {t.meeting.openThisWeek(formatLocalDate(current.date))}
            </Button>
          ) : (
            <Button variant="primary" isDisabled={meetings === undefined} onPress={() => navigate(`/afstemming/overleg/nieuw?${periodQuery(choice.period)}`)}>
              {ui.overview.newMeeting}
            </Button>
          )}
          <ExportButton context={context} />
        </>
      }
    >
      <AlignmentNav />
      <PeriodPicker choice={choice} />
      {current && <p className="muted this-week-meeting">{t.meeting.thisWeekMeeting(formatLocalDate(current.date))}</p>}
      {!data || !context ? (
        <p className="loading" role="status">
          {ui.overview.loading}
        </p>
      ) : data.companies.length === 0 ? (
        <EmptyState title={ot.nothingYet}>
          <p>{ui.overview.noCompanies}</p>
        </EmptyState>
      ) : (
        <OverviewSections context={context} />
      )}
      <MeetingList meetings={meetings?.filter((m) => m.id !== current?.id)} />
    </Page>
  );
}
