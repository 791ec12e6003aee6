import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../../shared/import/mapping';
import type { ImportOptions, ImportPreview } from '../../../shared/import/planImport';
import type { ImportMode, WithoutKvk } from '../../../shared/import/plan';
import { importing } from '../../../shared/i18n/nl/import';
import { portfolio } from '../../../shared/i18n/nl/portfolio';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

const SKIP = '__niet__';
const FIELD_OPTIONS = [{ value: SKIP, label: px.importScreen.nietGebruiken }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] }))];
const MODES: { value: ImportMode; label: string; description: string }[] = [
  { value: 'skip-duplicates', label: portfolio.import.mode['skip-duplicates'], description: px.importScreen.veiligsteKeuzeWatAl },
  { value: 'update-by-kvk', label: portfolio.import.mode['update-by-kvk'], description: px.importScreen.rijenMetEenBekend },
  { value: 'create', label: portfolio.import.mode.create, description: px.importScreen.ookMogelijkeDubbelenWorden },
];
const KVK = importing.withoutKvk;
const WITHOUT_KVK: { value: WithoutKvk; label: string; description: string }[] = [
  { value: 'add', label: KVK.add, description: KVK.addDescription },
  { value: 'skip', label: KVK.skip, description: KVK.skipDescription },
];

/** Sheet, header row, column mapping and what to do with duplicates. */
export function ImportSettings({
  preview,
  remembered,
  onChange,
}: {
  preview: ImportPreview;
  remembered: boolean;
  onChange: (patch: ImportOptions) => void;
}) {
  const sheets = preview.file.sheets;
  return (
    <section className="card form-section" aria-labelledby="import-settings">
      <h2 id="import-settings">{px.importScreen.instellingen}</h2>
      <div className="form-grid">
        {sheets.length > 1 && (
          <SelectField
            label={px.importScreen.werkblad}
            options={sheets.map((s, i) => ({ value: String(i), label: px.importScreen.sheet(s.name, s.rowCount) }))}
            value={String(preview.sheetIndex)}
            onChange={(v) => onChange({ sheet: Number(v) })}
          />
        )}
        <SelectField
          label={px.importScreen.rijMetKolomnamen}
          options={Array.from({ length: Math.min(30, sheets[preview.sheetIndex]?.rowCount ?? 1) }, (_, i) => ({
            value: String(i + 1),
            label: px.importScreen.row(i + 1),
          }))}
          value={String(preview.headerRow)}
          onChange={(v) => onChange({ headerRow: Number(v) })}
        />
      </div>
      <RadioGroupField
        label={px.importScreen.watDoenWeMet}
        // ui/RadioGroupField's option description uses RAC <Text> without a slot, which
        // RadioGroup rejects ("A slot prop is required"); the explanation goes below instead.
        options={MODES.map(({ value, label }) => ({ value, label }))}
        value={preview.plan.mode}
        onChange={(mode) => onChange({ mode })}
      />
      <p className="field-description">{MODES.find((m) => m.value === preview.plan.mode)?.description}</p>
      {preview.plan.missingKvk > 0 && (
        <>
          <RadioGroupField
            label={`${KVK.label} (${KVK.count(preview.plan.missingKvk)})`}
            options={WITHOUT_KVK.map(({ value, label }) => ({ value, label }))}
            value={preview.plan.withoutKvk}
            onChange={(withoutKvk) => onChange({ withoutKvk })}
          />
          <p className="field-description">
            {importing.row.noKvk} {WITHOUT_KVK.find((o) => o.value === preview.plan.withoutKvk)?.description}
          </p>
        </>
      )}
      <details className="mapping-details" open>
        <summary>{importing.preview.columnsInFile(preview.headers.length)}</summary>
        {remembered && <p className="field-description">{importing.preview.mappingRemembered}</p>}
        <div className="mapping-grid">
          {preview.headers.map((header, i) => (
            <SelectField
              key={`${i}-${header}`}
              label={importing.preview.columnLabel(header, i)}
              options={FIELD_OPTIONS}
              value={preview.mapping[i] ?? SKIP}
              onChange={(v) => {
                const mapping = [...preview.mapping];
                mapping[i] = v === SKIP ? null : (v as ImportField);
                onChange({ mapping });
              }}
            />
          ))}
        </div>
      </details>
    </section>
  );
}
