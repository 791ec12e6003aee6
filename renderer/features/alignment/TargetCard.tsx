import type { Target } from '../../../shared/domain/target';
import { TARGET_METRIC_LABELS } from '../../../shared/domain/target';
import { alignment } from '../../../shared/i18n/nl/alignment';
import { formatDecimal, formatInt, formatPercent } from '../../../shared/i18n/format';
import type { TargetProgress } from '../../../shared/rules/targets';
import { formatPeriod } from '../../../shared/rules/weeks';
import { Button } from '../../ui/Button';
import { Badge } from '../../ui/Page';
import { ProgressBar } from '../../ui/ProgressBar';
import { gemeenteLabel, orgShort, sectorLabel } from './labels';
import { targetsText as tt } from '../../../shared/i18n/nl/alignmentTargets';

/** One target: its progress, where a steady pace would be by now, and what is still needed. */
export function TargetCard({
  target,
  progress,
  advisorName,
  onEdit,
  onDelete,
  onShow,
}: {
  target: Target;
  progress: TargetProgress;
  advisorName: string | null;
  onEdit: () => void;
  onDelete: () => void;
  onShow?: () => void;
}) {
  const p = progress;
  const tone = p.remaining === 0 ? 'done' : p.onTrack || p.phase === 'nog-niet-begonnen' ? 'ok' : 'behind';
  const scope = [
    TARGET_METRIC_LABELS[target.metric],
    target.sector ? sectorLabel(target.sector) : null,
    target.gemeente ? gemeenteLabel(target.gemeente) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const valueText = tt.card.value(formatInt(p.value), formatInt(p.target), formatPercent(p.fraction));
  return (
    <article className="card target-card" aria-labelledby={`doel-${target.id}`}>
      <div className="card-head">
        <h3 id={`doel-${target.id}`}>{target.title}</h3>
        {p.phase === 'lopend' && p.remaining > 0 && (
          <Badge tone={p.onTrack ? 'success' : 'warning'}>{p.onTrack ? alignment.target.onTrack : alignment.target.behind}</Badge>
        )}
        {p.remaining === 0 && <Badge tone="success">{tt.card.reached}</Badge>}
      </div>
      <p className="muted">
        {orgShort(target.organisation)}
        {advisorName ? ` · ${advisorName}` : ''} · {scope} · {formatPeriod({ from: target.periodStart, to: target.periodEnd })}
      </p>
      <div className="target-progress">
        <ProgressBar label={target.title} value={p.value} max={p.target} expected={p.phase === 'lopend' ? p.expectedByNow : undefined} valueText={valueText} tone={tone} />
        <p className="target-numbers">
          <strong>{valueText}</strong>
          {p.phase === 'lopend' && <span className="muted">{tt.card.expected(formatDecimal(Math.round(p.expectedByNow * 10) / 10))}</span>}
        </p>
      </div>
      <p className="target-sentence">{p.sentence}</p>
      {target.notes && <p className="muted prewrap">{target.notes}</p>}
      <div className="card-actions">
        {onShow && p.ids.length > 0 && (
          <Button variant="quiet" onPress={onShow}>
            {p.ids.length === 1
              ? tt.card.showOne(target.metric === 'gesprekken')
              : tt.card.showMany(p.ids.length, target.metric === 'gesprekken')}
          </Button>
        )}
        <Button variant="quiet" onPress={onEdit} aria-label={tt.card.editOf(target.title)}>
          {tt.card.edit}
        </Button>
        <Button variant="quiet" onPress={onDelete} aria-label={tt.card.removeOf(target.title)}>
          {tt.card.remove}
        </Button>
      </div>
    </article>
  );
}
