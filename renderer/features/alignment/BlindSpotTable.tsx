import { useState } from 'react';
import { formatInt } from '../../../shared/i18n/format';
import type { BlindSpot, BlindSpotReason } from '../../../shared/rules/blindSpots';
import type { ReachDimension } from '../../../shared/rules/reach';
import { Button } from '../../ui/Button';
import type { CompanyListRequest } from './CompanyListDialog';
import { gemeenteLabel, sectorLabel, sizeLabel } from './labels';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';

const b = t.blindSpots;
/** The biggest gaps first; the rest one press away, so the meeting starts with what matters. */
const FIRST_SHOWN = 12;

export const blindSpotWhere = (spot: BlindSpot, dimension: ReachDimension) =>
  `${dimension === 'sector' ? sectorLabel(spot.row) : gemeenteLabel(spot.row)}, ${spot.sizeClass ? sizeLabel(spot.sizeClass) : b.wholeRow}`;

function why(reason: BlindSpotReason, spot: BlindSpot): string {
  if (reason === 'zero') return b.zero;
  if (reason === 'below-row') return b.belowRow(spot.rowAverage ?? 0);
  return b.belowReference;
}

/**
 * "Waar zitten we nog niet?": the blind spots of the matrix as a list, biggest gap first. Each
 * opens the companies still to approach, and can become an agreement in this week's meeting.
 */
export function BlindSpotTable({
  spots,
  dimension,
  onOpen,
  onAgree,
}: {
  spots: readonly BlindSpot[];
  dimension: ReachDimension;
  onOpen: (request: CompanyListRequest) => void;
  onAgree: (spot: BlindSpot, where: string) => void;
}) {
  const [all, setAll] = useState(false);
  const shown = all ? spots : spots.slice(0, FIRST_SHOWN);
  return (
    <section className="card blind-spots" aria-labelledby="blind-spots-title">
      <h2 id="blind-spots-title">{b.title}</h2>
      <p className="muted">{b.help}</p>
      {spots.length === 0 ? (
        <p className="section-empty">{b.empty}</p>
      ) : (
        <div className="table-scroll">
          <table className="simple-table blind-spot-table">
            <caption className="visually-hidden">{b.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{b.colWhere}</th>
                <th scope="col" className="num">{b.colReached}</th>
                <th scope="col" className="num">{b.colGap}</th>
                <th scope="col">{b.colWhy}</th>
                <th scope="col" className="no-print">{b.colActions}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((spot) => {
                const where = blindSpotWhere(spot, dimension);
                return (
                  <tr key={`${spot.row}-${spot.sizeClass ?? 'alle'}`}>
                    <th scope="row">{where}</th>
                    <td className="num">{b.reached(spot.reached, spot.portfolio)}</td>
                    <td className="num">{formatInt(spot.gap)}</td>
                    <td>{spot.reasons.map((r) => why(r, spot)).join('; ')}</td>
                    <td className="no-print nowrap">
                      <Button
                        variant="quiet"
                        isDisabled={spot.companyIds.length === 0}
                        aria-label={b.showCompaniesLabel(where)}
                        onPress={() => onOpen({ title: where, ids: spot.unreachedIds.length > 0 ? spot.unreachedIds : spot.companyIds, reachedIds: [] })}
                      >
                        {b.showCompanies}
                      </Button>
                      <Button variant="quiet" aria-label={b.agreeLabel(where)} onPress={() => onAgree(spot, where)}>
                        {b.agree}
                      </Button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {spots.length > FIRST_SHOWN && (
            <Button variant="quiet" onPress={() => setAll((a) => !a)}>
              {all ? b.showFewer(FIRST_SHOWN) : b.showAll(spots.length)}
            </Button>
          )}
        </div>
      )}
    </section>
  );
}
