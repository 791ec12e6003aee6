import type { JsonValue } from '../../../shared/sync/types';
import { targetSchema, TARGET_METRIC_LABELS, type Target } from '../../../shared/domain/target';
import { getDb, type VeldwerkDb } from '../database';
import { write } from '../repository';
import { REACH_REFERENCE_KEY } from '../queries/alignment';
import { history } from '../../../shared/i18n/nl/history';

/** What the target form produces: a target without its bookkeeping. */
export type TargetInput = Omit<Target, '_clock' | '_deleted'>;

/**
 * Create or change a SMART target (validated with `targetSchema`). A sector or gemeente that
 * the metric does not use is dropped, so switching the metric back does not keep a stale filter.
 */
export async function saveTarget(input: TargetInput, db: VeldwerkDb = getDb(), demo = false): Promise<string> {
  const parsed = targetSchema.parse({ ...input, _clock: {} });
  const { _clock: _ignored, ...row } = parsed;
  const clean: Record<string, unknown> & { id: string } = {
    ...row,
    sector: row.metric === 'sector-bereikt' ? row.sector : undefined,
    gemeente: row.metric === 'gemeente-bereikt' ? row.gemeente : undefined,
  };
  const existing = await db.targets.get(row.id);
  if (existing && !existing._deleted) {
    // `put` only records fields that change; a field that disappears is written as null.
    if (clean.sector === undefined && existing.sector != null) clean.sector = null;
    if (clean.gemeente === undefined && existing.gemeente != null) clean.gemeente = null;
  }
  const label = history.targets.saved(row.title || TARGET_METRIC_LABELS[row.metric], Boolean(existing));
  await write(db, label, (w) => w.put('targets', demo ? { ...clean, demo: true } : clean).then(() => undefined));
  return row.id;
}

export async function deleteTarget(id: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.targets.removed, (w) => w.remove('targets', id));
}

/**
 * Which import batches count as the KvK reference list of the reach view. Device-local (a
 * setting, not synchronised): each advisor chooses which list they compare against.
 */
export async function saveReachReferenceBatchIds(ids: readonly string[], db: VeldwerkDb = getDb()): Promise<void> {
  await db.settings.put({ key: REACH_REFERENCE_KEY, value: [...ids] as JsonValue });
}
