import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatInt } from '../../../shared/i18n/format';
import { TARGET_METRIC_LABELS } from '../../../shared/domain/target';
import type { ReachTrend } from '../../../shared/rules/reachTrend';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';

const SMALL = '#0e5a47';
const ZZP = '#7a4b00';
const PACE = ['#0e5a47', '#7a4b00', '#3d4f8a', '#8a3d6b'];

/**
 * Reach per week since 1 January, small MKB and zzp-ers, against the pace of each SMART target
 * (dashed). The numbers are also in a table below the chart, for screen readers and print.
 */
export function ReachTrendChart({ trend }: { trend: ReachTrend }) {
  const data = trend.points.map((p) => ({
    name: t.trend.week(p.week),
    smallMkb: p.smallMkb,
    zzp: p.zzp,
    ...Object.fromEntries(Object.entries(p.pace).map(([id, v]) => [`pace-${id}`, v])),
  }));
  return (
    <figure className="card chart-card trend-card" aria-labelledby="trend-title">
      <figcaption id="trend-title">
        <strong>{t.trend.title}</strong>
        <span className="muted"> {t.trend.help}</span>
      </figcaption>
      {trend.targets.length === 0 && <p className="muted">{t.trend.noTargets}</p>}
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={data} margin={{ left: 8, right: 24, top: 8, bottom: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="name" tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={24} />
          <YAxis allowDecimals={false} tickFormatter={(v: number) => formatInt(v)} width={48} />
          <Tooltip formatter={(v) => formatInt(Number(v))} />
          <Legend />
          <Line type="monotone" dataKey="smallMkb" name={t.trend.smallMkb} stroke={SMALL} strokeWidth={2.5} dot={false} isAnimationActive={false} />
          <Line type="monotone" dataKey="zzp" name={t.trend.zzp} stroke={ZZP} strokeWidth={2.5} dot={false} isAnimationActive={false} />
          {trend.targets.map((target, i) => (
            <Line
              key={target.id}
              type="linear"
              dataKey={`pace-${target.id}`}
              name={t.trend.pace(target.title)}
              stroke={target.metric === 'zzp-geinformeerd' ? ZZP : (PACE[i % PACE.length] ?? SMALL)}
              strokeDasharray="6 4"
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <details className="trend-table">
        <summary>{t.trend.tableCaption}</summary>
        <table className="simple-table">
          <caption className="visually-hidden">{t.trend.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.trend.colWeek}</th>
              <th scope="col" className="num">{t.trend.smallMkb}</th>
              <th scope="col" className="num">{t.trend.zzp}</th>
              {trend.targets.map((target) => (
                <th scope="col" className="num" key={target.id}>
                  {t.trend.pace(`${target.title} (${TARGET_METRIC_LABELS[target.metric].toLowerCase()})`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.points.map((p) => (
              <tr key={p.until}>
                <th scope="row">
                  {t.trend.week(p.week)} · {formatLocalDate(p.until)}
                </th>
                <td className="num">{formatInt(p.smallMkb)}</td>
                <td className="num">{formatInt(p.zzp)}</td>
                {trend.targets.map((target) => (
                  <td className="num" key={target.id}>
                    {p.pace[target.id] === undefined ? '—' : formatInt(Math.round(p.pace[target.id]!))}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
