import { useParams } from 'react-router';
import { useCompany } from '../../db/queries/companies';
import { useGuide } from '../../db/queries/guides';
import { useInterview } from '../../db/queries/interviews';
import { EmptyState, Page } from '../../ui/Page';
import { InterviewForm } from './InterviewForm';
import { InterviewResult } from './InterviewResult';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import '../../styles/interviews.css';

/** `/gesprekken/:id`: the interview, always with the guide VERSION it was started with. */
export function InterviewScreen() {
  const { id } = useParams();
  const interview = useInterview(id);
  const guide = useGuide(interview?.guideId);
  const company = useCompany(interview?.companyId);
  if (interview === undefined || (interview && (guide === undefined || company === undefined))) {
    return (
      <div className="loading" role="status">
        {tx.loading}
      </div>
    );
  }
  if (!interview) {
    return (
      <Page title={tx.title}>
        <EmptyState title={tx.conduct.missing} />
      </Page>
    );
  }
  if (!guide) {
    return (
      <Page title={tx.title}>
        <EmptyState title={tx.conduct.guideMissing} />
      </Page>
    );
  }
  return interview.status === 'afgerond' ? (
    <InterviewResult interview={interview} guide={guide} company={company ?? null} />
  ) : (
    <InterviewForm
      key={interview.id}
      interview={interview}
      guide={guide}
      company={company ?? null}
    />
  );
}
