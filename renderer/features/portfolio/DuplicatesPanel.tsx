import { useState } from 'react';
import { Link } from 'react-router';
import { findDuplicates, isSameCompany } from '../../../shared/rules/dedupe';
import { Button } from '../../ui/Button';
import { MergeDialog } from './MergeDialog';
import { dedupeKeysOf, useDuplicateIndex } from './useDuplicateIndex';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** Companies that may be the same as this one, with a link and a way to merge them. */
export function DuplicatesPanel({ companyId }: { companyId: string }) {
  const data = useDuplicateIndex();
  const [mergeWith, setMergeWith] = useState<string | null>(null);
  const self = data?.byId.get(companyId);
  if (!data || !self) return <p className="muted">{px.merge.bezigMetZoeken}</p>;
  const matches = findDuplicates(dedupeKeysOf(self), data.index);
  if (matches.length === 0) return <p className="muted">{px.merge.geenMogelijkeDubbelenGevonden}</p>;
  const other = mergeWith ? data.byId.get(mergeWith) : undefined;
  return (
    <>
      <ul className="duplicate-list">
        {matches.map((m) => (
          <li key={m.id} className="duplicate-item">
            <span>
              <Link to={`/portefeuille/${m.id}`} className="link">
                {m.name}
              </Link>{' '}
              <span className="muted">· {m.message}</span>
            </span>
            {isSameCompany(m) && <Button onPress={() => setMergeWith(m.id)}>{px.merge.samenvoegen}</Button>}
          </li>
        ))}
      </ul>
      {other && <MergeDialog current={self} other={other} onClose={() => setMergeWith(null)} />}
    </>
  );
}
