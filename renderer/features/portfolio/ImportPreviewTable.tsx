import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router';
import { useVirtualizer } from '@tanstack/react-virtual';
import { Checkbox } from 'react-aria-components';
import { portfolio } from '../../../shared/i18n/nl/portfolio';
import { importing } from '../../../shared/i18n/nl/import';
import type { ImportPlan, PlanRow } from '../../../shared/import/plan';
import { formatInt } from '../../../shared/i18n/format';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** Estimated row height; rows with long messages grow and are measured. */
const ROW = 54;
// Fixed columns are narrow; names and messages wrap and "Meldingen" takes the rest of the width,
// so every message reads in full at 1366×768 without horizontal scrolling.
const COLS = [
  { id: 'row', header: px.importScreen.rij, className: 'ip-col-row' },
  { id: 'action', header: px.importScreen.actie, className: 'ip-col-action' },
  { id: 'name', header: px.importScreen.handelsnaam, className: 'ip-col-name' },
  { id: 'kvk', header: 'KvK', className: 'ip-col-kvk' },
  { id: 'place', header: px.importScreen.plaats, className: 'ip-col-place' },
  { id: 'issues', header: px.importScreen.meldingen, className: 'ip-col-issues' },
];

const hasMessages = (r: PlanRow) => r.issues.length > 0 || r.duplicates.length > 0 || r.missingKvk;

/** Every planned row with its problems; virtualised so 100,000 rows stay responsive. */
export function ImportPreviewTable({ plan }: { plan: ImportPlan }) {
  const [onlyIssues, setOnlyIssues] = useState(false);
  const rows = useMemo(() => (onlyIssues ? plan.rows.filter(hasMessages) : plan.rows), [plan, onlyIssues]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW,
    overscan: 8,
    getItemKey: (i) => rows[i]!.rowNumber,
  });
  return (
    <>
      <Checkbox className="checkbox" isSelected={onlyIssues} onChange={setOnlyIssues}>
        <span className="checkbox-mark" aria-hidden="true" />
        <span>{px.importScreen.alleenRijenMetMeldingen}</span>
      </Checkbox>
      <div ref={scrollRef} className="grid-scroll preview-scroll import-preview" role="grid" aria-label={px.importScreen.voorbeeldVanDeImport} aria-rowcount={rows.length + 1} tabIndex={0}>
        <div className="grid-head" role="rowgroup">
          <div role="row" className="grid-row grid-header-row">
            {COLS.map((c) => (
              <div key={c.id} role="columnheader" className={`grid-cell grid-header-cell ${c.className}`}>
                {c.header}
              </div>
            ))}
          </div>
        </div>
        <div role="rowgroup" className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((item) => {
            const r = rows[item.index]!;
            const dup = r.duplicates[0];
            return (
              <div
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                role="row"
                aria-rowindex={item.index + 2}
                className={`grid-row${r.action === 'error' ? ' row-invalid' : ''}${item.index % 2 ? ' odd' : ''}`}
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <div role="gridcell" className="grid-cell ip-col-row">{formatInt(r.rowNumber)}</div>
                <div role="gridcell" className="grid-cell ip-col-action">
                  <span className={`badge badge-${r.action === 'error' ? 'danger' : r.action === 'skip' ? 'warning' : r.action === 'update' ? 'neutral' : 'success'}`}>
                    {portfolio.import.action[r.action]}
                  </span>
                </div>
                <div role="gridcell" className="grid-cell ip-col-name">{r.values.name ?? ''}</div>
                <div role="gridcell" className="grid-cell ip-col-kvk">{r.values.kvk ?? ''}</div>
                <div role="gridcell" className="grid-cell ip-col-place">{r.values.place ?? ''}</div>
                <div role="gridcell" className="grid-cell ip-col-issues">
                  <div>
                    {r.issues.map((issue, i) => (
                      <div key={i} className={issue.severity === 'error' ? 'preview-error' : 'muted'}>
                        {issue.column ? px.importScreen.column(issue.column) : ''}
                        {issue.message}
                      </div>
                    ))}
                    {r.missingKvk && <div className="muted">{importing.row.noKvk}</div>}
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
