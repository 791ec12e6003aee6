import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Checkbox } from 'react-aria-components';
import { portfolio } from '../../../shared/i18n/nl/portfolio';
import type { ImportPlan } from '../../../shared/import/plan';
import { formatInt } from '../../../shared/i18n/format';

const ROW = 54;
const COLS = [
  { id: 'row', header: 'Rij', width: 70 },
  { id: 'action', header: 'Actie', width: 100 },
  { id: 'name', header: 'Handelsnaam', width: 260 },
  { id: 'kvk', header: 'KvK', width: 100 },
  { id: 'place', header: 'Plaats', width: 140 },
  { id: 'issues', header: 'Meldingen', width: 560 },
];
const WIDTH = COLS.reduce((n, c) => n + c.width, 0);

/** Every planned row with its problems; virtualised so 10,000 rows stay responsive. */
export function ImportPreviewTable({ plan }: { plan: ImportPlan }) {
  const [onlyIssues, setOnlyIssues] = useState(false);
  const rows = useMemo(
    () => (onlyIssues ? plan.rows.filter((r) => r.issues.length > 0 || r.duplicates.length > 0) : plan.rows),
    [plan, onlyIssues],
  );
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW, overscan: 8 });
  return (
    <>
      <Checkbox className="checkbox" isSelected={onlyIssues} onChange={setOnlyIssues}>
        <span className="checkbox-mark" aria-hidden="true" />
        <span>Alleen rijen met meldingen of mogelijke dubbelen tonen</span>
      </Checkbox>
      <div ref={scrollRef} className="grid-scroll preview-scroll" role="grid" aria-label="Voorbeeld van de import" aria-rowcount={rows.length + 1} tabIndex={0}>
        <div className="grid-head" role="rowgroup" style={{ width: WIDTH }}>
          <div role="row" className="grid-row grid-header-row">
            {COLS.map((c) => (
              <div key={c.id} role="columnheader" className="grid-cell grid-header-cell" style={{ width: c.width, paddingLeft: '0.6rem' }}>
                {c.header}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize(), width: WIDTH }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            const dup = r.duplicates[0];
            return (
              <div
                key={r.rowNumber}
                role="row"
                aria-rowindex={item.index + 2}
                className={`grid-row${r.action === 'error' ? ' row-invalid' : ''}${item.index % 2 ? ' odd' : ''}`}
                style={{ transform: `translateY(${item.start}px)`, height: ROW }}
              >
                <div role="gridcell" className="grid-cell" style={{ width: COLS[0]!.width }}>{formatInt(r.rowNumber)}</div>
                <div role="gridcell" className="grid-cell" style={{ width: COLS[1]!.width }}>
                  <span className={`badge badge-${r.action === 'error' ? 'danger' : r.action === 'skip' ? 'warning' : r.action === 'update' ? 'neutral' : 'success'}`}>
                    {portfolio.import.action[r.action]}
                  </span>
                </div>
                <div role="gridcell" className="grid-cell" style={{ width: COLS[2]!.width }}>{r.values.name ?? ''}</div>
                <div role="gridcell" className="grid-cell" style={{ width: COLS[3]!.width }}>{r.values.kvk ?? ''}</div>
                <div role="gridcell" className="grid-cell" style={{ width: COLS[4]!.width }}>{r.values.place ?? ''}</div>
                <div role="gridcell" className="grid-cell issues-cell" style={{ width: COLS[5]!.width }}>
                  <div>
                    {r.issues.map((issue, i) => (
                      <div key={i} className={issue.severity === 'error' ? 'preview-error' : 'muted'}>
                        {issue.column ? `Kolom "${issue.column}": ` : ''}
                        {issue.message}
                      </div>
                    ))}
                    {dup && (
                      <div className="muted">
                        {dup.message} ·{' '}
                        <Link to={`/portefeuille/${dup.id}`} className="link">
                          {portfolio.duplicate.existing}
                        </Link>
                      </div>
                    )}
                  </div>
                </div>
              </div>
            );
          })}
        </div>
      </div>
    </>
  );
}
