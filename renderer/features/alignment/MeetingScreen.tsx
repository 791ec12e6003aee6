import { useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { useAlignmentData, useMeeting } from '../../db/queries/alignment';
import { useProfile } from '../../db/queries/settings';
import { clearAgreementDraft, deleteMeeting, readAgreementDraft, saveAgreementDraft } from '../../db/repositories/meetings';
import { reportBackground } from '../../platform/problemReporter';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { readSaveBackup, useDebouncedSave } from '../../ui/useDebouncedSave';
import { AgreementDialog, type AgreementValue } from './AgreementDialog';
import { AgreementList } from './AgreementList';
import { AlignmentNav } from './AlignmentNav';
import { ExportButton } from './ExportButton';
import { MeetingDetails } from './MeetingDetails';
import { OverviewSections } from './OverviewSections';
import { SaveStatusLine } from './SaveStatusLine';
import { useMeetingDraft } from './useMeetingDraft';
import { useOverview } from './useOverview';
import { usePeriod } from './usePeriod';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';
import '../../styles/alignment.css';

/**
 * `/afstemming/overleg/:id` (`nieuw` for a new one). The editor is keyed by the meeting's id,
 * so opening another meeting starts a fresh editor, while a new meeting moving to its own
 * address (at its first edit) keeps the one being typed in.
 */
export function MeetingScreen() {
  const { id = 'nieuw' } = useParams();
  const isNew = id === 'nieuw';
  // A new id each time "nieuw" is entered from elsewhere; kept while staying there (its query
  // may change) and when the new meeting moves to its own address.
  const fresh = useRef<string | null>(null);
  const wasNew = useRef(false);
  if (isNew && (!wasNew.current || fresh.current === null)) fresh.current = crypto.randomUUID();
  wasNew.current = isNew;
  const meetingId = isNew ? fresh.current! : id;
  return <MeetingEditor key={meetingId} id={meetingId} isNew={isNew} />;
}

const isAgreementDraft = (v: unknown): v is AgreementValue =>
  typeof v === 'object' && v !== null && typeof (v as AgreementValue).id === 'string' && typeof (v as AgreementValue).text === 'string';

/**
 * The meeting itself: everything typed is saved as it is typed (no save button). The agenda of
 * its period is below; every company there can get an agreement, which becomes the owner's
 * follow-up when it is saved. An agreement still being typed is kept as a local draft.
 */
function MeetingEditor({ id, isNew }: { id: string; isNew: boolean }) {
  const navigate = useNavigate();
  const { period } = usePeriod();
  const profile = useProfile();
  const meeting = useMeeting(isNew ? undefined : id);
  const data = useAlignmentData();
  const { draft, change, saveNow, exists, restored, autosave } = useMeetingDraft({
    id,
    meeting,
    isNew,
    period,
    profile,
    onFirstEdit: (newId) => navigate(`/afstemming/overleg/${newId}`, { replace: true }),
  });
  const draftPeriod = draft ? { from: draft.periodStart, to: draft.periodEnd } : period;
  const context = useOverview(data, draftPeriod.from <= draftPeriod.to ? draftPeriod : period);
  const [editing, setEditing] = useState<AgreementValue | null>(null);
  const [storedAgreement, setStoredAgreement] = useState<AgreementValue | null>(null);
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const agreementDraft = useDebouncedSave<AgreementValue>({
    source: 'meeting-agreement',
    backupKey: `meeting:${id}:agreement`,
    save: (value) => saveAgreementDraft(id, value),
  });
  const { schedule } = agreementDraft;

  // An agreement left half-typed (page left, reloaded, power cut) is offered again.
  useEffect(() => {
    let cancelled = false;
    // A copy left by a page that closed mid-write is newer than the stored draft (it is removed
    // once a write succeeds).
    const backup = readSaveBackup<unknown>(`meeting:${id}:agreement`)?.value;
    void readAgreementDraft(id).then((value) => {
      if (cancelled) return;
      if (isAgreementDraft(backup)) {
        setStoredAgreement(backup);
        schedule(backup);
      } else if (isAgreementDraft(value)) setStoredAgreement(value);
    });
    return () => {
      cancelled = true;
    };
  }, [id, schedule]);

  // Arrived from a blind spot ("Afspraak maken"): the proposal waits on the page until it is
  // taken up (a dialog opened by the click on another page would close at once).
  const [params, setParams] = useSearchParams();
  const [proposal, setProposal] = useState<{ companyId: string; text: string } | null>(null);
  const proposed = params.get('afspraak');
  const proposedText = params.get('tekst') ?? '';
  useEffect(() => {
    if (proposed === null) return;
    setProposal({ companyId: proposed, text: proposedText });
    setParams(
      (p) => {
        const next = new URLSearchParams(p);
        next.delete('afspraak');
        next.delete('tekst');
        return next;
      },
      { replace: true },
    );
  }, [proposed, proposedText, setParams]);

  if (!isNew && meeting === null && !draft) return <EmptyState title={ui.meeting.missing} />;
  if (!draft || !data || !context) return <p className="loading" role="status">{ui.overview.loading}</p>;

  const me = profile ? data.advisors.find((a) => a.id === profile.advisorId) : undefined;
  const startAgreement = (companyId = '', text = '') =>
    setEditing({
      id: crypto.randomUUID(),
      companyId,
      text,
      ownerAdvisorId: me?.id ?? '',
      ownerName: me?.name ?? '',
      organisation: me?.organisation ?? 'lwl',
      due: null,
    });
  const forgetAgreementDraft = () => {
    agreementDraft.cancel();
    setStoredAgreement(null);
    // The agreement itself is not lost when its stale draft stays behind; recorded, no notice.
    void clearAgreementDraft(id).catch(reportBackground('meeting-draft', { lostWork: false }));
  };
  const title = isNew && !exists ? ui.meeting.newTitle : ui.meeting.title(formatLocalDate(draft.date));

  return (
    <Page
      title={title}
      actions={
        <>
          <Button isDisabled={!exists} onPress={() => void autosave.flush().then(() => navigate(`/afstemming/overleg/${draft.id}/verslag`))}>
            {ui.meeting.report}
          </Button>
          <ExportButton
            context={context}
            meeting={meeting ? { ...meeting, ...draft, agreements: draft.agreements.map((a) => ({ ...a, followUpId: a.followUpId ?? null })) } : undefined}
            beforeExport={autosave.flush}
          />
        </>
      }
    >
      <AlignmentNav />
      <div role="status" aria-live="polite" className="meeting-status">
        {status && <Notice tone={status.tone}>{status.text}</Notice>}
        {restored && <Notice tone="success">{t.save.restored}</Notice>}
      </div>
      <SaveStatusLine status={autosave.status} onRetry={() => void autosave.flush()} />
      <MeetingDetails draft={draft} advisors={data.advisors} onChange={change} />

      <section className="card" aria-labelledby="agreements-title">
        <div className="card-head">
          <h2 id="agreements-title">{ui.meeting.agreements}</h2>
          <Button onPress={() => (storedAgreement ? setEditing(storedAgreement) : startAgreement())}>{ui.meeting.addAgreement}</Button>
        </div>
        <p className="muted">{ui.meeting.agreementsHelp}</p>
        {proposal && !editing && (
          <Notice tone="info">
            {proposal.text}{' '}
            <Button
              variant="quiet"
              onPress={() => {
                startAgreement(proposal.companyId, proposal.text);
                setProposal(null);
              }}
            >
              {t.meeting.takeProposal}
            </Button>
          </Notice>
        )}
        {storedAgreement && !editing && (
          <Notice tone="warning">
            {t.meeting.agreementDraft}{' '}
            <Button variant="quiet" onPress={() => setEditing(storedAgreement)}>
              {t.meeting.agreementDraftContinue}
            </Button>
            <Button variant="quiet" onPress={forgetAgreementDraft}>
              {t.meeting.agreementDraftDiscard}
            </Button>
          </Notice>
        )}
        <AgreementList
          agreements={draft.agreements}
          companyNames={context.companyNames}
          onEdit={(a) => setEditing(a)}
          onRemove={(a) => {
            setStatus(null);
            saveNow({ agreements: draft.agreements.filter((x) => x.id !== a.id) }).catch((e: unknown) =>
              setStatus({ tone: 'error', text: e instanceof Error ? e.message : String(e) }),
            );
          }}
        />
      </section>

      <h2 className="agenda-heading">{ui.meeting.agenda}</h2>
      <OverviewSections context={context} onAgree={(companyId) => startAgreement(companyId)} />

      <section className="card danger-zone no-print" aria-labelledby="meeting-danger-title">
        <h2 id="meeting-danger-title">{t.meeting.dangerTitle}</h2>
        <p className="muted">{t.meeting.dangerHelp}</p>
        <Button isDisabled={!exists} onPress={() => setConfirmDelete(true)}>
          {ui.meeting.delete}
        </Button>
      </section>

      {editing && (
        <AgreementDialog
          initial={editing}
          isEdit={draft.agreements.some((a) => a.id === editing.id)}
          companies={data.companies}
          advisors={data.advisors}
          onDraftChange={(value) => {
            setStoredAgreement(value);
            agreementDraft.schedule(value);
            // Typing an agreement is an edit of the meeting: a new one is created (and gets its
            // address), so a reload finds both it and the agreement's draft.
            if (!exists) change({});
          }}
          onClose={() => {
            void agreementDraft.flush();
            setEditing(null);
          }}
          onCancel={() => {
            forgetAgreementDraft();
            setEditing(null);
          }}
          onSave={async (a) => {
            const exists = draft.agreements.some((x) => x.id === a.id);
            const agreements = exists ? draft.agreements.map((x) => (x.id === a.id ? a : x)) : [...draft.agreements, a];
            await saveNow({ agreements });
            forgetAgreementDraft();
            setStatus({ tone: 'success', text: ui.meeting.agreementSaved(context.companyNames.get(a.companyId) ?? '', a.ownerName) });
            setEditing(null);
          }}
        />
      )}
      <ConfirmDialog
        title={t.meeting.deleteConfirmTitle}
        confirmLabel={ui.meeting.delete}
        isOpen={confirmDelete}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={async () => {
          setConfirmDelete(false);
          autosave.cancel();
          forgetAgreementDraft();
          await deleteMeeting(draft.id);
          navigate('/afstemming');
        }}
      >
        <p>{ui.meeting.deleteConfirm}</p>
      </ConfirmDialog>
    </Page>
  );
}
