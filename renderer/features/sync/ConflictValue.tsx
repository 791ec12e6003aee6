import { syncUi } from '../../../shared/i18n/nl/sync';
import type { JsonValue } from '../../../shared/sync/types';

const t = syncUi.conflicts;

function show(value: JsonValue, labels?: Record<string, string>): string {
  if (value === null || value === '') return t.empty;
  if (typeof value === 'boolean') return value ? 'ja' : 'nee';
  if (typeof value === 'string') return labels?.[value] ?? value;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return value.map((v) => show(v, labels)).join(', ') || t.empty;
  return JSON.stringify(value, null, 1);
}

/** A conflicting value as the advisor reads it; long text keeps its line breaks. */
export function ConflictValue({
  value,
  deleted,
  labels,
}: {
  value: JsonValue;
  deleted?: boolean;
  labels?: Record<string, string>;
}) {
  return <div className="conflict-value">{deleted ? t.deletedValue : show(value, labels)}</div>;
}
