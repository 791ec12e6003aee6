/**
 * A labelled progress bar with an optional "expected by now" marker. The value is exposed as a
 * progressbar to assistive technology and the numbers are always written out beside it, so
 * nothing depends on colour or on seeing the bar.
 */
export function ProgressBar({
  label,
  value,
  max,
  expected,
  valueText,
  tone = 'ok',
}: {
  label: string;
  value: number;
  max: number;
  expected?: number;
  valueText: string;
  tone?: 'ok' | 'behind' | 'done';
}) {
  const pct = (n: number) => `${Math.max(0, Math.min(100, (n / Math.max(max, 1)) * 100))}%`;
  return (
    <div
      className={`progress progress-${tone}`}
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={Math.min(value, max)}
      aria-valuetext={valueText}
    >
      <div className="progress-fill" style={{ width: pct(value) }} />
      {expected !== undefined && expected > 0 && (
        <div className="progress-expected" style={{ left: pct(expected) }} aria-hidden="true" />
      )}
    </div>
  );
}
