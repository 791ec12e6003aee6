import { useMemo, useState } from 'react';
import { Checkbox } from 'react-aria-components';
import type { Guide } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import { factsForCompany } from '../../../shared/guides/engine';
import { formatDate } from '../../../shared/i18n/format';
import { useNames, type CompanyRow } from '../../db/queries/companies';
import { applyCompanyFacts } from '../../db/repositories/interviews';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { companyPatch, proposeCompanyChanges } from './companyFacts';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

const t = tx.facts;

/**
 * "Gegevens overnemen in het bedrijf": the facts of the interview as a reviewed diff. Each row
 * shows the current and the proposed value with its own checkbox; only ticked rows are
 * written, together, as one change.
 */
export function FactsDialog({
  isOpen,
  onOpenChange,
  guide,
  interview,
  company,
  onApplied,
}: {
  isOpen: boolean;
  onOpenChange: (open: boolean) => void;
  guide: Guide;
  interview: Interview;
  company: CompanyRow;
  onApplied: (count: number) => void;
}) {
  const networkNames = useNames('networks');
  const dateLabel = formatDate(interview.finishedAt ?? interview.lastChangeAt);
  const proposals = useMemo(() => {
    const networks = [...(networkNames ?? new Map<string, string>())].map(([id, name]) => ({
      id,
      name,
    }));
    return proposeCompanyChanges(
      company,
      factsForCompany(guide, interview.answers, interview.otherTexts),
      networks,
      dateLabel,
    );
  }, [company, guide, interview.answers, interview.otherTexts, networkNames, dateLabel]);
  const [ticked, setTicked] = useState<Set<string> | null>(null);
  const selected =
    ticked ?? new Set(proposals.filter((p) => p.preselect && !p.same).map((p) => p.id));
  const [error, setError] = useState<string | null>(null);
  const actionable = proposals.filter((p) => !p.same);

  const apply = async () => {
    const chosen = proposals.filter((p) => selected.has(p.id) && !p.same);
    setError(null);
    try {
      if (chosen.length > 0)
        await applyCompanyFacts(
          company.id,
          companyPatch(
            company,
            chosen.map((p) => p.change),
            dateLabel,
          ),
        );
      onApplied(chosen.length);
      onOpenChange(false);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal title={t.title} isOpen={isOpen} onOpenChange={onOpenChange} wide>
      {actionable.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <table className="simple-table facts-table">
            <thead>
              <tr>
                <th scope="col">{t.take}</th>
                <th scope="col">{t.field}</th>
                <th scope="col">{t.current}</th>
                <th scope="col">{t.proposed}</th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((p) => (
                <tr key={p.id} className={p.same ? 'is-same' : undefined}>
                  <td>
                    {p.same ? (
                      <span className="muted">{t.same}</span>
                    ) : (
                      <Checkbox
                        className="checkbox"
                        aria-label={`${t.take}: ${p.label}`}
                        isSelected={selected.has(p.id)}
                        onChange={(on) => {
                          const next = new Set(selected);
                          if (on) next.add(p.id);
                          else next.delete(p.id);
                          setTicked(next);
                        }}
                      >
                        <span className="checkbox-mark" aria-hidden="true" />
                      </Checkbox>
                    )}
                  </td>
                  <th scope="row">{p.label}</th>
                  <td>{p.current}</td>
                  <td className="facts-proposed">{p.proposed}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {error && <Notice tone="error">{error}</Notice>}
      <div className="modal-actions">
        <Button onPress={() => onOpenChange(false)}>{t.skip}</Button>
        {actionable.length > 0 && (
          <Button variant="primary" onPress={() => void apply()} isDisabled={selected.size === 0}>
            {t.apply}
          </Button>
        )}
      </div>
    </Modal>
  );
}
