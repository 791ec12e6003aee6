import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useAlignmentData, useMeeting } from '../../db/queries/alignment';
import { printPage, savePdf } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { EmptyState, Notice } from '../../ui/Page';
import { MeetingReport } from './MeetingReport';
import { useOverview } from './useOverview';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import '../../styles/alignment.css';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/** `/afstemming/overleg/:id/verslag`: the printable report with its toolbar (hidden on paper). */
export function MeetingReportScreen() {
  const { id } = useParams();
  const navigate = useNavigate();
  const meeting = useMeeting(id);
  const data = useAlignmentData();
  const period = meeting ? { from: meeting.periodStart, to: meeting.periodEnd } : { from: '1970-01-01', to: '1970-01-01' };
  const context = useOverview(data, period);
  const [error, setError] = useState<string | null>(null);
  if (meeting === null) return <EmptyState title={ui.meeting.missing} />;
  if (!meeting || !context) return <p className="loading" role="status">{ui.overview.loading}</p>;
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="report-screen">
      <div className="print-toolbar no-print" role="toolbar" aria-label={ot.report}>
        <Button variant="quiet" onPress={() => navigate(`/afstemming/overleg/${meeting.id}`)}>
          ← {ui.report.back}
        </Button>
        <Button variant="primary" onPress={() => run(printPage)}>
          {ui.report.print}
        </Button>
        <Button onPress={() => run(() => savePdf(`Afstemmingsoverleg ${meeting.date}.pdf`))}>{ui.report.pdf}</Button>
        {error && <Notice tone="error">{error}</Notice>}
      </div>
      <MeetingReport meeting={meeting} context={context} />
    </div>
  );
}
