import { syncUi } from '../../../shared/i18n/nl/sync';
import { useSyncTarget } from '../../db/queries/sync';
import { useSyncDetails } from '../../db/queries/syncStatus';
import { Page } from '../../ui/Page';
import { PeersTable } from './PeersTable';
import { ReportDetails } from './ReportDetails';
import { SyncStatusPanel } from './SyncStatusPanel';
import { TargetForm } from './TargetForm';
import '../../styles/sync.css';

/** Configure the shared target and see honestly what synchronisation did and did not do. */
export function SyncScreen() {
  const details = useSyncDetails();
  const target = useSyncTarget();
  if (!details || !target) return <Page title={syncUi.title}>{null}</Page>;
  return (
    <Page title={syncUi.title} description={syncUi.intro}>
      <SyncStatusPanel details={details} />
      <ReportDetails details={details} />
      <PeersTable peers={details.peers} />
      <TargetForm current={target.value} />
    </Page>
  );
}
