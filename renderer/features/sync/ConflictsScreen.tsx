import { Link } from 'react-aria-components';
import { syncUi } from '../../../shared/i18n/nl/sync';
import { useOpenConflicts } from '../../db/queries/conflicts';
import { EmptyState, Page } from '../../ui/Page';
import { ConflictCard } from './ConflictCard';
import '../../styles/sync.css';

const t = syncUi.conflicts;

/** Every open conflict side by side; each choice is an ordinary edit that synchronises. */
export function ConflictsScreen() {
  const conflicts = useOpenConflicts();
  return (
    <Page
      title={t.title}
      description={t.intro}
      actions={
        <Link className="link" href="/synchronisatie">
          {t.back}
        </Link>
      }
    >
      {conflicts === undefined ? null : conflicts.length === 0 ? (
        <EmptyState title={t.none} />
      ) : (
        <ul className="conflict-list">
          {conflicts.map((c) => (
            <li key={c.id}>
              <ConflictCard conflict={c} />
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
