import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { formatDate } from '../../../shared/i18n/format';
import { useTerm, useTerms } from '../../db/queries/reference';
import { Button } from '../../ui/Button';
import { Badge, EmptyState, Notice, Page } from '../../ui/Page';
import { TermText } from '../../ui/TermText';
import { termHref } from './paths';
import { RetireButton } from './RetireButton';
import { TermFormDialog } from './TermFormDialog';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import '../../styles/kennisbank.css';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

/** One begrip: plain-language definition, abbreviation and synonyms, related begrippen, source. */
export function TermDetailScreen() {
  const { key } = useParams();
  const term = useTerm(key);
  const terms = useTerms();
  const [editing, setEditing] = useState(false);
  if (term === undefined) return <p className="loading">{kx.loading}</p>;
  if (term === null) {
    return (
      <Page title={kx.terms.title}>
        <EmptyState title={kx.terms.notFound} actions={<Link to="/kennisbank/begrippen" className="link">{kx.back.terms}</Link>} />
      </Page>
    );
  }
  const byKey = new Map((terms ?? []).map((t) => [t.key, t]));
  // A synonym that only differs in case from the name adds nothing for the reader.
  const synonyms = term.synonyms.filter((s) => s.toLocaleLowerCase('nl') !== term.term.toLocaleLowerCase('nl'));
  return (
    <Page
      title={term.term}
      description={
        <span className="kb-meta">
          <Link to="/kennisbank/begrippen" className="link">
            {kx.back.terms}
          </Link>
          <Badge>{kennisbank.categories[term.category]}</Badge>
          {term.retired && <Badge tone="warning">{kx.retired}</Badge>}
        </span>
      }
      actions={
        <>
          <Button onPress={() => setEditing(true)}>{kx.edit}</Button>
          <RetireButton table="terms" id={term.id} retired={term.retired} />
        </>
      }
    >
      {term.retired && <Notice tone="warning">{kf.term.retired}</Notice>}
      <article className="card prose kb-detail">
        <p className="kb-definition">
          <TermText text={term.definition} excludeKey={term.key} />
        </p>
        <dl className="facts">
          {term.abbreviation && (
            <>
              <dt>{kx.terms.abbreviation}</dt>
              <dd>{term.abbreviation}</dd>
            </>
          )}
          {synonyms.length > 0 && (
            <>
              <dt>{kx.terms.synonyms}</dt>
              <dd>{synonyms.join(', ')}</dd>
            </>
          )}
          {term.related.length > 0 && (
            <>
              <dt>{kx.terms.related}</dt>
              <dd>
                <ul className="kb-related">
                  {term.related.map((k) => (
                    <li key={k}>
                      <Link to={termHref(k)} className="link">
                        {byKey.get(k)?.term ?? k}
                      </Link>
                    </li>
                  ))}
                </ul>
              </dd>
            </>
          )}
          <dt>{kx.terms.source}</dt>
          <dd>{kx.source(term.source)}</dd>
          <dt>{kx.terms.updated}</dt>
          <dd>{formatDate(term.updatedAt)}</dd>
        </dl>
      </article>
      {editing && <TermFormDialog term={term} isOpen={editing} onOpenChange={setEditing} />}
    </Page>
  );
}
