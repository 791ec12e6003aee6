import { useState } from 'react';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/i18n/format';
import { useGuides } from '../../db/queries/guides';
import { useCompanyInterviews } from '../../db/queries/interviews';
import { Button } from '../../ui/Button';
import { Badge } from '../../ui/Page';
import { StartInterviewDialog } from './StartInterviewDialog';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

/** Company page panel "Gesprekken": the interviews held with this company and a start button. */
export function InterviewsPanel({ companyId }: { companyId: string }) {
  const interviews = useCompanyInterviews(companyId);
  const guides = useGuides();
  const [starting, setStarting] = useState(false);
  const titles = new Map((guides ?? []).map((g) => [g.id, g.title]));
  return (
    <div>
      {interviews && interviews.length === 0 && (
        <p className="muted">{tx.noInterviewsWithCompany}</p>
      )}
      <ul className="plain-list">
        {interviews?.map((i) => (
          <li key={i.id}>
            <Link className="link" to={`/gesprekken/${i.id}`}>
              {titles.get(i.guideId) ?? i.guideKey}
            </Link>{' '}
            <span className="muted">
              ({tx.version(i.guideVersion)}) · {formatDateTime(i.lastChangeAt)} · {i.advisorName}
            </span>{' '}
            <Badge tone={i.status === 'afgerond' ? 'success' : 'warning'}>
              {tx.statuses[i.status]}
            </Badge>
          </li>
        ))}
      </ul>
      <Button onPress={() => setStarting(true)}>{tx.start}</Button>
      {starting && <StartInterviewDialog isOpen onOpenChange={setStarting} companyId={companyId} />}
    </div>
  );
}
