import { Link } from 'react-router';
import type { Term } from '../../../shared/domain/term';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { Badge } from '../../ui/Page';
import { shortDefinition } from '../../ui/termLinkerContext';
import { termHref } from './paths';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';

/** One begrip in a list: name (a link to its page), abbreviation, category and the short definition. */
export function TermListItem({ term, matchedOn, showCategory = true }: { term: Term; matchedOn?: string; showCategory?: boolean }) {
  const via = matchedOn ? kx.terms.matchedOn[matchedOn] : undefined;
  return (
    <li className="kb-item">
      <div className="kb-item-head">
        <Link to={termHref(term.key)} className="kb-item-title">
          {term.term}
        </Link>
        {term.abbreviation && term.abbreviation !== term.term && <span className="kb-abbr">{term.abbreviation}</span>}
        {showCategory && <Badge>{kennisbank.categories[term.category]}</Badge>}
        {via && <span className="kb-via">{via}</span>}
      </div>
      <p className="kb-item-text">{shortDefinition(term.definition, 260)}</p>
    </li>
  );
}
