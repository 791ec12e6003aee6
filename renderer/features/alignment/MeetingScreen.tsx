import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { formatLocalDate } from '../../../shared/rules/weeks';
import { useAlignmentData, useMeeting } from '../../db/queries/alignment';
import { useProfile } from '../../db/queries/settings';
import { deleteMeeting } from '../../db/repositories/meetings';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { AgreementDialog, type AgreementValue } from './AgreementDialog';
import { AgreementList } from './AgreementList';
import { AlignmentNav } from './AlignmentNav';
import { ExportButton } from './ExportButton';
import { MeetingDetails } from './MeetingDetails';
import { OverviewSections } from './OverviewSections';
import { useMeetingDraft, type Draft } from './useMeetingDraft';
import { useOverview } from './useOverview';
import { usePeriod } from './usePeriod';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import '../../styles/alignment.css';

/**
 * `/afstemming/overleg/:id` (`nieuw` for a new one): the meeting itself. The agenda of its
 * period is below; every company there can get an agreement, which is saved at once together
 * with the meeting and becomes the owner's follow-up.
 */
export function MeetingScreen() {
  const { id = 'nieuw' } = useParams();
  const navigate = useNavigate();
  const isNew = id === 'nieuw';
  const { period } = usePeriod();
  const profile = useProfile();
  const meeting = useMeeting(isNew ? undefined : id);
  const data = useAlignmentData();
  const { draft, setDraft, save, dirty, saved } = useMeetingDraft({ meeting, isNew, period, profile });
  const draftPeriod = draft ? { from: draft.periodStart, to: draft.periodEnd } : period;
  const context = useOverview(data, draftPeriod.from <= draftPeriod.to ? draftPeriod : period);
  const [editing, setEditing] = useState<AgreementValue | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);

  if (!isNew && meeting === null) return <EmptyState title={ui.meeting.missing} />;
  if (!draft || !data || !context) return <p className="loading" role="status">{ui.overview.loading}</p>;

  const persist = async (next: Draft, message: string) => {
    try {
      await save(next);
      setStatus({ tone: 'success', text: message });
      if (isNew) navigate(`/afstemming/overleg/${next.id}`, { replace: true });
    } catch (e) {
      setStatus({ tone: 'error', text: e instanceof Error ? e.message : String(e) });
      throw e;
    }
  };

  const me = profile ? data.advisors.find((a) => a.id === profile.advisorId) : undefined;
  const startAgreement = (companyId = '') =>
    setEditing({
      id: crypto.randomUUID(),
      companyId,
      text: '',
      ownerAdvisorId: me?.id ?? '',
      ownerName: me?.name ?? '',
      organisation: me?.organisation ?? 'lwl',
      due: null,
    });
  const title = isNew ? ui.meeting.newTitle : ui.meeting.title(formatLocalDate(draft.date));

  return (
    <Page
      title={title}
      actions={
        <>
          <Button variant="primary" onPress={() => void persist(draft, ui.meeting.saved).catch(() => undefined)}>
            {ui.meeting.save}
          </Button>
          <Button isDisabled={!saved} onPress={() => navigate(`/afstemming/overleg/${draft.id}/verslag`)}>
            {ui.meeting.report}
          </Button>
          <ExportButton context={context} meeting={meeting ?? undefined} />
          {saved && (
            <Button variant="quiet" onPress={() => setConfirmDelete(true)}>
              {ui.meeting.delete}
            </Button>
          )}
        </>
      }
    >
      <AlignmentNav />
      <div role="status" aria-live="polite" className="meeting-status">
        {status && <Notice tone={status.tone}>{status.text}</Notice>}
        {dirty && <p className="unsaved-hint">{ui.meeting.unsaved}</p>}
      </div>
      <MeetingDetails draft={draft} advisors={data.advisors} onChange={(patch) => setDraft({ ...draft, ...patch })} />

      <section className="card" aria-labelledby="agreements-title">
        <div className="card-head">
          <h2 id="agreements-title">{ui.meeting.agreements}</h2>
          <Button onPress={() => startAgreement()}>{ui.meeting.addAgreement}</Button>
        </div>
        <p className="muted">{ui.meeting.agreementsHelp}</p>
        <AgreementList
          agreements={draft.agreements}
          companyNames={context.companyNames}
          onEdit={(a) => setEditing(a)}
          onRemove={(a) =>
            void persist(
              { ...draft, agreements: draft.agreements.filter((x) => x.id !== a.id) },
              ui.meeting.saved,
            ).catch(() => undefined)
          }
        />
      </section>

      <h2 className="agenda-heading">
        {ui.meeting.agenda}
      </h2>
      <OverviewSections context={context} onAgree={(companyId) => startAgreement(companyId)} />

      {editing && (
        <AgreementDialog
          initial={editing}
          companies={data.companies}
          advisors={data.advisors}
          onClose={() => setEditing(null)}
          onSave={async (a) => {
            const exists = draft.agreements.some((x) => x.id === a.id);
            const agreements = exists ? draft.agreements.map((x) => (x.id === a.id ? a : x)) : [...draft.agreements, a];
            await persist(
              { ...draft, agreements },
              ui.meeting.agreementSaved(context.companyNames.get(a.companyId) ?? '', a.ownerName),
            );
            setEditing(null);
          }}
        />
      )}
      <ConfirmDialog
        title={ui.meeting.delete}
        confirmLabel={ui.confirm.yes}
        isOpen={confirmDelete}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          await deleteMeeting(draft.id);
          navigate('/afstemming');
        }}
      >
        <p>{ui.meeting.deleteConfirm}</p>
      </ConfirmDialog>
    </Page>
  );
}
