import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { isEditableInPlace } from '../../../shared/guides/versioning';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { guides as nl } from '../../../shared/i18n/nl/guides';
import { useGuide, useGuideUsage } from '../../db/queries/guides';
import { startGuideVersion } from '../../db/repositories/guides';
import { Button } from '../../ui/Button';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { ed } from '../../../shared/i18n/nl/guideEditor';
import { GuideEditor } from './GuideEditor';
import { GuidePreview } from './GuidePreview';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import '../../styles/interviews.css';

/**
 * `/gesprekken/handleidingen/:guideId`: an unused concept opens in the editor; a published or
 * used version is shown read-only (with the engine's preview) and offers a new version instead.
 */
export function GuideEditorScreen() {
  const { guideId } = useParams();
  const navigate = useNavigate();
  const location = useLocation();
  const guide = useGuide(guideId);
  const usage = useGuideUsage();
  const [error, setError] = useState<string | null>(null);
  if (guide === undefined || usage === undefined)
    return (
      <div className="loading" role="status">
        {ed.loading}
      </div>
    );
  if (guide === null) {
    return (
      <Page title={tx.guides.title}>
        <EmptyState title={ed.notFound} />
      </Page>
    );
  }
  const used = (usage.get(guide.id) ?? 0) > 0;
  if (isEditableInPlace(guide, used)) return <GuideEditor key={guide.id} initial={guide} />;

  const published = (location.state as { published?: number } | null)?.published;
  return (
    <Page
      title={guide.title}
      description={`${tx.version(guide.version)} · ${nl.statuses[guide.status]} · ${formatLocalDate(guide.date)} · ${tx.guides.usedCount(usage.get(guide.id) ?? 0)}`}
      actions={
        <>
          <Link className="btn btn-secondary" to="/gesprekken/handleidingen">
            {tx.guides.backToGuides}
          </Link>
          <Link
            className="btn btn-secondary"
            to={`/gesprekken/handleidingen/${guide.id}/afdrukken`}
          >
            {ed.printBlank}
          </Link>
          <Button
            variant="primary"
            onPress={async () => {
              try {
                const concept = await startGuideVersion(guide);
                navigate(`/gesprekken/handleidingen/${concept.id}`);
              } catch (e) {
                setError(e instanceof Error ? e.message : String(e));
              }
            }}
          >
            {ed.newVersion}
          </Button>
        </>
      }
    >
      {published !== undefined && <Notice tone="success">{ed.published(published)}</Notice>}
      {error && <Notice tone="error">{error}</Notice>}
      <Notice tone="info">{ed.readOnly}</Notice>
      {guide.description && <p className="page-description">{guide.description}</p>}
      <GuidePreview guide={guide} />
    </Page>
  );
}
