import { useState } from 'react';
import { formatDate } from '../../../shared/i18n';
import { useRetention } from '../../db/queries/contactPersonSearch';
import { deleteOldRecords } from '../../db/repositories/personData';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { privacyText } from '../../../shared/i18n/nl/privacy';

const YEARS = ['2', '3', '5', '7', '10'] as const;

/** Bewaartermijn: old contact logs and interviews listed for review and deletion. */
export function RetentionSection() {
  const [years, setYears] = useState<(typeof YEARS)[number]>('5');
  const rows = useRetention(Number(years));
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const chosen = rows?.filter((r) => selected.has(`${r.table}:${r.id}`)) ?? [];
  return (
    <section className="card" aria-labelledby="retention-title">
      <h2 id="retention-title">{privacyText.retention.title}</h2>
      <div style={{ maxWidth: 240 }}>
        <SelectField
          label={privacyText.retention.olderThan}
          options={YEARS.map((y) => ({ value: y, label: privacyText.retention.years(y) }))}
          value={years}
          onChange={setYears}
        />
      </div>
      {rows && rows.length === 0 && <p>{privacyText.retention.none(years)}</p>}
      {rows && rows.length > 0 && (
        <>
          <table className="simple-table">
            <thead>
              <tr>
                <th scope="col">{privacyText.retention.choose}</th>
                <th scope="col">{privacyText.retention.date}</th>
                <th scope="col">{privacyText.retention.company}</th>
                <th scope="col">{privacyText.retention.description}</th>
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
                        aria-label={privacyText.retention.chooseRow(r.companyName, formatDate(r.when))}
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
            {privacyText.retention.remove(chosen.length)}
          </Button>
        </>
      )}
    </section>
  );
}
