import type { ReferenceSource } from '../../../shared/seed/referenceFigures';
import { referenceAge, STALE_AFTER_YEARS } from '../../../shared/rules/referenceAge';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';

/** Each reference with its age ("KvK 2014 (rapport 2017, tabel 1): cijfers uit 2014, 12 jaar oud"). */
export function ReferenceAgeLine({ sources, year }: { sources: readonly ReferenceSource[]; year: number }) {
  const aged = sources.map((s) => ({ source: s, age: referenceAge(s) }));
  const stale = aged.some((a) => a.age && year - a.age.dataYear >= STALE_AFTER_YEARS);
  return (
    <div className="reference-age">
      <ul className="plain-list">
        {aged.map(({ source, age }) => (
          <li key={source.label}>
            <strong>{t.reference.label}</strong> {source.label}
            {age && <> — {t.reference.age(age.dataYear, year)}</>}
          </li>
        ))}
      </ul>
      {stale && <p className="muted">{t.reference.stale}</p>}
    </div>
  );
}
