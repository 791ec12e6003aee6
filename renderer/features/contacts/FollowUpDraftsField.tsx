import { useAdvisors } from '../../db/queries/contactLogs';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ownerOptions } from './ownerOptions';
import type { ContactFormErrors, ContactFormState } from './contactForm';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

type Me = { advisorId: string; name: string; organisation: string };

/** The follow-ups agreed in this contact; created in the same save as the log. */
export function FollowUpDraftsField({
  state,
  patch,
  errors,
  me,
  legend = ui.quickEntry.followUps,
}: {
  state: ContactFormState;
  patch: (p: Partial<ContactFormState>) => void;
  errors: ContactFormErrors;
  me: Me;
  legend?: string;
}) {
  const advisors = useAdvisors();
  const owners = ownerOptions(advisors, me);
  const q = ui.quickEntry;
  const update = (key: string, p: Partial<ContactFormState['followUps'][number]>) =>
    patch({ followUps: state.followUps.map((f) => (f.key === key ? { ...f, ...p } : f)) });
  return (
    <fieldset className="follow-up-drafts">
      <legend className="field-label">{legend}</legend>
      {state.followUps.map((f, i) => (
        <div key={f.key} className="follow-up-draft" role="group" aria-label={q.followUpNumber(i + 1)}>
          <TextField
            label={q.followUpTitle}
            value={f.title}
            onChange={(title) => update(f.key, { title })}
            errorMessage={errors[`followUp.${i}.title`]}
            autoFocus={i === state.followUps.length - 1 && !f.title}
          />
          <TextField
            label={q.followUpDue}
            placeholder={q.datePlaceholder}
            value={f.due ?? ''}
            onChange={(due) => update(f.key, { due: due || null })}
            errorMessage={errors[`followUp.${i}.due`]}
          />
          <SelectField
            label={q.followUpOwner}
            options={owners}
            value={f.ownerAdvisorId}
            onChange={(ownerAdvisorId) => update(f.key, { ownerAdvisorId })}
            errorMessage={errors[`followUp.${i}.owner`]}
          />
          <Button
            variant="quiet"
            className="follow-up-remove"
            aria-label={`${q.removeFollowUp}: ${q.followUpNumber(i + 1)}`}
            onPress={() => patch({ followUps: state.followUps.filter((x) => x.key !== f.key) })}
          >
            {q.removeFollowUp}
          </Button>
        </div>
      ))}
      <Button
        onPress={() =>
          patch({
            followUps: [...state.followUps, { key: crypto.randomUUID(), title: '', due: null, ownerAdvisorId: me.advisorId }],
          })
        }
      >
        + {q.addFollowUp}
      </Button>
    </fieldset>
  );
}
