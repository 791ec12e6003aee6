import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInt } from '../../../shared/i18n/format';
import type { ReachMatrix } from '../../../shared/rules/reach';
import { gemeenteLabel, sectorLabel, sizeShort } from './labels';
import { reachScreen as rs } from '../../../shared/i18n/nl/alignmentReachScreen';

const PORTFOLIO = '#9fb8b0';
const REACHED = '#0e5a47';

/**
 * Reach by sector (or gemeente) and by size class. The matrix table above holds the same
 * numbers, so the charts are a picture for the meeting, not the only way to read them.
 */
export function ReachCharts({ matrix }: { matrix: ReachMatrix }) {
  const rowLabel = matrix.dimension === 'sector' ? sectorLabel : gemeenteLabel;
  const byRow = matrix.rows
    .filter((r) => r.total.portfolio > 0)
    .map((r) => ({ name: rowLabel(r.key), portefeuille: r.total.portfolio, bereikt: r.total.reached }));
  // Counts, not percentages: against thousands of KvK companies the early reach is a sliver,
  // and the point of the chart is where the portfolio itself is thin. The % is in the table.
  const bySize = [
    ...matrix.columns
      .map((c) => ({ c, f: matrix.columnTotals[c] }))
      .filter(({ f }) => f.portfolio > 0 || f.reference !== null)
      .map(({ c, f }) => ({
        name: sizeShort(c),
        portefeuille: f.portfolio,
        bereikt: f.reached,
      })),
    {
      name: rs.charts.unknown,
      portefeuille: matrix.withoutSize.count,
      bereikt: matrix.withoutSize.reachedIds.length,
    },
  ];
  const dimensionWord = rs.dimension[matrix.dimension];

  return (
    <div className="chart-grid">
      <figure className="card chart-card" aria-labelledby="chart-rows-title">
        <figcaption id="chart-rows-title">
          <strong>{rs.charts.byRow(dimensionWord)}</strong>
          <span className="muted">{rs.charts.byRowNote}</span>
        </figcaption>
        {byRow.length === 0 ? (
          <p className="section-empty">{rs.charts.none}</p>
        ) : (
          <ResponsiveContainer width="100%" height={Math.max(180, byRow.length * 34 + 70)}>
            <BarChart data={byRow} layout="vertical" margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
              <CartesianGrid strokeDasharray="3 3" horizontal={false} />
              <XAxis type="number" allowDecimals={false} tickFormatter={(v: number) => formatInt(v)} />
              <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} />
              <Tooltip formatter={(v) => formatInt(Number(v))} />
              <Legend />
              <Bar dataKey="portefeuille" name={rs.charts.portfolio} fill={PORTFOLIO} isAnimationActive={false} />
              <Bar dataKey="bereikt" name={rs.charts.reached} fill={REACHED} isAnimationActive={false}>
                <LabelList dataKey="bereikt" position="right" fontSize={11} />
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        )}
      </figure>
      <figure className="card chart-card" aria-labelledby="chart-size-title">
        <figcaption id="chart-size-title">
          <strong>{rs.charts.bySize}</strong>
          <span className="muted">{rs.charts.bySizeNote}</span>
        </figcaption>
        <ResponsiveContainer width="100%" height={320}>
          <BarChart data={bySize} margin={{ left: 8, right: 24, top: 24, bottom: 8 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="name" tick={{ fontSize: 12 }} interval={0} />
            <YAxis allowDecimals={false} tickFormatter={(v: number) => formatInt(v)} width={48} />
            <Tooltip formatter={(v) => formatInt(Number(v))} />
            <Legend />
            <Bar dataKey="portefeuille" name={rs.charts.portfolio} fill={PORTFOLIO} isAnimationActive={false} />
            <Bar dataKey="bereikt" name={rs.charts.reached} fill={REACHED} isAnimationActive={false}>
              <LabelList dataKey="bereikt" position="top" fontSize={11} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </figure>
    </div>
  );
}
