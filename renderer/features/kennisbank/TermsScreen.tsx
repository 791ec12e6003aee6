import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { TERM_CATEGORIES, type TermCategory } from '../../../shared/domain/term';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { browseLetter, compareDutch, createTermIndex } from '../../../shared/kennisbank/search';
import { useTerms } from '../../db/queries/reference';
import { EmptyState, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { LetterBar } from './LetterBar';
import { NewTermButton } from './NewTermButton';
import { ADMIN_PATH } from './paths';
import { TermListItem } from './TermListItem';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import '../../styles/kennisbank.css';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const ALL = 'alle';
type CategoryFilter = TermCategory | typeof ALL;

/** The begrippenlijst: forgiving search, browse by category and by first letter. */
export function TermsScreen() {
  const terms = useTerms();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const category = (params.get('categorie') ?? ALL) as CategoryFilter;
  const letter = params.get('letter');
  const set = (key: string, value: string | null) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );

  const index = useMemo(() => createTermIndex(terms ?? []), [terms]);
  const inCategory = useMemo(
    () =>
      index
        .byCategory()
        .filter((g) => category === ALL || g.category === category)
        .flatMap((g) => g.terms)
        .sort((a, b) => compareDutch(a.term, b.term)),
    [index, category],
  );
  const letters = useMemo(() => new Set(inCategory.map((t) => browseLetter(t.term))), [inCategory]);

  const hits = query.trim()
    ? index.search(query, 200).filter((h) => category === ALL || h.item.category === category)
    : null;
  const browsed = letter ? inCategory.filter((t) => browseLetter(t.term) === letter) : inCategory;
  const count = hits ? hits.length : browsed.length;

  return (
    <Page
      title={kx.terms.title}
      description={kx.terms.description}
      actions={
        <>
          <NewTermButton />
          <Link to={ADMIN_PATH} className="btn btn-quiet">
            {kx.adminLink}
          </Link>
        </>
      }
    >
      <div className="kb-toolbar" role="search">
        <TextField
          label={kx.terms.search}
          description={kx.terms.searchHint}
          type="search"
          value={query}
          onChange={(v) => set('q', v)}
        />
        <SelectField<CategoryFilter>
          label={kx.terms.category}
          value={category}
          onChange={(v) => set('categorie', v === ALL ? null : v)}
          options={[
            { value: ALL, label: kf.allCategories },
            ...TERM_CATEGORIES.map((c) => ({ value: c, label: kennisbank.categories[c] })),
          ]}
        />
      </div>
      {!hits && <LetterBar available={letters} value={letter} onChange={(l) => set('letter', l)} />}
      {terms === undefined ? (
        <p className="loading">{kx.loading}</p>
      ) : count === 0 ? (
        <EmptyState title={kx.terms.none}>
          <p>{kx.terms.noneBody}</p>
        </EmptyState>
      ) : (
        <>
          <p className="kb-count" role="status">
            {kx.terms.results(count)}
          </p>
          {hits ? (
            <ul className="kb-list" aria-label={kx.terms.title}>
              {hits.map((h) => (
                <TermListItem key={h.item.id} term={h.item} matchedOn={h.matchedOn} />
              ))}
            </ul>
          ) : letter || category !== ALL ? (
            <ul className="kb-list" aria-label={kx.terms.title}>
              {browsed.map((t) => (
                <TermListItem key={t.id} term={t} showCategory={category === ALL} />
              ))}
            </ul>
          ) : (
            index
              .byCategory()
              .filter((g) => g.terms.length > 0)
              .map((g) => (
                <section key={g.category} className="kb-group" aria-labelledby={`cat-${g.category}`}>
                  <h2 id={`cat-${g.category}`}>{kennisbank.categories[g.category]}</h2>
                  <ul className="kb-list">
                    {g.terms.map((t) => (
                      <TermListItem key={t.id} term={t} showCategory={false} />
                    ))}
                  </ul>
                </section>
              ))
          )}
        </>
      )}
    </Page>
  );
}
