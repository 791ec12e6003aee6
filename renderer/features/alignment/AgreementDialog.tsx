import { useMemo, useState } from 'react';
import { foldText } from '../../../shared/text/normalize';
import { meetingAgreementSchema, type MeetingAgreement } from '../../../shared/domain/meeting';
import type { AdvisorFacts, AlignmentCompany } from '../../db/queries/alignment';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { SearchPickerField, type PickerOption } from '../../ui/SearchPickerField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { DutchDateField } from './DutchDateField';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';
import { gemeenteLabel, orgShort } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';

export type AgreementValue = Omit<MeetingAgreement, 'followUpId'> & { followUpId?: string | null };

const MAX_SHOWN = 30;

/**
 * Record (or change) one agreement about a company: what, who picks it up, by when. Checked
 * with the shared `meetingAgreementSchema`; the messages appear beside the fields.
 */
export function AgreementDialog({
  initial,
  companies,
  advisors,
  onSave,
  onClose,
  onCancel,
  onDraftChange,
  isEdit = Boolean(initial.text),
}: {
  initial: AgreementValue;
  companies: AlignmentCompany[];
  advisors: AdvisorFacts[];
  onSave: (agreement: AgreementValue) => Promise<void>;
  /** Closed with Esc or outside: what was typed is kept as a draft. */
  onClose: () => void;
  /** "Annuleren": the advisor throws the agreement away. */
  onCancel?: () => void;
  /** Every edit, so the caller can keep it as a draft. */
  onDraftChange?: (value: AgreementValue) => void;
  /** Changing an agreement already in the meeting (default: it has text). */
  isEdit?: boolean;
}) {
  const [value, setValueState] = useState(initial);
  const setValue = (update: (v: AgreementValue) => AgreementValue) =>
    setValueState((v) => {
      const next = update(v);
      onDraftChange?.(next);
      return next;
    });
  const [query, setQuery] = useState(() => companies.find((c) => c.id === initial.companyId)?.name ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [dueValid, setDueValid] = useState(true);

  const items = useMemo<PickerOption[]>(() => {
    const q = foldText(query.trim());
    return companies
      .filter((c) => !q || foldText(c.name).includes(q))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl'))
      .slice(0, MAX_SHOWN)
      .map((c) => ({ id: c.id, label: c.name, description: c.gemeente ? gemeenteLabel(c.gemeente) : undefined }));
  }, [companies, query]);

  async function submit() {
    const owner = advisors.find((a) => a.id === value.ownerAdvisorId);
    const candidate = { ...value, ownerName: owner?.name ?? value.ownerName, organisation: owner?.organisation ?? value.organisation };
    const parsed = meetingAgreementSchema.safeParse(candidate);
    if (!parsed.success || !dueValid) {
      const next: Record<string, string> = {};
      for (const issue of parsed.success ? [] : parsed.error.issues) next[String(issue.path[0])] ??= issue.message;
      if (!dueValid) next.due = t.meeting.dateInvalid;
      setErrors(next);
      return;
    }
    setBusy(true);
    try {
      await onSave({ ...parsed.data, followUpId: value.followUpId ?? null });
    } catch (e) {
      setErrors({ form: e instanceof Error ? e.message : String(e) });
      setBusy(false);
    }
  }

  return (
    <Modal title={isEdit ? ui.agreement.editTitle : ui.agreement.title} isOpen onOpenChange={(open) => !open && onClose()}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <SearchPickerField
          label={ui.agreement.company}
          items={items}
          inputValue={query}
          onInputChange={(q) => {
            setQuery(q);
            const match = companies.find((c) => c.id === value.companyId);
            if (match && match.name !== q) setValue((v) => ({ ...v, companyId: '' }));
          }}
          selectedKey={value.companyId || null}
          onSelectionChange={(key) => {
            if (!key) return;
            setValue((v) => ({ ...v, companyId: key }));
            setQuery(companies.find((c) => c.id === key)?.name ?? '');
          }}
          emptyText={ui.agreement.noMatches}
          errorMessage={errors.companyId}
          autoFocus={!initial.companyId}
          isRequired
        />
        <TextField
          label={ui.agreement.text}
          multiline
          rows={3}
          value={value.text}
          onChange={(text) => setValue((v) => ({ ...v, text }))}
          errorMessage={errors.text}
          autoFocus={Boolean(initial.companyId)}
          isRequired
        />
        <div className="field-row">
          <SelectField
            label={ui.agreement.owner}
            options={advisors.map((a) => ({ value: a.id, label: `${a.name} · ${orgShort(a.organisation)}` }))}
            value={value.ownerAdvisorId || null}
            onChange={(id) => setValue((v) => ({ ...v, ownerAdvisorId: id }))}
            errorMessage={errors.ownerAdvisorId}
            isRequired
          />
          <DutchDateField
            label={ui.agreement.due}
            value={value.due}
            onChange={(due) => setValue((v) => ({ ...v, due }))}
            onValidityChange={setDueValid}
            errorMessage={errors.due}
          />
        </div>
        {errors.form && (
          <p className="field-error" role="alert">
            {errors.form}
          </p>
        )}
        <div className="modal-actions">
          <Button onPress={onCancel ?? onClose}>{ui.confirm.cancel}</Button>
          <Button type="submit" variant="primary" isDisabled={busy}>
            {ui.agreement.save}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
