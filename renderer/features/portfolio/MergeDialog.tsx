import { useEffect, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { portfolio } from '../../../shared/i18n/nl/portfolio';
import { canCombine, defaultMergeChoices, MERGEABLE_FIELDS, type MergeChoice, type MergeableField } from '../../../shared/rules/mergeCompanies';
import { readLinkedCounts, type CompanyRow } from '../../db/queries/companies';
import { mergeCompanies } from '../../db/repositories/companies';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { mergeFieldLabel, mergeValueText } from './mergeText';
import { sameFieldValue } from '../../../shared/data/equality';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** Side by side: per field, which value stays. The company that stays keeps its id. */
export function MergeDialog({ current, other, onClose }: { current: CompanyRow; other: CompanyRow; onClose: () => void }) {
  const navigate = useNavigate();
  const [winnerIsCurrent, setWinnerIsCurrent] = useState(true);
  const winner = winnerIsCurrent ? current : other;
  const loser = winnerIsCurrent ? other : current;
  const defaults = useMemo(() => defaultMergeChoices(winner, loser), [winner, loser]);
  const [choices, setChoices] = useState<Partial<Record<MergeableField, MergeChoice>>>({});
  const [linked, setLinked] = useState<Record<string, number> | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void readLinkedCounts(loser.id).then(setLinked);
  }, [loser.id]);
  const differing = MERGEABLE_FIELDS.filter((f) => !sameFieldValue(winner[f], loser[f]));
  const choice = (f: MergeableField) => choices[f] ?? defaults[f];
  const side = (c: CompanyRow) => `${c.name ?? ''}${c.place ? ` (${c.place})` : ''}`;
  return (
    <Modal title={portfolio.merge.title} isOpen onOpenChange={(open) => !open && onClose()} wide>
      <p>{portfolio.merge.explain}</p>
      <fieldset className="merge-winner">
        <legend className="field-label">{px.merge.welkBedrijfBlijft}</legend>
        {[true, false].map((isCurrent) => (
          <label key={String(isCurrent)} className="merge-choice">
            <input type="radio" name="winner" checked={winnerIsCurrent === isCurrent} onChange={() => { setWinnerIsCurrent(isCurrent); setChoices({}); }} />
            {side(isCurrent ? current : other)}
          </label>
        ))}
      </fieldset>
      {linked && (
        <p className="muted">
          {px.merge.gaatMeeNaarHet} {linked.contactPersons} {px.merge.contactpersonen} {linked.contactLogs} {px.merge.contactmomenten}{' '}
          {linked.followUps} {px.merge.acties} {linked.interviews} {px.merge.gesprekken}
        </p>
      )}
      <table className="merge-table">
        <thead>
          <tr>
            <th scope="col">{px.merge.field}</th>
            <th scope="col">{px.merge.blijft} {side(winner)}</th>
            <th scope="col">{px.merge.vervalt} {side(loser)}</th>
            <th scope="col">{px.merge.both}</th>
          </tr>
        </thead>
        <tbody>
          {differing.map((f) => (
            <tr key={f}>
              <th scope="row">{mergeFieldLabel(f)}</th>
              {(['winner', 'loser', 'both'] as const).map((c) =>
                c === 'both' && !canCombine(f) ? (
                  <td key={c} />
                ) : (
                  <td key={c}>
                    <label className="merge-choice">
                      <input
                        type="radio"
                        name={`merge-${f}`}
                        checked={choice(f) === c}
                        onChange={() => setChoices((old) => ({ ...old, [f]: c }))}
                        aria-label={`${mergeFieldLabel(f)}: ${c === 'winner' ? px.merge.waardeVanHetBedrijf : c === 'loser' ? px.merge.waardeVanHetBedrijf2 : 'allebei'}`}
                      />
                      <span>{c === 'both' ? 'combineren' : mergeValueText(f, (c === 'winner' ? winner : loser)[f])}</span>
                    </label>
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {differing.length === 0 && <p className="merge-same">{px.merge.alleVeldenZijnGelijk}</p>}
      <div className="modal-actions">
        <Button onPress={onClose}>{px.merge.annuleren}</Button>
        <Button
          variant="primary"
          isDisabled={busy}
          onPress={async () => {
            setBusy(true);
            try {
              await mergeCompanies(winner.id, loser.id, { ...defaults, ...choices });
              onClose();
              navigate(`/portefeuille/${winner.id}`, { replace: true });
            } finally {
              setBusy(false);
            }
          }}
        >
          {px.merge.samenvoegen}
        </Button>
      </div>
    </Modal>
  );
}
