import { useMemo, useState } from 'react';
import { alignment } from '../../../shared/i18n/nl/alignment';
import { formatInt, formatPercent } from '../../../shared/i18n/format';
import { buildReachMatrix, type ReachDimension } from '../../../shared/rules/reach';
import { localDate } from '../../../shared/dates/localDate';
import { currentWeekPeriod } from '../../../shared/rules/weeks';
import { buildReachTrend } from '../../../shared/rules/reachTrend';
import { ReachTrendChart } from './ReachTrendChart';
import { useAlignmentData, useMeetings, useReachReferenceBatchIds, useTargets } from '../../db/queries/alignment';
import { Button } from '../../ui/Button';
import { Page } from '../../ui/Page';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { AlignmentNav } from './AlignmentNav';
import { CompanyListDialog, type CompanyListRequest } from './CompanyListDialog';
import { BlindSpotTable } from './BlindSpotTable';
import { ReachPeriodPicker, PeriodStatement, yearToDate } from './ReachPeriodPicker';
import { ReferenceAgeLine } from './ReferenceAgeLine';
import { findBlindSpots, type BlindSpot } from '../../../shared/rules/blindSpots';
import { meetingOfPeriod } from '../../../shared/rules/meetingOfPeriod';
import { referenceAge } from '../../../shared/rules/referenceAge';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';
import { useNavigate } from 'react-router';
import { ReachCharts } from './ReachCharts';
import { ReachMatrixTable } from './ReachMatrixTable';
import { ReferencePicker } from './ReferencePicker';
import { usePeriod } from './usePeriod';
import '../../styles/alignment.css';
import { reachScreen as rs } from '../../../shared/i18n/nl/alignmentReachScreen';

/** `/afstemming/bereik`: reach per sector or gemeente and size class, against a reference. */
export function ReachScreen() {
  const choice = usePeriod(yearToDate);
  const data = useAlignmentData();
  const referenceIds = useReachReferenceBatchIds();
  const [dimension, setDimension] = useState<ReachDimension>('sector');
  const [showEmpty, setShowEmpty] = useState(false);
  const [list, setList] = useState<CompanyListRequest | null>(null);
  const matrix = useMemo(
    () =>
      data && referenceIds
        ? buildReachMatrix({ companies: data.companies, logs: data.logs, period: choice.period, dimension, referenceBatchIds: referenceIds })
        : null,
    [data, referenceIds, choice.period, dimension],
  );
  const companies = useMemo(() => new Map((data?.companies ?? []).map((c) => [c.id, c])), [data]);
  const spots = useMemo(() => (matrix ? findBlindSpots(matrix) : []), [matrix]);
  const meetings = useMeetings();
  const navigate = useNavigate();
  const agree = (spot: BlindSpot, where: string) => {
    const current = meetings ? meetingOfPeriod(meetings, currentWeekPeriod(new Date())) : null;
    const query = new URLSearchParams({ afspraak: spot.unreachedIds[0] ?? spot.companyIds[0] ?? '', tekst: t.blindSpots.agreementText(where, spot.gap) });
    navigate(`/afstemming/overleg/${current?.id ?? 'nieuw'}?${query.toString()}`);
  };
  const year = new Date().getFullYear();
  const targets = useTargets();
  const trend = useMemo(
    () => (data && targets ? buildReachTrend({ companies: data.companies, logs: data.logs, targets, today: localDate(new Date()) }) : null),
    [data, targets],
  );

  return (
    <Page
      title={alignment.reach.title}
      description={rs.description}
    >
      <AlignmentNav />
      <ReachPeriodPicker choice={choice} />
      <PeriodStatement period={choice.period} />
      {!matrix ? (
        <p className="loading" role="status">{rs.loading}</p>
      ) : (
        <>
          <div className="reach-summary">
            <div className="card stat">
              <span className="stat-label">{rs.smallMkb}</span>
              <span className="stat-value">
                {formatInt(matrix.smallMkb.reached)}
                {matrix.smallMkb.reference !== null && <span className="muted">{rs.of(formatInt(matrix.smallMkb.reference))}</span>}
              </span>
              {matrix.smallMkb.reach !== null && (
                <span className="muted">{t.reference.share(formatPercent(matrix.smallMkb.reach), matrix.sources[0] ? (referenceAge(matrix.sources[0])?.dataYear ?? null) : null)}</span>
              )}
            </div>
            <div className="card stat">
              <span className="stat-label">{rs.inPortfolio}</span>
              <span className="stat-value">{formatInt(data?.companies.length ?? 0)}</span>
            </div>
            <div className={`card stat${matrix.withoutSize.count > 0 ? ' stat-warning' : ''}`}>
              <span className="stat-label">{rs.withoutSize}</span>
              <span className="stat-value">{formatInt(matrix.withoutSize.count)}</span>
              <span className="muted">{alignment.reach.withoutSize(matrix.withoutSize.count)}</span>
              {matrix.withoutSize.count > 0 && (
                <Button
                  variant="quiet"
                  onPress={() => setList({ title: rs.withoutSizeList, ids: matrix.withoutSize.companyIds, reachedIds: matrix.withoutSize.reachedIds })}
                >
                  {rs.show}
                </Button>
              )}
            </div>
          </div>
          <div className="reach-controls">
            <RadioGroupField
              label={rs.rows}
              orientation="horizontal"
              value={dimension}
              onChange={setDimension}
              options={[
                { value: 'sector', label: rs.perSector },
                { value: 'gemeente', label: rs.perGemeente },
              ]}
            />
            <label className="inline-check">
              <input type="checkbox" checked={showEmpty} onChange={(e) => setShowEmpty(e.target.checked)} /> {rs.showEmpty}
            </label>
          </div>
          <section className="card" aria-labelledby="matrix-title">
            <h2 id="matrix-title">{rs.matrixTitle(rs.dimension[dimension])}</h2>
            <p className="muted legend">
              {rs.legendStart} <strong>{rs.legendReached}</strong> {rs.legendRest} {t.marks.legend}{' '}
              <span className="reach-low">{alignment.reach.lowest}</span> {rs.legendLowest}
            </p>
            <ReferenceAgeLine sources={matrix.sources} year={year} />
            <ReachMatrixTable matrix={matrix} spots={spots} showEmpty={showEmpty} onOpen={setList} />
            <details className="sources">
              <summary>{rs.sources(matrix.sources.map((s) => s.label).join('; '))}</summary>
              {matrix.sources.map((s) => (
                <p key={s.label} className="fine-print">
                  {s.note}
                </p>
              ))}
            </details>
          </section>
          <BlindSpotTable spots={spots} dimension={dimension} onOpen={setList} onAgree={agree} />
          {trend && <ReachTrendChart trend={trend} />}
          <ReachCharts matrix={matrix} />
          <ReferencePicker selected={referenceIds ?? []} />
        </>
      )}
      {list && <CompanyListDialog request={list} companies={companies} onClose={() => setList(null)} />}
    </Page>
  );
}
