import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router';
import { NETWORK_KINDS } from '../../../shared/domain/network';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { createNetworkIndex } from '../../../shared/kennisbank/search';
import { useNetworkReach, useNetworks } from '../../db/queries/reference';
import { Badge, EmptyState, Page } from '../../ui/Page';
import { domain } from '../../../shared/i18n/nl/domain';
import { SelectField } from '../../ui/SelectField';
import { TermText } from '../../ui/TermText';
import { TextField } from '../../ui/TextField';
import { NewNetworkButton } from './NewNetworkButton';
import { ADMIN_PATH, networkHref } from './paths';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import '../../styles/kennisbank.css';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const ALL = 'alle';
const n = kx.networks;

/** The company networks of the region with kind, place, focus, notes, members and reach. */
export function NetworksScreen() {
  const networks = useNetworks();
  const reach = useNetworkReach();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const kind = params.get('soort') ?? ALL;
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
  const index = useMemo(() => createNetworkIndex((networks ?? []).filter((x) => !x.retired)), [networks]);
  const shown = (query.trim() ? index.search(query, 200).map((h) => h.item) : index.all()).filter(
    (x) => kind === ALL || x.kind === kind,
  );

  return (
    <Page
      title={n.title}
      description={n.description}
      actions={
        <>
          <NewNetworkButton />
          <Link to={ADMIN_PATH} className="btn btn-quiet">
            {kx.adminLink}
          </Link>
        </>
      }
    >
      <div className="kb-toolbar" role="search">
        <TextField label={n.search} type="search" value={query} onChange={(v) => set('q', v)} />
        <SelectField
          label={n.kind}
          value={kind}
          onChange={(v) => set('soort', v)}
          options={[{ value: ALL, label: kf.scheme.allKinds }, ...NETWORK_KINDS.map((k) => ({ value: k, label: kennisbank.networkKinds[k] }))]}
        />
      </div>
      {networks === undefined ? (
        <p className="loading">{kx.loading}</p>
      ) : shown.length === 0 ? (
        <EmptyState title={n.none}>
          <p>{n.noneBody}</p>
        </EmptyState>
      ) : (
        <table className="simple-table kb-table">
          <caption>
            {n.results(shown.length)} {domain.networks.listSource}
          </caption>
          <thead>
            <tr>
              <th scope="col">{kf.network.network}</th>
              <th scope="col">{n.kind}</th>
              <th scope="col">{n.place}</th>
              <th scope="col">{n.focus}</th>
              <th scope="col" className="num">{n.membersCol}</th>
              <th scope="col" className="num">{n.reach}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((x) => {
              const r = reach?.get(x.id);
              return (
                <tr key={x.id}>
                  <th scope="row">
                    <Link to={networkHref(x.id)} className="link">
                      {x.name}
                    </Link>
                    {x.abbreviation && <span className="kb-abbr">{x.abbreviation}</span>}
                    {x.status && x.status !== 'onbekend' && (
                      <Badge tone={x.status === 'opgeheven' ? 'danger' : 'success'}>{domain.networkStatuses[x.status]}</Badge>
                    )}
                  </th>
                  <td>{kennisbank.networkKinds[x.kind]}</td>
                  <td>{x.place}</td>
                  <td className="kb-focus">
                    <TermText text={x.focus} />
                    {x.notes && (
                      <span className="kb-note">
                        <TermText text={x.notes} />
                      </span>
                    )}
                  </td>
                  <td className="num">{r?.members ?? 0}</td>
                  <td className="num">{r && r.members > 0 ? n.reachShort(r.reached, r.members) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </Page>
  );
}
