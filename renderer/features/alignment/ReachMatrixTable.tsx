import { formatInt, formatPercent } from '../../../shared/i18n/format';
import type { ReachFigures, ReachMatrix } from '../../../shared/rules/reach';
import { blindSpotIndex, type BlindSpot } from '../../../shared/rules/blindSpots';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';
import { alignment } from '../../../shared/i18n/nl/alignment';
import type { CompanyListRequest } from './CompanyListDialog';
import { gemeenteLabel, sectorLabel, sizeLabel, sizeShort } from './labels';
import { reachScreen as rs } from '../../../shared/i18n/nl/alignmentReachScreen';

type Props = { matrix: ReachMatrix; spots: readonly BlindSpot[]; showEmpty: boolean; onOpen: (request: CompanyListRequest) => void };

const markText = (spot: BlindSpot): string =>
  spot.reasons.includes('zero') ? t.marks.zero : spot.reasons.includes('below-row') ? t.marks.belowRow : alignment.reach.lowest;

/**
 * One number of the matrix: "reached van in portfolio", the reference below it, and the mark of
 * a blind spot as text. The cell is a real table cell (its row and column headers name it for a
 * screen reader); the button's name is exactly what it shows, so "3 van 16" can be spoken to it.
 */
function Cell({ f, title, onOpen, header, spot, refLabel }: { f: ReachFigures; title: string; onOpen: Props['onOpen']; header?: boolean; spot?: BlindSpot; refLabel?: string }) {
  const marked = spot !== undefined || f.lowest;
  const body = (
    <>
      {f.portfolio === 0 && f.reference === null && !marked ? (
        // Nobody in the portfolio and no reference: a dash on screen, the numbers for a screen reader.
        <span className="reach-main">
          <span aria-hidden="true">–</span>
          <span className="visually-hidden">{t.matrix.cellLabel(0, 0)}</span>
        </span>
      ) : (
        <span className="reach-main">{t.matrix.cellLabel(f.reached, f.portfolio)}</span>
      )}
      {f.reference !== null && (
        <span className="reach-ref">
          ref. {refLabel ? `${refLabel} ` : ''}{formatInt(f.reference)}
          {f.reach !== null && ` · ${formatPercent(f.reach)}`}
        </span>
      )}
      {marked && (
        <span className="reach-low">
          <span aria-hidden="true">▼ </span>
          {spot ? markText(spot) : alignment.reach.lowest}
        </span>
      )}
    </>
  );
  const className = `reach-cell${marked ? ' is-lowest' : ''}${f.portfolio === 0 ? ' is-empty' : ''}${header ? ' is-total' : ''}`;
  return (
    <td className={className}>
      {f.portfolio > 0 ? (
        <button type="button" className="reach-button" onClick={() => onOpen({ title, ids: f.companyIds, reachedIds: f.reachedIds })}>
          {body}
        </button>
      ) : (
        <span className="reach-static">{body}</span>
      )}
    </td>
  );
}

/**
 * Sector (or gemeente) × size class: reached / in portfolio, with the reference where the
 * source has one. Companies without size get their own column, so the gap stays in view.
 */
export function ReachMatrixTable({ matrix, spots, showEmpty, onOpen }: Props) {
  const spotAt = blindSpotIndex(spots);
  const rowLabel = matrix.dimension === 'sector' ? sectorLabel : gemeenteLabel;
  const rows = matrix.rows.filter((r) => showEmpty || r.total.portfolio > 0 || r.total.reference !== null || r.cells.some((c) => c.lowest));
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
          {rs.table.caption(rs.dimension[matrix.dimension])}
        </caption>
        <thead>
          <tr>
            <th scope="col">{rs.dimensionTitle[matrix.dimension]}</th>
            {matrix.columns.map((c) => (
              <th scope="col" key={c} title={sizeLabel(c)}>
                <abbr title={sizeLabel(c)}>{sizeShort(c)}</abbr>
              </th>
            ))}
            <th scope="col">{rs.table.withoutSize}</th>
            <th scope="col">{rs.table.total}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.key}>
              <th scope="row">{rowLabel(r.key)}</th>
              {r.cells.map((cell) => (
                <Cell key={cell.sizeClass} f={cell} spot={spotAt(r.key, cell.sizeClass)} title={`${rowLabel(r.key)}, ${sizeLabel(cell.sizeClass)}`} onOpen={onOpen} />
              ))}
              <Cell f={withoutSizeFigures(matrix.withoutSize.byRow[r.key] ?? [])} title={rs.table.rowWithoutSize(rowLabel(r.key))} onOpen={onOpen} />
              <Cell f={r.total} title={`${rowLabel(r.key)}, totaal`} onOpen={onOpen} header refLabel={matrix.rowReference?.label} />
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{rs.table.total}</th>
            {matrix.columns.map((c) => (
              <Cell
                key={c}
                f={matrix.columnTotals[c]}
                title={rs.table.columnTotal(sizeLabel(c), (matrix.columnIncludes[c]?.length ?? 0) > 1 ? matrix.columnIncludes[c]!.map(sizeShort).join(' + ') : null)}
                onOpen={onOpen}
                header
                refLabel={(matrix.columnIncludes[c]?.length ?? 0) > 1 ? `incl. ${matrix.columnIncludes[c]!.filter((x) => x !== c).map(sizeShort).join(', ')}` : undefined}
              />
            ))}
            <Cell f={withoutSizeFigures(matrix.withoutSize.companyIds)} title={rs.table.totalWithoutSize} onOpen={onOpen} header />
            <Cell
              f={{ portfolio: allIds.length, reached: allReached.length, reference: null, reach: null, companyIds: allIds, reachedIds: allReached, lowest: false }}
              title={rs.table.all}
              onOpen={onOpen}
              header
            />
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
