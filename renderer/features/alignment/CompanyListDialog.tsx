import { Link } from 'react-router';
import type { AlignmentCompany } from '../../db/queries/alignment';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { gemeenteLabel, sectorLabel, sizeLabel } from './labels';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

export type CompanyListRequest = { title: string; ids: string[]; reachedIds?: string[] };

const MAX_SHOWN = 500;

/** The companies behind a number (a matrix cell, a target), each linking to its page. */
export function CompanyListDialog({
  request,
  companies,
  onClose,
}: {
  request: CompanyListRequest;
  companies: Map<string, AlignmentCompany>;
  onClose: () => void;
}) {
  const reached = new Set(request.reachedIds ?? []);
  const rows = request.ids
    .flatMap((id) => companies.get(id) ?? [])
    .sort((a, b) => Number(reached.has(b.id)) - Number(reached.has(a.id)) || a.name.localeCompare(b.name, 'nl'));
  return (
    <Modal title={request.title} isOpen onOpenChange={(open) => !open && onClose()} wide>
      <p className="muted">
        {ot.list.count(rows.length)}
        {request.reachedIds ? ot.list.reached(reached.size) : ''}.
      </p>
      <div className="dialog-scroll">
        <table className="simple-table">
          <caption className="visually-hidden">{request.title}</caption>
          <thead>
            <tr>
              <th scope="col">{ot.list.company}</th>
              <th scope="col">{ot.list.gemeente}</th>
              <th scope="col">{ot.list.sector}</th>
              <th scope="col">Grootteklasse</th>
              {request.reachedIds && <th scope="col">Bereikt</th>}
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, MAX_SHOWN).map((c) => (
              <tr key={c.id}>
                <th scope="row">
                  <Link to={`/portefeuille/${encodeURIComponent(c.id)}`} className="link">
                    {c.name}
                  </Link>
                </th>
                <td>{gemeenteLabel(c.gemeente)}</td>
                <td>{sectorLabel(c.sector)}</td>
                <td>{sizeLabel(c.sizeClass)}</td>
                {request.reachedIds && <td>{reached.has(c.id) ? ot.list.yes : ot.list.no}</td>}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length > MAX_SHOWN && <p className="muted">{ot.list.more(MAX_SHOWN)}</p>}
      </div>
      <div className="modal-actions">
        <Button variant="primary" onPress={onClose}>
          {ot.list.close}
        </Button>
      </div>
    </Modal>
  );
}
