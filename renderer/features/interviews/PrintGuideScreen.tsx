import { useState } from 'react';
import { useParams } from 'react-router';
import { useGuide } from '../../db/queries/guides';
import { EmptyState } from '../../ui/Page';
import { textFor } from './guideLayout';
import { PrintDocument } from './PrintDocument';
import { PrintToolbar } from './PrintToolbar';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import '../../styles/interviews.css';
import '../../styles/print-guide.css';

/** `/gesprekken/handleidingen/:guideId/afdrukken`: the blank guide to take along on paper. */
export function PrintGuideScreen() {
  const { guideId } = useParams();
  const guide = useGuide(guideId);
  const [hints, setHints] = useState(true);
  if (guide === undefined)
    return (
      <div className="loading" role="status">
        {tx.loading}
      </div>
    );
  if (guide === null) return <EmptyState title={tx.conduct.guideMissing} />;
  return (
    <div className="print-screen">
      <PrintToolbar
        back={`/gesprekken/handleidingen`}
        pdfName={tx.guidePdf(guide.title, guide.version)}
      >
        <label className="print-option">
          <input type="checkbox" checked={hints} onChange={(e) => setHints(e.target.checked)} />{' '}
          {tx.print.hints}
        </label>
      </PrintToolbar>
      <PrintDocument guide={guide} text={textFor(guide, null)} header={{}} showHints={hints} />
    </div>
  );
}
