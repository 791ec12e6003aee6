import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SCHEME_AUDIENCES, SCHEME_KINDS, type Scheme } from '../../../shared/domain/scheme';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { listSchemes } from '../../../shared/kennisbank/search';
import { localToday } from '../../../shared/dates/localDate';
import { useSchemes } from '../../db/queries/reference';
import { EmptyState, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { displayStatus, showStale } from './criteriaText';
import { NewSchemeButton } from './NewSchemeButton';
import { ADMIN_PATH } from './paths';
import { SchemeListItem } from './SchemeListItem';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import '../../styles/kennisbank.css';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const ALL = 'alle';
const STATUS_RANK = { actief: 0, onbekend: 1, beeindigd: 2 } as const;
type StatusFilter = 'actief' | 'beeindigd' | 'onbekend' | 'verouderd' | typeof ALL;

/** The regelingen catalogue with status, "mogelijk verouderd" and filters for whom, kind and status. */
export function SchemesScreen() {
  const schemes = useSchemes();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const audience = params.get('voor') ?? ALL;
  const kind = params.get('soort') ?? ALL;
  const status = (params.get('status') ?? ALL) as StatusFilter;
  const set = (key: string, value: string) =>
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        if (value && value !== ALL) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  const today = localToday();
  // A search also finds retired regelingen (e.g. leerrechten); browsing shows only those in use.
  const base: Scheme[] = useMemo(() => listSchemes(schemes ?? [], query), [schemes, query]);
  const shown = base.filter(
    (s) =>
      (audience === ALL || s.audience.includes(audience as Scheme['audience'][number])) &&
      (kind === ALL || s.kind === kind) &&
      (status === ALL || (status === 'verouderd' ? showStale(s, today) : displayStatus(s, today) === status)),
  );
  // When browsing: running regelingen first, then those of unknown status, ended ones last (still visible).
  if (!query.trim()) shown.sort((a, b) => STATUS_RANK[displayStatus(a, today)] - STATUS_RANK[displayStatus(b, today)]);

  return (
    <Page
      title={kx.schemes.title}
      description={kx.schemes.description}
      actions={
        <>
          <NewSchemeButton />
          <Link to={ADMIN_PATH} className="btn btn-quiet">
            {kx.adminLink}
          </Link>
        </>
      }
    >
      <div className="kb-toolbar kb-toolbar-4" role="search">
        <TextField label={kx.schemes.search} type="search" value={query} onChange={(v) => set('q', v)} />
        <SelectField
          label={kx.schemes.audience}
          value={audience}
          onChange={(v) => set('voor', v)}
          options={[{ value: ALL, label: 'Iedereen' }, ...SCHEME_AUDIENCES.map((a) => ({ value: a, label: kennisbank.audiences[a] }))]}
        />
        <SelectField
          label={kx.schemes.kind}
          value={kind}
          onChange={(v) => set('soort', v)}
          options={[{ value: ALL, label: kf.scheme.allKinds }, ...SCHEME_KINDS.map((k) => ({ value: k, label: kennisbank.schemeKinds[k] }))]}
        />
        <SelectField<StatusFilter>
          label={kx.schemes.status}
          value={status}
          onChange={(v) => set('status', v)}
          options={[
            { value: ALL, label: kx.all },
            { value: 'actief', label: kennisbank.statuses.actief },
            { value: 'beeindigd', label: kennisbank.statuses.beeindigd },
            { value: 'onbekend', label: kennisbank.statuses.onbekend },
            { value: 'verouderd', label: kx.schemes.stale },
          ]}
        />
      </div>
      {schemes === undefined ? (
        <p className="loading">{kx.loading}</p>
      ) : shown.length === 0 ? (
        <EmptyState title={kx.schemes.none}>
          <p>{kx.schemes.noneBody}</p>
        </EmptyState>
      ) : (
        <>
          <p className="kb-count" role="status">
            {kx.schemes.results(shown.length)}
          </p>
          <ul className="kb-list" aria-label={kx.schemes.title}>
            {shown.map((s) => (
              <SchemeListItem key={s.id} scheme={s} today={today} />
            ))}
          </ul>
        </>
      )}
    </Page>
  );
}
