import { useState } from 'react';
import { formatDate, formatInt } from '../../../shared/i18n';
import { useRetention } from '../../db/queries/contactPersonSearch';
import { deleteOldRecords } from '../../db/repositories/personData';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';

const YEARS = ['2', '3', '5', '7', '10'] as const;

/** Bewaartermijn: old contact logs and interviews listed for review and deletion. */
export function RetentionSection() {
  const [years, setYears] = useState<(typeof YEARS)[number]>('5');
  const rows = useRetention(Number(years));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const chosen = rows?.filter((r) => selected.has(`${r.table}:${r.id}`)) ?? [];
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">Bewaartermijn</h2>
      <div style={{ maxWidth: 240 }}>
        <SelectField
          label="Registraties ouder dan"
          options={YEARS.map((y) => ({ value: y, label: `${y} jaar` }))}
          value={years}
          onChange={setYears}
        />
      </div>
      {rows && rows.length === 0 && <p>Er zijn geen contactmomenten of gesprekken ouder dan {years} jaar.</p>}
      {rows && rows.length > 0 && (
        <>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">Kiezen</th>
                <th scope="col">Datum</th>
                <th scope="col">Bedrijf</th>
                <th scope="col">Omschrijving</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => {
                const key = `${r.table}:${r.id}`;
                return (
                  <tr key={key}>
                    <td>
                      <input
                        type="checkbox"
                        aria-label={`${r.companyName} ${formatDate(r.when)} kiezen`}
                        checked={selected.has(key)}
                        onChange={(e) => {
                          const next = new Set(selected);
                          if (e.target.checked) next.add(key);
                          else next.delete(key);
                          setSelected(next);
                        }}
                      />
                    </td>
                    <td>{formatDate(r.when)}</td>
                    <td>{r.companyName}</td>
                    <td>{r.text.slice(0, 100)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Button
            variant="danger"
            isDisabled={chosen.length === 0}
            onPress={async () => {
              await deleteOldRecords(chosen);
              setSelected(new Set());
            }}
          >
            {`${formatInt(chosen.length)} gekozen registraties verwijderen`}
          </Button>
        </>
      )}
    </section>
  );
}
