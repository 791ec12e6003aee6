import { useState } from 'react';
import { domain } from '../../../shared/i18n/nl/domain';
import { Link, useParams } from 'react-router';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { formatDate } from '../../../shared/i18n/format';
import { localToday } from '../../../shared/dates/localDate';
import { useScheme } from '../../db/queries/reference';
import { markSchemeChecked } from '../../db/repositories/reference';
import { Button } from '../../ui/Button';
import { ExternalLink } from '../../ui/ExternalLink';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { TermText } from '../../ui/TermText';
import { criteriaInWords, displayStatus, showStale } from './criteriaText';
import { RetireButton } from './RetireButton';
import { SchemeFormDialog } from './SchemeFormDialog';
import { SchemeStatusBadges } from './SchemeStatusBadges';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import '../../styles/kennisbank.css';

const s = kx.schemes;

/** One regeling: provider, for whom, what it offers, plain and typed conditions, amount, validity, source. */
export function SchemeDetailScreen() {
  const { key } = useParams();
  const scheme = useScheme(key);
  const [editing, setEditing] = useState(false);
  if (scheme === undefined) return <p className="loading">{kx.loading}</p>;
  if (scheme === null) {
    return (
      <Page title={s.title}>
        <EmptyState title={s.notFound} actions={<Link to="/kennisbank/regelingen" className="link">{kx.back.schemes}</Link>} />
      </Page>
    );
  }
  const today = localToday();
  const ended = displayStatus(scheme, today) === 'beeindigd';
  const criteria = criteriaInWords(scheme.criteria);
  return (
    <Page
      title={scheme.name}
      description={
        <span className="kb-meta">
          <Link to="/kennisbank/regelingen" className="link">
            {kx.back.schemes}
          </Link>
          <SchemeStatusBadges scheme={scheme} today={today} />
        </span>
      }
      actions={
        <>
          <Button onPress={() => setEditing(true)}>{kx.edit}</Button>
          <Button onPress={() => void markSchemeChecked(scheme.id, today)}>{s.markChecked}</Button>
          <RetireButton table="schemes" id={scheme.id} retired={scheme.retired} />
        </>
      }
    >
      {ended && <Notice tone="error" title={s.ended}>{s.endedNotice}</Notice>}
      {showStale(scheme, today) && <Notice tone="warning">{kennisbank.stale(scheme.lastChecked)}</Notice>}
      <div className="kb-detail-grid">
        <article className="card prose kb-detail">
          <h2>{s.offers}</h2>
          <p className="kb-text">
            <TermText text={scheme.offers} />
          </p>
          <h2>{s.conditions}</h2>
          <p className="kb-text">
            <TermText text={scheme.conditions} />
          </p>
          <h2>{s.criteria}</h2>
          <p className="field-description">{s.criteriaHelp}</p>
          {criteria.length === 0 ? (
            <p>{s.noCriteria}</p>
          ) : (
            <ul>
              {criteria.map((c) => (
                <li key={c}>
                  <TermText text={c} />
                </li>
              ))}
            </ul>
          )}
        </article>
        <aside className="card kb-facts" aria-label="Kerngegevens">
          <dl className="facts">
            <dt>{s.provider}</dt>
            <dd>{scheme.provider}</dd>
            <dt>{s.audience}</dt>
            <dd>{scheme.audience.map((a) => kennisbank.audiences[a]).join(', ')}</dd>
            <dt>{s.kind}</dt>
            <dd>{kennisbank.schemeKinds[scheme.kind]}</dd>
            <dt>{s.amount}</dt>
            <dd>{scheme.amount ?? kennisbank.amountUnknown}</dd>
            <dt>{s.validFrom}</dt>
            <dd>{scheme.validFrom ? formatDate(scheme.validFrom) : s.noDate}</dd>
            <dt>{s.validUntil}</dt>
            <dd>{scheme.validUntil ? formatDate(scheme.validUntil) : s.noDate}</dd>
            <dt>{s.source}</dt>
            <dd>
              {scheme.source.text} ({domain.scheme.sourceDate(scheme.source.date)})
              {scheme.source.url && (
                <>
                  <br />
                  <ExternalLink href={scheme.source.url}>{s.openSource}</ExternalLink>
                </>
              )}
            </dd>
            <dt>{s.lastChecked}</dt>
            <dd>{formatDate(scheme.lastChecked)}</dd>
          </dl>
        </aside>
      </div>
      {editing && <SchemeFormDialog scheme={scheme} isOpen={editing} onOpenChange={setEditing} />}
    </Page>
  );
}
