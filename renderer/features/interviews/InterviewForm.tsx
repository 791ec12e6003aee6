import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Guide } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import {
  firstOpenRequired,
  isAnswered,
  relevantQuestions,
  validate,
} from '../../../shared/guides/engine';
import type { CompanyRow } from '../../db/queries/companies';
import { useProfile } from '../../db/queries/settings';
import { finishInterview, removeInterview } from '../../db/repositories/interviews';
import { Button } from '../../ui/Button';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Notice, Page } from '../../ui/Page';
import { FinishDialog } from './FinishDialog';
import { GuideSections } from './GuideSections';
import { answeredSector, focusQuestion, textFor } from './guideLayout';
import { RespondentField } from './RespondentField';
import { ResumeNotice } from './ResumeNotice';
import { SaveStatus } from './SaveStatus';
import { SectionNav } from './SectionNav';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import { useAnswersAutosave } from './useAnswersAutosave';

const t = tx.conduct;

/** Conducting a concept interview: answers autosave, "Controleer" and "Afronden". */
export function InterviewForm({
  interview,
  guide,
  company,
}: {
  interview: Interview;
  guide: Guide;
  company: CompanyRow | null;
}) {
  const navigate = useNavigate();
  const profile = useProfile();
  const draft = useAnswersAutosave(interview);
  const { answers, otherTexts, flush } = draft;
  const sector =
    interview.sector ??
    answeredSector(guide, answers) ??
    (company?.sector as string | null | undefined) ??
    null;
  const text = useMemo(
    () => textFor(guide, sector, company?.kind ?? null),
    [guide, sector, company?.kind],
  );
  const [showErrors, setShowErrors] = useState(false);
  const [showHints, setShowHints] = useState(false);
  const [message, setMessage] = useState<{
    tone: 'info' | 'warning' | 'success';
    text: string;
  } | null>(null);
  const [finishing, setFinishing] = useState(false);
  const [removing, setRemoving] = useState(false);
  // Decided once on open: a concept that already has answers offers to resume.
  const [resumeAt] = useState(() =>
    Object.values(interview.answers).some((v) => isAnswered(v)) ? interview.lastChangeAt : null,
  );
  const [resumeOpen, setResumeOpen] = useState(resumeAt !== null);

  const issues = validate(guide, answers, otherTexts);
  // Required questions are flagged only after "Controleer"; a wrong answer is flagged at once.
  const errors = new Map(
    issues.filter((i) => showErrors || i.rule !== 'required').map((i) => [i.key, i.message]),
  );

  const check = useCallback(async () => {
    await flush();
    setShowErrors(true);
    const open = firstOpenRequired(guide, answers);
    const first = open ?? validate(guide, answers, otherTexts)[0] ?? null;
    const count = validate(guide, answers, otherTexts).length;
    setMessage(
      first ? { tone: 'warning', text: t.issues(count) } : { tone: 'success', text: t.allDone },
    );
    if (first) requestAnimationFrame(() => focusQuestion(first.key));
  }, [flush, guide, answers, otherTexts]);

  const startFinish = async () => {
    await flush();
    if (issues.length > 0) {
      await check();
      return;
    }
    setFinishing(true);
  };

  const resume = () => {
    setResumeOpen(false);
    // Continue after the last answered relevant question.
    const questions = relevantQuestions(guide, answers);
    const lastDone = questions.map((q) => isAnswered(answers[q.item.key])).lastIndexOf(true);
    const next = questions[lastDone + 1] ?? questions[lastDone];
    if (next) requestAnimationFrame(() => focusQuestion(next.item.key));
  };

  const fromStart = () => {
    setResumeOpen(false);
    const first = relevantQuestions(guide, answers)[0];
    if (first) requestAnimationFrame(() => focusQuestion(first.item.key));
  };

  const title = `${company?.name ?? tx.unknownCompany}`;
  return (
    <Page
      title={title}
      description={`${text(guide.title)} · ${tx.version(guide.version)} · ${interview.advisorName}`}
      actions={
        <>
          <SaveStatus state={draft.save} />
          <Button onPress={() => void check()}>{t.check}</Button>
          <Button
            onPress={() =>
              void flush().then(() => navigate(`/gesprekken/${interview.id}/afdrukken`))
            }
          >
            {t.print}
          </Button>
          <Button variant="primary" onPress={() => void startFinish()}>
            {t.finish}
          </Button>
        </>
      }
    >
      {resumeOpen && resumeAt && (
        <ResumeNotice at={resumeAt} onResume={resume} onDismiss={fromStart} />
      )}
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      <RespondentField
        value={draft.respondentName ?? ''}
        onChange={draft.setRespondentName}
        onBlur={() => void flush()}
      />
      <div className="interview-layout">
        <SectionNav guide={guide} answers={answers} text={text} />
        <form
          className="interview-form"
          aria-label={text(guide.title)}
          onSubmit={(e) => e.preventDefault()}
          onBlur={() => void flush()}
        >
          <label className="hints-toggle no-print">
            <input
              type="checkbox"
              checked={showHints}
              onChange={(e) => setShowHints(e.target.checked)}
            />{' '}
            {t.allHints}
          </label>
          <GuideSections
            guide={guide}
            answers={answers}
            otherTexts={otherTexts}
            errors={errors}
            showHints={showHints}
            text={text}
            onAnswer={draft.setAnswer}
            onOtherText={draft.setOtherText}
          />
          <div className="interview-end">
            <Button variant="quiet" onPress={() => setRemoving(true)}>
              {t.remove}
            </Button>
            <Button onPress={() => void check()}>{t.check}</Button>
            <Button variant="primary" onPress={() => void startFinish()}>
              {t.finish}
            </Button>
          </div>
        </form>
      </div>
      <ConfirmDialog
        title={t.remove}
        confirmLabel={t.remove}
        isOpen={removing}
        onCancel={() => setRemoving(false)}
        onConfirm={async () => {
          setRemoving(false);
          await removeInterview(interview.id);
          navigate('/gesprekken');
        }}
      >
        <p>{t.removeConfirm}</p>
      </ConfirmDialog>
      {finishing && profile && (
        <FinishDialog
          isOpen
          onOpenChange={setFinishing}
          guide={guide}
          interview={interview}
          update={{ answers, otherTexts }}
          sector={sector}
          me={profile}
          onConfirm={async (followUps) => {
            await flush();
            const result = await finishInterview(
              interview.id,
              guide,
              profile,
              draft.latest.current,
              undefined,
              followUps,
            );
            if (!result.ok) {
              setFinishing(false);
              await check();
              return;
            }
            setFinishing(false);
            navigate(`/gesprekken/${interview.id}`, {
              replace: true,
              state: { justFinished: true, followUps: followUps.length },
            });
          }}
        />
      )}
    </Page>
  );
}
