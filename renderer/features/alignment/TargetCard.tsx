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
  const valueText = `${formatInt(p.value)} van ${formatInt(p.target)} (${formatPercent(p.fraction)})`;
  return (
    <article className="card target-card" aria-labelledby={`doel-${target.id}`}>
      <div className="card-head">
        <h3 id={`doel-${target.id}`}>{target.title}</h3>
        {p.phase === 'lopend' && p.remaining > 0 && (
          <Badge tone={p.onTrack ? 'success' : 'warning'}>{p.onTrack ? alignment.target.onTrack : alignment.target.behind}</Badge>
        )}
        {p.remaining === 0 && <Badge tone="success">Gehaald</Badge>}
      </div>
      <p className="muted">
        {orgShort(target.organisation)}
        {advisorName ? ` · ${advisorName}` : ''} · {scope} · {formatPeriod({ from: target.periodStart, to: target.periodEnd })}
      </p>
      <div className="target-progress">
        <ProgressBar label={target.title} value={p.value} max={p.target} expected={p.phase === 'lopend' ? p.expectedByNow : undefined} valueText={valueText} tone={tone} />
        <p className="target-numbers">
          <strong>{valueText}</strong>
          {p.phase === 'lopend' && <span className="muted"> · verwacht bij gelijkmatig tempo: {formatDecimal(Math.round(p.expectedByNow * 10) / 10)}</span>}
        </p>
      </div>
      <p className="target-sentence">{p.sentence}</p>
      {target.notes && <p className="muted prewrap">{target.notes}</p>}
      <div className="card-actions">
        {onShow && p.ids.length > 0 && (
          <Button variant="quiet" onPress={onShow}>
            {p.ids.length === 1
              ? `Bekijk het bedrijf${target.metric === 'gesprekken' ? ' met een gesprek' : ''}`
              : `Bekijk de ${formatInt(p.ids.length)} ${target.metric === 'gesprekken' ? 'bedrijven met een gesprek' : 'bedrijven'}`}
          </Button>
        )}
        <Button variant="quiet" onPress={onEdit} aria-label={`Bewerken: ${target.title}`}>
          Bewerken
        </Button>
        <Button variant="quiet" onPress={onDelete} aria-label={`Verwijderen: ${target.title}`}>
          Verwijderen
        </Button>
      </div>
    </article>
  );
}
