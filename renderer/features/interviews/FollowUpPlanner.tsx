import { visit } from '../../../shared/i18n/nl/visit';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import type { FollowUpDraft } from '../../db/repositories/contactLogs';
import { useAdvisors } from '../../db/queries/contactLogs';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { parseDutchDate } from '../contacts/contactForm';
import { ownerOptions } from '../contacts/ownerOptions';

const f = visit.finish;

/** A follow-up being typed: the date as typed (dd-mm-jjjj), checked on afronden. */
export type PlannedFollowUp = { key: string; title: string; due: string; ownerAdvisorId: string };

export const newPlanned = (ownerAdvisorId: string): PlannedFollowUp => ({
  key: crypto.randomUUID(),
  title: '',
  due: '',
  ownerAdvisorId,
});

/** The drafts to save, or the errors per row (by key) when a date cannot be read. */
export function checkPlanned(rows: readonly PlannedFollowUp[]): {
  drafts: FollowUpDraft[];
  errors: Record<string, string>;
} {
  const drafts: FollowUpDraft[] = [];
  const errors: Record<string, string> = {};
  for (const r of rows) {
    if (!r.title.trim()) continue;
    const due = r.due.trim() ? parseDutchDate(r.due) : null;
    if (r.due.trim() && !due) errors[r.key] = ui.quickEntry.invalidDate;
    drafts.push({ title: r.title.trim(), due, ownerAdvisorId: r.ownerAdvisorId });
  }
  return { drafts, errors };
}

/** "What, who, when" rows for the follow-ups agreed in the interview. */
export function FollowUpPlanner({
  rows,
  onChange,
  errors,
  me,
}: {
  rows: PlannedFollowUp[];
  onChange: (rows: PlannedFollowUp[]) => void;
  errors: Record<string, string>;
  me: { advisorId: string; name: string };
}) {
  const owners = ownerOptions(useAdvisors(), me);
  const update = (key: string, p: Partial<PlannedFollowUp>) =>
    onChange(rows.map((r) => (r.key === key ? { ...r, ...p } : r)));
  return (
    <fieldset className="follow-up-drafts">
      <legend className="field-label">{f.followUps}</legend>
      <p className="field-description">{f.followUpsHelp}</p>
      {rows.map((r, i) => (
        <div
          key={r.key}
          className="follow-up-draft"
          role="group"
          aria-label={ui.quickEntry.followUpNumber(i + 1)}
        >
          <TextField
            label={f.what}
            value={r.title}
            onChange={(title) => update(r.key, { title })}
          />
          <SelectField
            label={f.who}
            options={owners}
            value={r.ownerAdvisorId}
            onChange={(ownerAdvisorId) => update(r.key, { ownerAdvisorId })}
          />
          <TextField
            label={f.when}
            placeholder={ui.quickEntry.datePlaceholder}
            value={r.due}
            onChange={(due) => update(r.key, { due })}
            errorMessage={errors[r.key]}
          />
          <Button
            variant="quiet"
            className="follow-up-remove"
            aria-label={f.remove(i + 1)}
            onPress={() => onChange(rows.filter((x) => x.key !== r.key))}
          >
            {ui.quickEntry.removeFollowUp}
          </Button>
        </div>
      ))}
      <Button onPress={() => onChange([...rows, newPlanned(me.advisorId)])}>+ {f.add}</Button>
    </fieldset>
  );
}
