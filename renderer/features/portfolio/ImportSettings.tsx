import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportField } from '../../../shared/import/mapping';
import type { ImportOptions, ImportPreview } from '../../../shared/import/planImport';
import type { ImportMode } from '../../../shared/import/plan';
import { portfolio } from '../../../shared/i18n/nl/portfolio';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';

const SKIP = '__niet__';
const FIELD_OPTIONS = [{ value: SKIP, label: 'Niet gebruiken' }, ...IMPORT_FIELDS.map((f) => ({ value: f, label: IMPORT_FIELD_LABELS[f] }))];
const MODES: { value: ImportMode; label: string; description: string }[] = [
  { value: 'skip-duplicates', label: portfolio.import.mode['skip-duplicates'], description: 'Veiligste keuze: wat al in uw portefeuille staat, blijft zoals het is.' },
  { value: 'update-by-kvk', label: portfolio.import.mode['update-by-kvk'], description: 'Rijen met een bekend KvK-nummer vullen het bestaande bedrijf aan; lege cellen wissen niets.' },
  { value: 'create', label: portfolio.import.mode.create, description: 'Ook mogelijke dubbelen worden nieuw aangemaakt.' },
];

/** Sheet, header row, column mapping and what to do with duplicates. */
export function ImportSettings({ preview, onChange }: { preview: ImportPreview; onChange: (patch: ImportOptions) => void }) {
  const sheets = preview.file.sheets;
  return (
    <section className="card form-section" aria-labelledby="import-settings">
      <h2 id="import-settings">Instellingen</h2>
      <div className="form-grid">
        {sheets.length > 1 && (
          <SelectField
            label="Werkblad"
            options={sheets.map((s, i) => ({ value: String(i), label: `${s.name} (${s.rowCount} rijen)` }))}
            value={String(preview.sheetIndex)}
            onChange={(v) => onChange({ sheet: Number(v) })}
          />
        )}
        <SelectField
          label="Rij met kolomnamen"
          options={Array.from({ length: Math.min(30, sheets[preview.sheetIndex]?.rowCount ?? 1) }, (_, i) => ({
            value: String(i + 1),
            label: `Rij ${i + 1}`,
          }))}
          value={String(preview.headerRow)}
          onChange={(v) => onChange({ headerRow: Number(v) })}
        />
      </div>
      <RadioGroupField
        label="Wat doen we met bedrijven die al in uw portefeuille staan?"
        // ui/RadioGroupField's option description uses RAC <Text> without a slot, which
        // RadioGroup rejects ("A slot prop is required"); the explanation goes below instead.
        options={MODES.map(({ value, label }) => ({ value, label }))}
        value={preview.plan.mode}
        onChange={(mode) => onChange({ mode })}
      />
      <p className="field-description">{MODES.find((m) => m.value === preview.plan.mode)?.description}</p>
      <details className="mapping-details" open>
        <summary>Kolommen koppelen ({preview.headers.length} kolommen in het bestand)</summary>
        <div className="mapping-grid">
          {preview.headers.map((header, i) => (
            <SelectField
              key={`${i}-${header}`}
              label={header || `Kolom ${i + 1}`}
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
