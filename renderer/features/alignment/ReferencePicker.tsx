import { formatDate, formatInt } from '../../../shared/i18n/format';
import { useImportBatches } from '../../db/queries/alignment';
import { saveReachReferenceBatchIds } from '../../db/repositories/targets';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';

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
          Er is nog geen lijst geïmporteerd. Importeert u een KvK-lijst van de regio, dan kunt u die hier als referentie kiezen; tot
          dan rekent Veldwerk met de cijfers uit het rapport van 2017.
        </p>
      ) : (
        <CheckboxGroupField
          label="Geïmporteerde lijsten die als referentie tellen"
          description="Zonder keuze gebruikt Veldwerk de cijfers uit het rapport van 2017. Deze keuze geldt alleen op deze computer."
          options={batches.map((b) => ({
            value: b.id,
            label: `${b.fileName} (${formatDate(b.at)}, ${formatInt(b.created.length)} nieuwe bedrijven)`,
          }))}
          value={selected.filter((id) => batches.some((b) => b.id === id))}
          onChange={(ids) => void saveReachReferenceBatchIds(ids)}
        />
      )}
    </section>
  );
}
