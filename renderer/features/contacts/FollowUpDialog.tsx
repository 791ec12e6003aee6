import { useState } from 'react';
import { followUpInputSchema } from '../../../shared/domain/followUp';
import type { Profile, Visibility } from '../../../shared/domain/common';
import { useAdvisors } from '../../db/queries/contactLogs';
import { createFollowUp } from '../../db/repositories/followUps';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { Notice } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { CompanyPicker, type PickerState } from './CompanyPicker';
import { parseDutchDate } from './contactForm';
import { ownerOptions } from './ownerOptions';
import { VisibilityField } from './VisibilityField';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { t } from '../../../shared/i18n';

type Props = { profile: Profile; isOpen: boolean; onClose: () => void; companyId?: string | null };

/** "Actie toevoegen": a follow-up without a contact (title, company, owner, due, notes). */
export function FollowUpDialog({ profile, isOpen, onClose, companyId = null }: Props) {
  return (
    <Modal title={ui.followUpForm.title} isOpen={isOpen} onOpenChange={(o) => !o && onClose()}>
      {isOpen && <FollowUpForm profile={profile} onClose={onClose} companyId={companyId} />}
    </Modal>
  );
}

function FollowUpForm({ profile, onClose, companyId }: { profile: Profile; onClose: () => void; companyId: string | null }) {
  const advisors = useAdvisors();
  const [company, setCompany] = useState<PickerState>({ companyId: companyId ?? '', companyQuery: '', newCompanyName: null, newCompanyGemeente: 'dordrecht' });
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState(profile.advisorId);
  const [due, setDue] = useState('');
  const [notes, setNotes] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('gedeeld');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const f = ui.followUpForm;

  async function submit() {
    const dueDate = due.trim() ? parseDutchDate(due) : null;
    const parsed = followUpInputSchema.safeParse({
      companyId: company.companyId,
      title,
      ownerAdvisorId: owner,
      due: due.trim() ? (dueDate ?? 'ongeldig') : null,
      notes,
      visibility,
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.path[0] === 'due' ? ui.quickEntry.invalidDate : issue.message;
      setErrors(next);
      return;
    }
    try {
      await createFollowUp(parsed.data, profile);
      onClose();
    } catch (e) {
      console.error(e);
      setFailed(true);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <CompanyPicker
        state={company}
        patch={(p) => setCompany((c) => ({ ...c, ...p }))}
        error={errors.companyId}
        autoFocus={!companyId}
        allowNew={false}
      />
      <TextField label={f.what} value={title} onChange={setTitle} errorMessage={errors.title} isRequired autoFocus={Boolean(companyId)} />
      <div className="form-row">
        <SelectField label={f.owner} options={ownerOptions(advisors, profile)} value={owner} onChange={setOwner} errorMessage={errors.ownerAdvisorId} />
        <TextField label={f.due} placeholder={ui.quickEntry.datePlaceholder} value={due} onChange={setDue} errorMessage={errors.due} />
      </div>
      <TextField label={f.notes} multiline rows={3} value={notes} onChange={setNotes} errorMessage={errors.notes} />
      <VisibilityField value={visibility} onChange={setVisibility} />
      {failed && <Notice tone="error">{ui.quickEntry.failed}</Notice>}
      <div className="modal-actions">
        <Button onPress={onClose}>{t.actions.cancel}</Button>
        <Button type="submit" variant="primary">
          {ui.quickEntry.save}
        </Button>
      </div>
    </form>
  );
}
