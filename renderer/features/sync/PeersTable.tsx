import { formatDateTime } from '../../../shared/i18n';
import { syncUi } from '../../../shared/i18n/nl/sync';
import { hlcMillis } from '../../../shared/sync/hlc';
import type { PeerRow } from '../../db/queries/sync';
import { deviceLabel } from '../../db/queries/conflicts';

const t = syncUi.peers;

/** Per partner device: who it is (when known) and how recent the data is that we have of it. */
export function PeersTable({ peers }: { peers: PeerRow[] }) {
  return (
    <section className="card" aria-labelledby="sync-peers-title">
      <h2 id="sync-peers-title">{t.heading}</h2>
      {peers.length === 0 ? (
        <p>{t.empty}</p>
      ) : (
        <table className="simple-table" data-testid="sync-peers">
          <thead>
            <tr>
              <th scope="col">{t.who}</th>
              <th scope="col">{t.newest}</th>
              <th scope="col">{t.lastSeen}</th>
              <th scope="col">{t.applied}</th>
            </tr>
          </thead>
          <tbody>
            {peers.map((p) => (
              <tr key={p.deviceId}>
                <td>
                  {deviceLabel(p, p.deviceId, null, null)}
                  <div className="field-description">
                    {t.device} {p.deviceId}
                  </div>
                </td>
                <td>{p.newestHlc ? formatDateTime(hlcMillis(p.newestHlc)) : '—'}</td>
                <td>{p.lastSeenAt ? formatDateTime(p.lastSeenAt) : '—'}</td>
                <td>{t.appliedCount(p.appliedSeq)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
