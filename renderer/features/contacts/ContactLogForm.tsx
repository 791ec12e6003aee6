import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { COMPANY_STATUS_LABELS, COMPANY_STATUSES, type CompanyStatus } from '../../../shared/domain/company';
import type { Profile } from '../../../shared/domain/common';
import { useCompany } from '../../db/queries/companies';
import { clearDraft, QUICK_ENTRY_DRAFT, readDraft, saveContactLog, saveDraft } from '../../db/repositories/contactLogs';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { CompanyPicker } from './CompanyPicker';
import { ContactDetailsFields } from './ContactDetailsFields';
import { emptyContactForm, fromDraft, hasContent, toDraft, validateContactForm, type ContactFormErrors, type ContactFormState } from './contactForm';
import { FollowUpDraftsField } from './FollowUpDraftsField';
import { PartnerWarningNotice } from './PartnerWarningNotice';
import { usePartnerWarnings } from './usePartnerWarnings';
import { VisibilityField } from './VisibilityField';
import { ui } from './texts';

const DRAFT_DELAY_MS = 300;
const KEEP = '__laten__';

/** Write the pending draft now (or remove it when the form holds nothing worth keeping). */
function flushDraft(pending: { current: ContactFormState | null }): Promise<void> {
  const state = pending.current;
  pending.current = null;
  if (!state) return Promise.resolve();
  return hasContent(state) ? saveDraft(QUICK_ENTRY_DRAFT, toDraft(state)) : clearDraft(QUICK_ENTRY_DRAFT);
}

type Props = {
  profile: Profile;
  /** The company of the page the dialog was opened from. */
  initialCompanyId: string | null;
  onCancel: () => void;
  onSaved: (companyName: string, companyId: string) => void;
};

/**
 * The quick-entry form. What the advisor types is kept as a draft (debounced) so that closing the
 * dialog by accident loses nothing; the draft is restored on the next open and cleared on save.
 */
export function ContactLogForm({ profile, initialCompanyId, onCancel, onSaved }: Props) {
  const [state, setState] = useState<ContactFormState | null>(null);
  const [restored, setRestored] = useState(false);
  const [submitted, setSubmitted] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const dirty = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void readDraft(QUICK_ENTRY_DRAFT).then((value) => {
      if (cancelled) return;
      const draft = fromDraft(value);
      const fits = draft && hasContent(draft) && (!initialCompanyId || !draft.companyId || draft.companyId === initialCompanyId);
      if (draft && fits) {
        const withCompany = !draft.companyId && !draft.newCompanyName && initialCompanyId ? { ...draft, companyId: initialCompanyId } : draft;
        setState(withCompany);
        setRestored(true);
      } else {
        setState(emptyContactForm(new Date(), initialCompanyId ?? ''));
      }
    });
    return () => {
      cancelled = true;
    };
  }, [initialCompanyId]);

  // Debounced draft: at most one write per 300 ms of typing, and whatever is pending is written
  // when the dialog closes, so that Esc right after typing loses nothing either.
  const pending = useRef<ContactFormState | null>(null);
  useEffect(() => {
    if (!state || !dirty.current) return;
    pending.current = state;
    const timer = setTimeout(() => void flushDraft(pending), DRAFT_DELAY_MS);
    return () => clearTimeout(timer);
  }, [state]);
  useEffect(() => () => void flushDraft(pending), []);

  const patch = useCallback((p: Partial<ContactFormState>) => {
    dirty.current = true;
    setState((s) => (s ? { ...s, ...p } : s));
  }, []);

  const companyId = state?.companyId || null;
  const company = useCompany(companyId ?? undefined);
  const partner = usePartnerWarnings(companyId);

  if (!state) return <p role="status">Bezig met laden…</p>;
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
      const saved = await saveContactLog({
        input: result.value.input,
        profile,
        newCompany: state.newCompanyName ? { name: state.newCompanyName, gemeente: state.newCompanyGemeente } : null,
        statusAfter: state.statusAfter || null,
        followUps: result.value.followUps,
      });
      pending.current = null;
      dirty.current = false;
      await clearDraft(QUICK_ENTRY_DRAFT);
      onSaved(state.newCompanyName ?? company?.name ?? '', saved.companyId);
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
  const currentStatus = company?.status && company.status in COMPANY_STATUS_LABELS ? COMPANY_STATUS_LABELS[company.status as CompanyStatus] : null;
  const errorCount = Object.keys(errors).length;
  return (
    <form
      className="contact-form"
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {restored && (
        <Notice tone="info">
          {q.draftRestored}{' '}
          <Button
            variant="quiet"
            onPress={() => {
              pending.current = null;
              dirty.current = false;
              void clearDraft(QUICK_ENTRY_DRAFT);
              setRestored(false);
              setSubmitted(false);
              setState(emptyContactForm(new Date(), initialCompanyId ?? ''));
            }}
          >
            {q.discardDraft}
          </Button>
        </Notice>
      )}
      <CompanyPicker state={state} patch={patch} error={errors.companyId} autoFocus={!initialCompanyId} />
      {partner && <PartnerWarningNotice warnings={partner.warnings} windowDays={partner.windowDays} />}
      <div className="form-row">
        <TextField label={q.date} placeholder={q.datePlaceholder} value={state.date} onChange={(date) => patch({ date })} errorMessage={errors.date} isRequired autoFocus={Boolean(initialCompanyId)} />
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
      <FollowUpDraftsField state={state} patch={patch} errors={errors} me={profile} />
      {errorCount > 0 && <Notice tone="error">{q.fixErrors}</Notice>}
      {failed && <Notice tone="error">{q.failed}</Notice>}
      <div className="modal-actions">
        <span className="shortcut-hint">Ctrl+Enter om op te slaan · Esc om te sluiten (uw invoer blijft bewaard)</span>
        <Button onPress={onCancel}>Annuleren</Button>
        <Button type="submit" variant="primary" isDisabled={saving}>
          {saving ? q.saving : q.save}
        </Button>
      </div>
    </form>
  );
}
