import { newCompanyOf } from './contactForm';
import { useMemo, useState } from 'react';
import type { Profile } from '../../../shared/domain/common';
import { useContactLog, type ContactLogRow } from '../../db/queries/contactLogs';
import { updateContactLog } from '../../db/repositories/contactLogs';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { editLogDraft } from './contactDrafts';
import { ContactLogForm } from './ContactLogForm';
import { ui } from '../../../shared/i18n/nl/contactsScreens';
import { t } from '../../../shared/i18n';

type Props = {
  logId: string;
  profile: Profile;
  onCancel: () => void;
  onSaved: (companyName: string, companyId: string) => void;
  onDeleted: () => void;
};

/**
 * The contact dialog for correcting an existing log: the quick-entry form, filled with the log as
 * it was when the dialog opened. A partner's correction arriving while the advisor types does not
 * reset the form, and the save writes only the fields the advisor changed, so it keeps that
 * correction elsewhere.
 */
export function ContactLogEditor({ logId, profile, onCancel, onSaved, onDeleted }: Props) {
  const live = useContactLog(logId);
  const [original, setOriginal] = useState<ContactLogRow | null>(null);
  if (live && !original) setOriginal(live);
  const source = useMemo(() => (original ? editLogDraft(original) : null), [original]);

  if (original && source) {
    return (
      <ContactLogForm
        profile={profile}
        source={source}
        focusCompany={false}
        save={async (value, state) => {
          const saved = await updateContactLog(original.id, {
            base: original,
            input: value.input,
            profile,
            newCompany: newCompanyOf(state),
            statusAfter: state.statusAfter || null,
            followUps: value.followUps,
          });
          return saved.companyId;
        }}
        onCancel={onCancel}
        onSaved={onSaved}
        editing={{ log: original, onDeleted }}
      />
    );
  }
  if (live === undefined) return <p role="status">{t.loading}</p>;
  return (
    <>
      <Notice tone="warning">{ui.editLog.gone}</Notice>
      <div className="modal-actions">
        <Button onPress={onCancel}>{ui.editLog.close}</Button>
      </div>
    </>
  );
}
