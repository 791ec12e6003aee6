import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { kennisbank } from '../../../shared/i18n/nl/kennisbank';
import { useNetwork, useNetworkContactLogs, useNetworkMembers, useNetworkReach } from '../../db/queries/reference';
import { Button } from '../../ui/Button';
import { Badge, EmptyState, Notice, Page } from '../../ui/Page';
import { TermText } from '../../ui/TermText';
import { ExternalLink } from '../../ui/ExternalLink';
import { NetworkContactsTable } from './NetworkContactsTable';
import { NetworkFormDialog } from './NetworkFormDialog';
import { companyHref } from './paths';
import { RetireButton } from './RetireButton';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';
import { domain } from '../../../shared/i18n/nl/domain';
import '../../styles/kennisbank.css';
import { kf } from '../../../shared/i18n/nl/kennisbankForms';

const n = kx.networks;

/** One network: what it is, its member companies, contacts logged via it and its reach. */
export function NetworkDetailScreen() {
  const { id } = useParams();
  const network = useNetwork(id);
  const members = useNetworkMembers(id);
  const logs = useNetworkContactLogs(id);
  const reach = useNetworkReach();
  const [editing, setEditing] = useState(false);
  if (network === undefined) return <p className="loading">{kx.loading}</p>;
  if (network === null) {
    return (
      <Page title={n.title}>
        <EmptyState title={n.notFound} actions={<Link to="/kennisbank/netwerken" className="link">{kx.back.networks}</Link>} />
      </Page>
    );
  }
  const r = reach?.get(network.id);
  return (
    <Page
      title={network.name}
      description={
        <span className="kb-meta">
          <Link to="/kennisbank/netwerken" className="link">
            {kx.back.networks}
          </Link>
          <Badge>{kennisbank.networkKinds[network.kind]}</Badge>
          {network.place && <span>{network.place}</span>}
          {network.retired && <Badge tone="warning">{kx.retired}</Badge>}
          <Badge tone={network.status === 'opgeheven' ? 'danger' : network.status === 'actief' ? 'success' : 'warning'}>
            {domain.networkStatuses[network.status ?? 'onbekend']}
          </Badge>
        </span>
      }
      actions={
        <>
          <Button onPress={() => setEditing(true)}>{kx.edit}</Button>
          <RetireButton table="networks" id={network.id} retired={network.retired} />
        </>
      }
    >
      <div className="kb-detail-grid">
        <article className="card prose kb-detail">
          {network.focus && (
            <>
              <h2>{n.focus}</h2>
              <p className="kb-text">
                <TermText text={network.focus} />
              </p>
            </>
          )}
          {network.notes && (
            <Notice tone="info" title={n.notes}>
              <TermText text={network.notes} />
            </Notice>
          )}
          {(network.status ?? 'onbekend') === 'onbekend' && <Notice tone="warning">{domain.networks.statusUnknownNote}</Notice>}
          <dl className="facts">
            {network.website && (
              <>
                <dt>{domain.networks.website}</dt>
                <dd>
                  <ExternalLink href={network.website}>{network.website}</ExternalLink>
                </dd>
              </>
            )}
            {network.source && (
              <>
                <dt>{domain.networks.source}</dt>
                <dd>{domain.networks.sourceDated(network.source.text, network.source.date)}</dd>
              </>
            )}
            {network.abbreviation && (
              <>
                <dt>Afkorting</dt>
                <dd>{network.abbreviation}</dd>
              </>
            )}
            {network.admitsZzp !== undefined && (
              <>
                <dt>{n.zzp}</dt>
                <dd>{network.admitsZzp ? n.zzpYes : n.zzpNo}</dd>
              </>
            )}
            {network.sectors && network.sectors.length > 0 && (
              <>
                <dt>{kf.network.sectors}</dt>
                <dd>{network.sectors.map((s) => kennisbank.sectors[s]).join(', ')}</dd>
              </>
            )}
          </dl>
        </article>
        <aside className="card kb-facts" aria-labelledby="reach-title">
          <h2 id="reach-title">{n.reach}</h2>
          <p className="kb-reach">{n.reachText(r?.reached ?? 0, r?.members ?? 0)}</p>
          <p className="field-description">{n.reachHelp}</p>
        </aside>
      </div>
      <section className="card" aria-labelledby="members-title">
        <h2 id="members-title">
          {n.members} ({members?.length ?? 0})
        </h2>
        {members === undefined ? (
          <p className="loading">{kx.loading}</p>
        ) : members.length === 0 ? (
          <p>{n.noMembers}</p>
        ) : (
          <ul className="kb-members">
            {members.map((m) => (
              <li key={m.id}>
                <Link to={companyHref(m.id)} className="link">
                  {m.name ?? n.unknownCompany}
                </Link>
                {m.place && <span className="kb-muted"> · {m.place}</span>}
                {r?.reachedIds.has(m.id) && (
                  <>
                    {' '}
                    <Badge tone="success">{n.reachedBadge}</Badge>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="card" aria-labelledby="contacts-title">
        <h2 id="contacts-title">{n.contacts}</h2>
        {logs && logs.length > 0 ? <NetworkContactsTable logs={logs} /> : <p>{n.noContacts}</p>}
      </section>
      {editing && <NetworkFormDialog network={network} isOpen={editing} onOpenChange={setEditing} />}
    </Page>
  );
}
