import { useState } from 'react';
import { useParams } from 'react-router';
import { formatDate } from '../../../shared/i18n/format';
import { useCompany } from '../../db/queries/companies';
import { useGuide } from '../../db/queries/guides';
import { useInterview } from '../../db/queries/interviews';
import { EmptyState } from '../../ui/Page';
import { answeredSector, textFor } from './guideLayout';
import { PrintDocument } from './PrintDocument';
import { PrintToolbar } from './PrintToolbar';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import '../../styles/interviews.css';
import '../../styles/print-guide.css';

/** `/gesprekken/:id/afdrukken`: a filled interview; only relevant questions unless asked for all. */
export function PrintInterviewScreen() {
  const { id } = useParams();
  const interview = useInterview(id);
  const guide = useGuide(interview?.guideId);
  const company = useCompany(interview?.companyId);
  const [all, setAll] = useState(false);
  const [hints, setHints] = useState(false);
  if (interview === undefined || (interview && guide === undefined))
    return (
      <div className="loading" role="status">
        {tx.loading}
      </div>
    );
  if (!interview) return <EmptyState title={tx.conduct.missing} />;
  if (!guide) return <EmptyState title={tx.conduct.guideMissing} />;
  const text = textFor(
    guide,
    interview.sector ??
      answeredSector(guide, interview.answers) ??
      (company?.sector as string | null | undefined),
    company?.kind ?? null,
  );
  return (
    <div className="print-screen">
      <PrintToolbar
        back={`/gesprekken/${interview.id}`}
        pdfName={tx.interviewPdf(company?.name ?? '', interview.startedAt.slice(0, 10))}
      >
        <label className="print-option">
          <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />{' '}
          {tx.print.allQuestions}
        </label>
        <label className="print-option">
          <input type="checkbox" checked={hints} onChange={(e) => setHints(e.target.checked)} />{' '}
          {tx.print.hints}
        </label>
      </PrintToolbar>
      <PrintDocument
        guide={guide}
        text={text}
        header={{
          company: company?.name ?? tx.unknownCompany,
          interviewer: interview.advisorName,
          date: formatDate(interview.finishedAt ?? interview.startedAt),
          respondent: interview.respondentName,
        }}
        answers={interview.answers}
        otherTexts={interview.otherTexts}
        allQuestions={all}
        showHints={hints}
      />
    </div>
  );
}
