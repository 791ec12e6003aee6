import { useState } from 'react';
import { useParams } from 'react-router';
import { formatDate } from '../../../shared/i18n/format';
import { visit } from '../../../shared/i18n/nl/visit';
import type { CompanyKind } from '../../../shared/domain/company';
import { useProfile } from '../../db/queries/settings';
import { EmptyState } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { textFor } from '../interviews/guideLayout';
import { PrintDocument } from '../interviews/PrintDocument';
import { PrintToolbar } from '../interviews/PrintToolbar';
import { startableGuides, useSeededGuides } from '../interviews/useSeededGuides';
import { useVisitCard } from './useVisitCard';
import { VisitCard } from './VisitCard';
import '../../styles/interviews.css';
import '../../styles/print-guide.css';
import '../../styles/visit.css';
import { t } from '../../../shared/i18n';

const p = visit.print;
const NONE = 'geen';

/**
 * `/portefeuille/:id/bezoek-voorbereiden`: the bezoekkaart as one A4 page, with room for notes,
 * optionally followed by the blank guide for the visit, so an advisor without a laptop has
 * everything on paper.
 */
export function PrepareVisitScreen() {
  const { id = '' } = useParams();
  const card = useVisitCard(id);
  // The seeded guides may not be in this database yet when no interview screen was opened.
  const { guides } = useSeededGuides();
  const profile = useProfile();
  const [guideId, setGuideId] = useState(NONE);
  if (card === undefined) {
    return (
      <p className="loading" role="status">
        {t.loading}
      </p>
    );
  }
  if (card === null) return <EmptyState title={t.companyNotFound} />;
  const name = card.company.name ?? '';
  const guide = guides?.find((g) => g.id === guideId) ?? null;
  const latest = startableGuides(guides ?? []);
  return (
    <div className="print-screen visit-print-screen">
      <PrintToolbar back={`/portefeuille/${id}`} pdfName={`${p.title(name)}.pdf`}>
        <SelectField
          label={p.guide}
          options={[
            { value: NONE, label: p.noGuide },
            ...latest.map((g) => ({ value: g.id, label: g.title })),
          ]}
          value={guideId}
          onChange={setGuideId}
        />
      </PrintToolbar>
      <article className="visit-print-doc" aria-label={p.title(name)}>
        <header className="visit-print-header">
          <h1>{p.title(name)}</h1>
          <p>
            {p.printed(formatDate(new Date()))}
            {profile ? ` · ${profile.name}` : ''}
          </p>
        </header>
        <VisitCard card={card} print />
        <section className="visit-notes" aria-label={p.notes}>
          <h2>{p.notes}</h2>
        </section>
      </article>
      {guide && (
        <div className="visit-print-guide">
          <PrintDocument
            guide={guide}
            text={textFor(
              guide,
              card.company.sector,
              (card.company.kind ?? null) as CompanyKind | null,
            )}
            header={{ company: name, interviewer: profile?.name }}
            showHints
          />
        </div>
      )}
    </div>
  );
}
