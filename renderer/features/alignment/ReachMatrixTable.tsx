import { formatInt, formatPercent } from '../../../shared/i18n/format';
import type { ReachFigures, ReachMatrix } from '../../../shared/rules/reach';
import { alignment } from '../../../shared/i18n/nl/alignment';
import type { CompanyListRequest } from './CompanyListDialog';
import { gemeenteLabel, sectorLabel, sizeLabel, sizeShort } from './labels';

type Props = { matrix: ReachMatrix; showEmpty: boolean; onOpen: (request: CompanyListRequest) => void };

function describe(f: ReachFigures, refLabel?: string): string {
  const parts = [`${formatInt(f.reached)} van ${formatInt(f.portfolio)} in de portefeuille bereikt`];
  if (f.reference !== null) parts.push(`referentie ${refLabel ? `${refLabel} ` : ''}${formatInt(f.reference)}`);
  if (f.reach !== null) parts.push(`bereik ${formatPercent(f.reach)}`);
  if (f.lowest) parts.push(alignment.reach.lowest.toLowerCase());
  return parts.join('; ');
}

/** One number of the matrix; opens the companies behind it. The low-reach mark is text too. */
function Cell({ f, title, onOpen, header, refLabel }: { f: ReachFigures; title: string; onOpen: Props['onOpen']; header?: boolean; refLabel?: string }) {
  const body = (
    <>
      <span className="reach-main">
        {formatInt(f.reached)}
        <span className="reach-of"> / {formatInt(f.portfolio)}</span>
      </span>
      {f.reference !== null && (
        <span className="reach-ref">
          ref. {refLabel ? `${refLabel} ` : ''}{formatInt(f.reference)}
          {f.reach !== null && ` · ${formatPercent(f.reach)}`}
        </span>
      )}
      {f.lowest && (
        <span className="reach-low">
          <span aria-hidden="true">▼ </span>
          {alignment.reach.lowest}
        </span>
      )}
    </>
  );
  const className = `reach-cell${f.lowest ? ' is-lowest' : ''}${f.portfolio === 0 ? ' is-empty' : ''}${header ? ' is-total' : ''}`;
  return (
    <td className={className}>
      {f.portfolio > 0 ? (
        <button
          type="button"
          className="reach-button"
          aria-label={`${title}: ${describe(f, refLabel)}. Toon de bedrijven.`}
          onClick={() => onOpen({ title, ids: f.companyIds, reachedIds: f.reachedIds })}
        >
          {body}
        </button>
      ) : (
        <span aria-label={`${title}: ${describe(f, refLabel)}`}>{body}</span>
      )}
    </td>
  );
}

/**
 * Sector (or gemeente) × size class: reached / in portfolio, with the reference where the
 * source has one. Companies without size get their own column, so the gap stays in view.
 */
export function ReachMatrixTable({ matrix, showEmpty, onOpen }: Props) {
  const rowLabel = matrix.dimension === 'sector' ? sectorLabel : gemeenteLabel;
  const rows = matrix.rows.filter((r) => showEmpty || r.total.portfolio > 0 || r.total.reference !== null);
  const withoutSizeFigures = (ids: string[]): ReachFigures => {
    const reached = new Set(matrix.withoutSize.reachedIds);
    const reachedIds = ids.filter((id) => reached.has(id));
    return { portfolio: ids.length, reached: reachedIds.length, reference: null, reach: null, companyIds: ids, reachedIds, lowest: false };
  };
  const allIds = matrix.rows.flatMap((r) => r.total.companyIds);
  const allReached = matrix.rows.flatMap((r) => r.total.reachedIds);
  return (
    <div className="table-scroll">
      <table className="reach-table">
        <caption className="visually-hidden">
          Bereik per {matrix.dimension === 'sector' ? 'sector' : 'gemeente'} en grootteklasse: bereikt / in portefeuille, met referentie
        </caption>
        <thead>
          <tr>
            <th scope="col">{matrix.dimension === 'sector' ? 'Sector' : 'Gemeente'}</th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c} title={sizeLabel(c)}>
                <abbr title={sizeLabel(c)}>{sizeShort(c)}</abbr>
              </th>
            ))}
            <th scope="col">Zonder grootte</th>
            <th scope="col">Totaal</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{rowLabel(r.key)}</th>
              {r.cells.map((cell) => (
                <Cell key={cell.sizeClass} f={cell} title={`${rowLabel(r.key)}, ${sizeLabel(cell.sizeClass)}`} onOpen={onOpen} />
              ))}
              <Cell f={withoutSizeFigures(matrix.withoutSize.byRow[r.key] ?? [])} title={`${rowLabel(r.key)}, zonder grootteklasse`} onOpen={onOpen} />
              <Cell f={r.total} title={`${rowLabel(r.key)}, totaal`} onOpen={onOpen} header refLabel={matrix.rowReference?.label} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">Totaal</th>
            {matrix.columns.map((c) => (
              <Cell
                key={c}
                f={matrix.columnTotals[c]}
                title={`Totaal ${sizeLabel(c)}${(matrix.columnIncludes[c]?.length ?? 0) > 1 ? ` (${matrix.columnIncludes[c]!.map(sizeShort).join(' + ')}, zoals tabel 1)` : ''}`}
                onOpen={onOpen}
                header
                refLabel={(matrix.columnIncludes[c]?.length ?? 0) > 1 ? `incl. ${matrix.columnIncludes[c]!.filter((x) => x !== c).map(sizeShort).join(', ')}` : undefined}
              />
            ))}
            <Cell f={withoutSizeFigures(matrix.withoutSize.companyIds)} title="Totaal zonder grootteklasse" onOpen={onOpen} header />
            <Cell
              f={{ portfolio: allIds.length, reached: allReached.length, reference: null, reach: null, companyIds: allIds, reachedIds: allReached, lowest: false }}
              title="Alle bedrijven"
              onOpen={onOpen}
              header
            />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
