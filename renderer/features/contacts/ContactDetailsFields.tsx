import { CHANNEL_LABELS, CHANNELS, TOPIC_LABELS, TOPICS, type TopicKey } from '../../../shared/domain/contactLog';
import { useContactFormOptions } from '../../db/queries/contactLogs';
import { useContactPersons } from '../../db/queries/contactPersons';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { SelectField } from '../../ui/SelectField';
import type { ContactFormErrors, ContactFormState } from './contactForm';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

const NONE = '__geen__';

/** Channel, network, contact persons, topics and regelingen of a contact. */
export function ContactDetailsFields({
  state,
  patch,
  errors,
}: {
  state: ContactFormState;
  patch: (p: Partial<ContactFormState>) => void;
  errors: ContactFormErrors;
}) {
  const options = useContactFormOptions();
  const persons = useContactPersons(state.companyId);
  const q = ui.quickEntry;
  return (
    <>
      <div className="form-row">
        <SelectField
          label={q.channel}
          options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))}
          value={state.channel}
          onChange={(channel) => patch({ channel })}
          errorMessage={errors.channel}
        />
        <SelectField
          label={q.network}
          options={[{ value: NONE, label: q.noNetwork }, ...(options?.networks ?? [])]}
          value={state.networkId ?? NONE}
          onChange={(v) => patch({ networkId: v === NONE ? null : v })}
        />
      </div>
      {state.companyId && (
        persons && persons.length > 0 ? (
          <CheckboxGroupField
            label={q.persons}
            options={persons.map((p) => ({ value: p.id, label: [p.name, p.function].filter(Boolean).join(', ') }))}
            value={state.contactPersonIds}
            onChange={(contactPersonIds) => patch({ contactPersonIds })}
            columns={2}
          />
        ) : (
          persons && <p className="field-description">{q.noPersons}</p>
        )
      )}
      <CheckboxGroupField
        label={q.topics}
        options={TOPICS.map((t) => ({ value: t, label: TOPIC_LABELS[t] }))}
        value={state.topics}
        onChange={(topics) => patch({ topics: topics as TopicKey[] })}
        errorMessage={errors.topics}
        columns={3}
      />
      {state.topics.includes('regelingen') &&
        (options && options.schemes.length > 0 ? (
          <CheckboxGroupField
            label={q.schemes}
            options={options.schemes}
            value={state.schemeIds}
            onChange={(schemeIds) => patch({ schemeIds })}
            columns={2}
          />
        ) : (
          <p className="field-description">{q.noSchemes}</p>
        ))}
    </>
  );
}
