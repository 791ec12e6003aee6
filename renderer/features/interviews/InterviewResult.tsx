import { useRef, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { Guide } from '../../../shared/domain/guide';
import type { Interview } from '../../../shared/domain/interview';
import { CHANNEL_LABELS, type Channel } from '../../../shared/domain/contactLog';
import { formatAnswer, relevantQuestions } from '../../../shared/guides/engine';
import { formatDateTime } from '../../../shared/i18n/format';
import type { CompanyRow } from '../../db/queries/companies';
import { useInterviewContactLog } from '../../db/queries/interviews';
import { Button } from '../../ui/Button';
import { Notice, Page } from '../../ui/Page';
import { TermText } from '../../ui/TermText';
import { FactsDialog } from './FactsDialog';
import { answeredSector, textFor } from './guideLayout';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';
import { visit } from '../../../shared/i18n/nl/visit';

/** A finished interview: read-only answers, its contactmoment, and taking facts over. */
export function InterviewResult({
  interview,
  guide,
  company,
}: {
  interview: Interview;
  guide: Guide;
  company: CompanyRow | null;
}) {
  const navigate = useNavigate();
  const location = useLocation();
  const finishState = location.state as { justFinished?: boolean; followUps?: number } | null;
  const justFinished = finishState?.justFinished === true;
  // The live row may switch the screen to this view before the navigation that carries
  // `justFinished` lands, so the offer follows the location rather than the first render.
  const [factsChoice, setFactsChoice] = useState<boolean | null>(null);
  // FactsDialog reports the count and then closes in the same tick: read it from a ref.
  const appliedNow = useRef<number | null>(null);
  const toCompany = (applied: number | null) => {
    if (company)
      navigate(`/portefeuille/${company.id}`, {
        state: { finishedInterview: { applied, followUps: finishState?.followUps ?? 0 } },
      });
  };
  // Right after afronden, the facts step ends on the company's reading view, not here.
  const setFactsOpen = (open: boolean) => {
    setFactsChoice(open);
    if (!open && justFinished) toCompany(appliedNow.current);
  };
  const factsOpen = factsChoice ?? (justFinished && company !== null);
  const [applied, setApplied] = useState<number | null>(null);
  const log = useInterviewContactLog(interview.contactLogId);
  const text = textFor(
    guide,
    interview.sector ??
      answeredSector(guide, interview.answers) ??
      (company?.sector as string | null | undefined),
    company?.kind ?? null,
  );
  const questions = relevantQuestions(guide, interview.answers);
  const bySection = new Map<
    string,
    { title: string; rows: { key: string; label: string; answer: string }[] }
  >();
  for (const { section, item } of questions) {
    const answer = formatAnswer(
      guide,
      item,
      interview.answers[item.key],
      interview.otherTexts[item.key],
    );
    if (!answer) continue;
    const entry = bySection.get(section.key) ?? { title: text(section.title), rows: [] };
    entry.rows.push({ key: item.key, label: text(item.label), answer });
    bySection.set(section.key, entry);
  }

  return (
    <Page
      title={company?.name ?? tx.unknownCompany}
      description={`${text(guide.title)} · ${tx.version(guide.version)} · ${interview.advisorName}`}
      actions={
        <>
          <Button onPress={() => navigate(`/gesprekken/${interview.id}/afdrukken`)}>
            {tx.conduct.print}
          </Button>
          {company && <Button onPress={() => setFactsOpen(true)}>{tx.conduct.takeOver}</Button>}
          {company && <Button onPress={() => navigate(`/portefeuille/${company.id}`)}>{visit.finish.toCompany}</Button>}
        </>
      }
    >
      {justFinished && <Notice tone="success">{tx.finishDialog.done}</Notice>}
      {applied !== null && applied > 0 && (
        <Notice tone="success">{tx.facts.applied(applied)}</Notice>
      )}
      {interview.finishedAt && <p className="muted">{tx.conduct.finished(interview.finishedAt)}</p>}
      {interview.respondentName && (
        <p className="muted">
          {tx.print.respondent}: {interview.respondentName}
        </p>
      )}
      {log && (
        <section className="card contact-log-card" aria-labelledby="contactlog-title">
          <h2 id="contactlog-title">
            {tx.contactLog} {CHANNEL_LABELS[log.channel as Channel] ?? log.channel},{' '}
            {formatDateTime(log.at)}
          </h2>
          <pre className="summary-preview">{log.summary}</pre>
        </section>
      )}
      {[...bySection.entries()].map(([key, s]) => (
        <section key={key} className="card answers-card" aria-labelledby={`r-${key}`}>
          <h2 id={`r-${key}`}>
            <TermText text={s.title} passive />
          </h2>
          <dl className="answers-list">
            {s.rows.map((r) => (
              <div key={r.key} className="answers-row">
                <dt>
                  <TermText text={r.label} />
                </dt>
                <dd>{r.answer}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      {company && factsOpen && (
        <FactsDialog
          isOpen
          onOpenChange={setFactsOpen}
          guide={guide}
          interview={interview}
          company={company}
          onApplied={(n) => {
            appliedNow.current = n;
            setApplied(n);
          }}
        />
      )}
    </Page>
  );
}
