import { useState } from 'react';
import type { Profile, Visibility } from '../../../shared/domain/common';
import { FOLLOW_UP_STATUS_LABELS, FOLLOW_UP_STATUSES, type FollowUpStatus } from '../../../shared/domain/followUp';
import { useAdvisors } from '../../db/queries/contactLogs';
import type { FollowUpRow } from '../../db/queries/followUps';
import { followUpEditSchema, removeFollowUp, updateFollowUp } from '../../db/repositories/followUps';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { formatDutchDate, parseDutchDate } from './contactForm';
import { ownerOptions } from './ownerOptions';
import { VisibilityField } from './VisibilityField';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { t } from '../../../shared/i18n';

type Props = {
  followUp: FollowUpRow;
  profile: Profile;
  onClose: () => void;
  /** After a save or delete, with what to tell the advisor. */
  onDone?: ((message: string) => void) | undefined;
};

/**
 * The fields of one follow-up, filled with its current values; saving writes only what changed.
 * "Verwijderen" asks first and leaves a tombstone, so the removal reaches the partner too.
 */
export function FollowUpEditForm({ followUp, profile, onClose, onDone }: Props) {
  const advisors = useAdvisors();
  const [title, setTitle] = useState(followUp.title);
  const [owner, setOwner] = useState(followUp.ownerAdvisorId);
  const [due, setDue] = useState(followUp.due ? formatDutchDate(followUp.due) : '');
  const [notes, setNotes] = useState(followUp.notes);
  const [status, setStatus] = useState<FollowUpStatus>(followUp.status);
  const [visibility, setVisibility] = useState<Visibility>(followUp.visibility);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failed, setFailed] = useState(false);
  const [asking, setAsking] = useState(false);
  const f = ui.followUpForm;
  const e = ui.editFollowUp;

  // An owner who is not (yet) in the advisors table still shows by the name on the row.
  const owners = ownerOptions(advisors, profile);
  if (!owners.some((o) => o.value === followUp.ownerAdvisorId)) {
    owners.push({ value: followUp.ownerAdvisorId, label: followUp.ownerName || followUp.ownerAdvisorId });
  }

  async function submit() {
    const dueDate = due.trim() ? parseDutchDate(due) : null;
    const parsed = followUpEditSchema.safeParse({
      title,
      ownerAdvisorId: owner,
      due: due.trim() ? (dueDate ?? 'ongeldig') : null,
      notes,
      visibility,
      status,
    });
    if (!parsed.success) {
      const next: Record<string, string> = {};
      for (const issue of parsed.error.issues) next[String(issue.path[0])] ??= issue.path[0] === 'due' ? ui.quickEntry.invalidDate : issue.message;
      setErrors(next);
      return;
    }
    try {
      await updateFollowUp(followUp.id, parsed.data, profile);
      onDone?.(e.saved(parsed.data.title));
      onClose();
    } catch (err) {
      console.error(err);
      setFailed(true);
    }
  }

  async function remove() {
    setAsking(false);
    try {
      await removeFollowUp(followUp.id);
      onDone?.(e.removed(followUp.title));
      onClose();
    } catch (err) {
      console.error(err);
      setFailed(true);
    }
  }

  return (
    <form
      noValidate
      onSubmit={(ev) => {
        ev.preventDefault();
        void submit();
      }}
    >
      {followUp.ownerAdvisorId !== profile.advisorId && followUp.visibility === 'gedeeld' && (
        <Notice tone="warning">{e.partnerOwner(followUp.ownerName || followUp.ownerAdvisorId)}</Notice>
      )}
      <TextField label={f.what} value={title} onChange={setTitle} errorMessage={errors.title} isRequired autoFocus />
      <div className="form-row">
        <SelectField label={f.owner} options={owners} value={owner} onChange={setOwner} errorMessage={errors.ownerAdvisorId} />
        <TextField label={f.due} placeholder={ui.quickEntry.datePlaceholder} value={due} onChange={setDue} errorMessage={errors.due} />
      </div>
      <SelectField
        label={e.status}
        options={FOLLOW_UP_STATUSES.map((s) => ({ value: s, label: FOLLOW_UP_STATUS_LABELS[s] }))}
        value={status}
        onChange={setStatus}
      />
      <TextField label={f.notes} multiline rows={3} value={notes} onChange={setNotes} errorMessage={errors.notes} />
      <VisibilityField value={visibility} onChange={setVisibility} />
      {failed && <Notice tone="error">{ui.quickEntry.failed}</Notice>}
      <div className="modal-actions">
        <Button variant="danger" className="delete-button" onPress={() => setAsking(true)}>
          {e.remove}
        </Button>
        <Button onPress={onClose}>{t.actions.cancel}</Button>
        <Button type="submit" variant="primary">
          {ui.editLog.save}
        </Button>
      </div>
      <ConfirmDialog title={e.confirmTitle} confirmLabel={e.remove} isOpen={asking} onConfirm={() => void remove()} onCancel={() => setAsking(false)}>
        <p>{e.confirmBody(followUp.title)}</p>
        {followUp.visibility === 'gedeeld' && <p>{e.confirmShared}</p>}
      </ConfirmDialog>
    </form>
  );
}
