import { useState, type KeyboardEvent } from 'react';
import { COMPANY_STATUS_LABELS, COMPANY_STATUSES, type CompanyStatus } from '../../../shared/domain/company';
import type { Profile } from '../../../shared/domain/common';
import { useCompany } from '../../db/queries/companies';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { CompanyPicker } from './CompanyPicker';
import { ContactDetailsFields } from './ContactDetailsFields';
import { ContactLogEditNotices } from './ContactLogEditNotices';
import type { DraftSource } from './contactDrafts';
import { validateContactForm, type ContactFormErrors, type ContactFormState, type ValidForm } from './contactForm';
import { DeleteContactLogButton } from './DeleteContactLogButton';
import { FollowUpDraftsField } from './FollowUpDraftsField';
import { PartnerWarningNotice } from './PartnerWarningNotice';
import { useContactDraft } from './useContactDraft';
import { usePartnerWarnings } from './usePartnerWarnings';
import { VisibilityField } from './VisibilityField';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { t } from '../../../shared/i18n';

const KEEP = '__laten__';

type Props = {
  profile: Profile;
  /** Where the typed input is kept; stable for the life of the form. */
  source: DraftSource;
  /** Start in the company field (no company known yet). */
  focusCompany: boolean;
  /** Write the form; resolves with the company the log belongs to. */
  save: (value: ValidForm, state: ContactFormState) => Promise<string>;
  onCancel: () => void;
  onSaved: (companyName: string, companyId: string) => void;
  /** Set when correcting an existing log: the log as it was, and what happens after deleting it. */
  editing?: { log: ContactLogRow; onDeleted: () => void };
};

/**
 * The contact form, for a new log (quick entry) and for correcting one. What the advisor types is
 * kept as a draft so that closing the dialog by accident loses nothing.
 */
export function ContactLogForm({ profile, source, focusCompany, save, onCancel, onSaved, editing }: Props) {
  const { state, patch, restored, discard, forget } = useContactDraft(source);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  const companyId = state?.companyId || null;
  const company = useCompany(companyId ?? undefined);
  // While editing, the log itself would be among the "recent contacts by a partner".
  const partner = usePartnerWarnings(editing ? null : companyId);

  if (!state) return <p role="status">{t.loading}</p>;
  // After the first attempt to save, messages follow the input as the advisor corrects it.
  const check = submitted ? validateContactForm(state) : null;
  const errors: ContactFormErrors = check && !check.ok ? check.errors : {};

  async function submit() {
    if (!state || saving) return;
    const result = validateContactForm(state);
    setSubmitted(true);
    if (!result.ok) return;
    setSaving(true);
    setFailed(false);
    try {
      const savedCompanyId = await save(result.value, state);
      await forget();
      onSaved(state.newCompanyName ?? company?.name ?? '', savedCompanyId);
    } catch (e) {
      console.error(e);
      setFailed(true);
    } finally {
      setSaving(false);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLFormElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void submit();
    }
  }

  const q = ui.quickEntry;
  const ed = ui.editLog;
  const currentStatus = company?.status && company.status in COMPANY_STATUS_LABELS ? COMPANY_STATUS_LABELS[company.status as CompanyStatus] : null;
  const errorCount = Object.keys(errors).length;
  return (
    <form
      className="contact-form"
      noValidate
      // Capture: react-aria's pressable radios and checkboxes stop the key events they see, and
      // Ctrl+Enter must save from every field.
      onKeyDownCapture={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {editing && <ContactLogEditNotices log={editing.log} visibility={state.visibility} me={profile} />}
      {restored && (
        <Notice tone="info">
          {editing ? ed.draftRestored : q.draftRestored}{' '}
          <Button
            variant="quiet"
            onPress={() => {
              discard();
              setSubmitted(false);
            }}
          >
            {editing ? ed.discardDraft : q.discardDraft}
          </Button>
        </Notice>
      )}
      <CompanyPicker state={state} patch={patch} error={errors.companyId} errors={errors} autoFocus={focusCompany} />
      {partner && <PartnerWarningNotice warnings={partner.warnings} windowDays={partner.windowDays} />}
      <div className="form-row">
        <TextField label={q.date} placeholder={q.datePlaceholder} value={state.date} onChange={(date) => patch({ date })} errorMessage={errors.date} isRequired autoFocus={!focusCompany} />
        <TextField label={q.time} placeholder={q.timePlaceholder} value={state.time} onChange={(time) => patch({ time })} errorMessage={errors.time} />
      </div>
      <ContactDetailsFields state={state} patch={patch} errors={errors} />
      <TextField label={q.summary} multiline rows={3} value={state.summary} onChange={(summary) => patch({ summary })} errorMessage={errors.summary} />
      <TextField label={q.outcome} multiline rows={2} value={state.outcome} onChange={(outcome) => patch({ outcome })} errorMessage={errors.outcome} />
      <div className="form-row">
        <VisibilityField value={state.visibility} onChange={(visibility) => patch({ visibility })} />
        <SelectField
          label={q.status}
          options={[
            { value: KEEP, label: currentStatus ? q.statusKeep(currentStatus) : q.statusKeepUnknown },
            ...COMPANY_STATUSES.map((s) => ({ value: s, label: COMPANY_STATUS_LABELS[s] })),
          ]}
          value={state.statusAfter || KEEP}
          onChange={(v) => patch({ statusAfter: v === KEEP ? '' : (v as CompanyStatus) })}
        />
      </div>
      <FollowUpDraftsField state={state} patch={patch} errors={errors} me={profile} legend={editing ? ed.newFollowUps : q.followUps} />
      {errorCount > 0 && <Notice tone="error">{q.fixErrors}</Notice>}
      {failed && <Notice tone="error">{q.failed}</Notice>}
      <div className="modal-actions">
        {editing && <DeleteContactLogButton log={editing.log} beforeDelete={forget} onDeleted={editing.onDeleted} />}
        <span className="shortcut-hint">{editing ? ed.hint : q.hint}</span>
        <Button onPress={onCancel}>{t.actions.cancel}</Button>
        <Button type="submit" variant="primary" isDisabled={saving}>
          {saving ? q.saving : editing ? ed.save : q.save}
        </Button>
      </div>
    </form>
  );
}
