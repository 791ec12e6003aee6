import { formatDate } from '../../../shared/i18n/format';
import { useImportBatches } from '../../db/queries/alignment';
import { saveReachReferenceBatchIds } from '../../db/repositories/targets';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/**
 * Mark imported KvK lists as the reference the reach is measured against. Without one, the
 * figures of the 2017 report are used. The choice is kept on this device.
 */
export function ReferencePicker({ selected }: { selected: string[] }) {
  const batches = useImportBatches();
  if (!batches) return null;
  return (
    <section className="card" aria-labelledby="reference-title">
      <h2 id="reference-title">Referentie</h2>
      {batches.length === 0 ? (
        <p className="muted">
          {ot.reference.none}
        </p>
      ) : (
        <CheckboxGroupField
          label={ot.reference.lists}
          description={ot.reference.listsHelp}
          options={batches.map((b) => ({
            value: b.id,
            label: ot.reference.list(b.fileName, formatDate(b.at), b.created.length),
          }))}
          value={selected.filter((id) => batches.some((b) => b.id === id))}
          onChange={(ids) => void saveReachReferenceBatchIds(ids)}
        />
      )}
    </section>
  );
}
