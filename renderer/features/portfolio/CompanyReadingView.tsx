import { Link, useLocation } from 'react-router';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import { formatDateTime } from '../../../shared/i18n/format';
import { visit } from '../../../shared/i18n/nl/visit';
import type { CompanyRow } from '../../db/queries/companies';
import { Button } from '../../ui/Button';
import { Badge, Notice, Page } from '../../ui/Page';
import { useVisitCard } from '../visit/useVisitCard';
import { VisitCard } from '../visit/VisitCard';
import { CalendarButton } from '../visit/CalendarButton';
import { CompanyPanelStack } from './CompanyPanelStack';
import { labelOf } from './labels';
import '../../styles/portfolio.css';
import '../../styles/visit.css';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const r = visit.reading;
/** The bezoekkaart shows the contact persons and the fitting regelingen itself. */
const READING_VIEW_ON_CARD = ['regelingen', 'contactpersonen'];

/** The company as an advisor reads it before a visit; editing is one click away. */
export function CompanyReadingView({
  company,
  onEdit,
  onPrepare,
  onVerslag,
}: {
  company: CompanyRow;
  onEdit: () => void;
  onPrepare: () => void;
  onVerslag: () => void;
}) {
  const card = useVisitCard(company.id);
  const finished = (
    useLocation().state as {
      finishedInterview?: { applied: number | null; followUps: number };
    } | null
  )?.finishedInterview;
  return (
    <Page
      title={company.name || px.companyScreen.bedrijf}
      description={
        <span className="company-header-meta">
          <Link to="/portefeuille" className="link">
            {px.companyScreen.portefeuille}
          </Link>
          <span>{labelOf('kind', company.kind ?? 'mkb')}</span>
          {company.place && <span>· {company.place}</span>}
          {company.demo && <Badge tone="private">demo</Badge>}
          {company.updatedAt && <span>{px.companyScreen.gewijzigd} {formatDateTime(company.updatedAt)}</span>}
        </span>
      }
      actions={
        <>
          <Button variant="primary" onPress={onEdit}>
            {r.edit}
          </Button>
          <Button onPress={onPrepare}>{r.prepare}</Button>
          <Button onPress={onVerslag}>{r.verslag}</Button>
          {card && (
            <CalendarButton
              followUps={card.followUps}
              companyName={company.name ?? ''}
              label={visit.calendar.addAll}
              fileSlug={company.name ?? company.id}
            />
          )}
        </>
      }
    >
      {finished && (
        <Notice tone="success">
          {visit.finish.finished}
          {finished.applied ? ` ${tx.facts.applied(finished.applied)}` : ''}
          {finished.followUps > 0 ? ` ${visit.finish.saved(finished.followUps)}` : ''}
        </Notice>
      )}
      <div className="company-layout">
        <div>
          {card ? (
            <VisitCard card={card} />
          ) : (
            <p className="loading" role="status">
              {px.companyScreen.bezigMetLaden}
            </p>
          )}
        </div>
        <CompanyPanelStack companyId={company.id} without={READING_VIEW_ON_CARD} />
      </div>
    </Page>
  );
}
