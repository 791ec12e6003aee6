import { useState } from 'react';
import { formatDateTime } from '../../../shared/i18n';
import { syncUi } from '../../../shared/i18n/nl/sync';
import { hlcMillis } from '../../../shared/sync/hlc';
import type { JsonValue } from '../../../shared/sync/types';
import type { ConflictView } from '../../db/queries/conflicts';
import { resolveSyncConflict } from '../../db/repositories/sync';
import type { Resolution } from '../../syncAdapter/resolveConflict';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ConflictValue } from './ConflictValue';

const t = syncUi.conflicts;

/** One conflict: the value Veldwerk kept next to the other one, with the ways to settle it. */
export function ConflictCard({ conflict: c }: { conflict: ConflictView }) {
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState('');
  const [busy, setBusy] = useState(false);
  const deleted = c.kind === 'edit-on-deleted';
  const text = typeof c.winner.value === 'string' && typeof c.loser.value === 'string';

  async function resolve(resolution: Resolution) {
    setBusy(true);
    try {
      await resolveSyncConflict(c, resolution);
    } finally {
      setBusy(false);
    }
  }
  const keep = (value: JsonValue) => void resolve({ kind: 'value', value });

  const side = (
    label: string,
    who: string,
    hlc: string,
    value: JsonValue,
    action: { label: string; onPress: () => void },
  ) => (
    <div className="conflict-side">
      <h4>{label}</h4>
      <p className="field-description">{t.by(who, formatDateTime(hlcMillis(hlc)))}</p>
      <ConflictValue
        value={value}
        deleted={deleted && label === t.current}
        {...(c.valueLabels && { labels: c.valueLabels })}
      />
      <Button onPress={action.onPress} isDisabled={busy || !c.rowExists}>
        {action.label}
      </Button>
    </div>
  );

  return (
    <article
      className="card conflict"
      aria-label={`${c.tableLabel} ${c.recordLabel}: ${c.fieldLabel}`}
    >
      <header className="conflict-head">
        <span className="badge badge-warning">{c.tableLabel}</span>
        <h3>
          {c.recordLabel} · {c.fieldLabel}
        </h3>
      </header>
      {deleted && <p>{t.editOnDeleted(c.winnerWho, c.loserWho)}</p>}
      {!c.rowExists && <p>{t.rowMissing}</p>}
      <div className="conflict-sides">
        {side(
          t.current,
          c.winnerWho,
          c.winner.hlc,
          c.winner.value,
          deleted
            ? { label: t.keepDeleted, onPress: () => void resolve({ kind: 'keep-deleted' }) }
            : { label: t.keep, onPress: () => keep(c.winner.value) },
        )}
        {side(
          t.other,
          c.loserWho,
          c.loser.hlc,
          c.loser.value,
          deleted
            ? { label: t.restore, onPress: () => void resolve({ kind: 'restore' }) }
            : { label: t.keep, onPress: () => keep(c.loser.value) },
        )}
      </div>
      {text && !deleted && c.rowExists && (
        <div className="conflict-merge">
          {merging ? (
            <>
              <TextField
                label={t.mergeLabel}
                multiline
                rows={5}
                value={merged}
                onChange={setMerged}
              />
              <div className="sync-actions">
                <Button variant="primary" isDisabled={busy} onPress={() => keep(merged)}>
                  {t.saveMerge}
                </Button>
                <Button variant="quiet" onPress={() => setMerging(false)}>
                  {t.cancel}
                </Button>
              </div>
            </>
          ) : (
            <Button
              variant="quiet"
              onPress={() => {
                setMerged(`${String(c.winner.value)}\n\n${String(c.loser.value)}`);
                setMerging(true);
              }}
            >
              {t.merge}
            </Button>
          )}
        </div>
      )}
    </article>
  );
}
