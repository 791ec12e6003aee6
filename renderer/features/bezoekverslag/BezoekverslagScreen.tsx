import { useMemo, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import type { CompanyKind } from '../../../shared/domain/company';
import {
  CHANNEL_LABELS,
  contactLogInputSchema,
  TOPIC_LABELS,
  type Channel,
  type TopicKey,
} from '../../../shared/domain/contactLog';
import type { SectorKey } from '../../../shared/domain/target';
import { formatDate } from '../../../shared/i18n/format';
import { common } from '../../../shared/i18n/nl/common';
import { visit } from '../../../shared/i18n/nl/visit';
import { toZonedIso } from '../../../shared/dates/localDate';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { useProfile } from '../../db/queries/settings';
import { saveContactLog } from '../../db/repositories/contactLogs';
import { printPage, saveFile, savePdf } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { EmptyState, Notice, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { slugOf } from '../visit/CalendarButton';
import { useVisitCard, type VisitCard } from '../visit/useVisitCard';
import { buildEml } from './eml';
import { composeLetter } from './letter';
import '../../styles/visit.css';
import { t } from '../../../shared/i18n';

const v = visit.verslag;
const NO_PERSON = 'geen';

const sourceLabel = (l: ContactLogRow) =>
  `${formatDate(l.at)} · ${CHANNEL_LABELS[l.channel as Channel] ?? l.channel} · ${l.advisorName}`;

/**
 * The letter's first version from a SHARED contactmoment: its topics and outcome, the open
 * shared follow-ups agreed in it (or in its interview), the regelingen that fit. Private
 * contactmomenten and private actions never reach this function's output.
 */
function draftFor(
  card: VisitCard,
  log: ContactLogRow,
  contactName: string | null,
  advisorName: string,
  organisationName: string,
) {
  const agreed = card.followUps
    .filter(
      (f) =>
        f.visibility !== 'prive' &&
        (f.originId === log.id || (log.interviewId !== null && f.originId === log.interviewId)),
    )
    .map((f) => ({ title: f.title, ownerName: f.ownerName, due: f.due }));
  return composeLetter({
    companyName: card.company.name ?? '',
    kind: (card.company.kind ?? null) as CompanyKind | null,
    sector: (card.company.sector ?? null) as SectorKey | null,
    contactName,
    at: log.at,
    topics: log.topics.map((t) => TOPIC_LABELS[t as TopicKey] ?? t),
    outcome: log.outcome,
    agreed,
    schemes: card.schemes,
    advisorName,
    organisationName,
  });
}

function Editor({ card }: { card: VisitCard }) {
  const profile = useProfile();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const sources = useMemo(
    () => card.contacts.filter((l) => l.visibility !== 'prive'),
    [card.contacts],
  );
  const [sourceId, setSourceId] = useState(() =>
    sources.some((l) => l.id === params.get('bron')) ? params.get('bron')! : (sources[0]?.id ?? ''),
  );
  const withEmail = card.persons.filter((p) => p.email);
  const [personId, setPersonId] = useState(withEmail[0]?.id ?? card.persons[0]?.id ?? NO_PERSON);
  const person = card.persons.find((p) => p.id === personId) ?? null;
  const source = sources.find((l) => l.id === sourceId) ?? null;
  const organisationName = profile
    ? profile.organisation === 'partner' && profile.organisationOther
      ? profile.organisationOther
      : common.organisations[profile.organisation]
    : '';
  const initial =
    source && profile
      ? draftFor(card, source, person?.name ?? null, profile.name, organisationName)
      : null;
  const draftKey = `${sourceId}|${personId}|${profile?.advisorId ?? ''}`;
  const [edited, setEdited] = useState<{ key: string; subject: string; body: string } | null>(null);
  // A new source or addressee starts a new first version; the advisor's edits belong to one.
  const letter = edited?.key === draftKey ? edited : initial ? { key: draftKey, ...initial } : null;
  const [feedback, setFeedback] = useState<{ tone: 'success' | 'error'; text: string } | null>(
    null,
  );
  const [sent, setSent] = useState(false);
  const name = card.company.name ?? '';
  const run = (action: () => Promise<unknown>) => {
    setFeedback(null);
    action().catch((e: unknown) =>
      setFeedback({ tone: 'error', text: e instanceof Error ? e.message : String(e) }),
    );
  };

  return (
    <div className="verslag-screen">
      <Page
        title={`${v.title}: ${name}`}
        description={v.intro}
        actions={
          <Button variant="quiet" onPress={() => navigate(`/portefeuille/${card.company.id}`)}>
            ← {visit.print.back}
          </Button>
        }
      >
        {sources.length === 0 || !letter ? (
          <EmptyState title={v.noSource} />
        ) : (
          <div className="verslag-layout">
            <section className="card verslag-text">
              <TextField
                label={v.subject}
                value={letter.subject}
                onChange={(subject) => setEdited({ ...letter, subject })}
              />
              <TextField
                label={v.letter}
                multiline
                rows={24}
                value={letter.body}
                onChange={(body) => setEdited({ ...letter, body })}
              />
            </section>
            <section className="card" aria-label={v.title}>
              <SelectField
                label={v.pick}
                options={sources.map((l) => ({ value: l.id, label: sourceLabel(l) }))}
                value={sourceId}
                onChange={setSourceId}
              />
              <SelectField
                label={v.to}
                options={[
                  ...card.persons.map((p) => ({
                    value: p.id,
                    label: p.email ? `${p.name} <${p.email}>` : String(p.name ?? ''),
                  })),
                  { value: NO_PERSON, label: '—' },
                ]}
                value={personId}
                onChange={setPersonId}
              />
              {!person?.email && <Notice tone="warning">{v.noAddress}</Notice>}
              <div className="verslag-actions">
                <Button onPress={() => run(() => savePdf(`${v.pdfFileName(slugOf(name))}.pdf`))}>
                  {v.pdf}
                </Button>
                <Button onPress={() => run(printPage)}>{v.print}</Button>
                <Button
                  onPress={() =>
                    run(() =>
                      saveFile(
                        v.emlFileName(slugOf(name)),
                        new TextEncoder().encode(
                          buildEml({
                            to: person?.email
                              ? { name: String(person.name ?? ''), address: person.email }
                              : null,
                            subject: letter.subject,
                            body: letter.body,
                          }),
                        ),
                        'message/rfc822',
                      ),
                    )
                  }
                >
                  {v.eml}
                </Button>
                <Button
                  variant="primary"
                  isDisabled={sent || !profile}
                  onPress={() =>
                    run(async () => {
                      if (!profile || !source) return;
                      await saveContactLog({
                        input: contactLogInputSchema().parse({
                          companyId: card.company.id,
                          at: toZonedIso(Date.now()),
                          channel: 'e-mail',
                          contactPersonIds: person ? [person.id] : [],
                          topics: source.topics,
                          summary: v.logSummary(letter.subject),
                          visibility: 'gedeeld',
                        }),
                        profile,
                      });
                      setSent(true);
                      setFeedback({ tone: 'success', text: v.sent });
                    })
                  }
                >
                  {v.markSent}
                </Button>
              </div>
              {feedback && <Notice tone={feedback.tone}>{feedback.text}</Notice>}
            </section>
          </div>
        )}
      </Page>
      {letter && (
        <article className="verslag-letter" aria-hidden="true">
          {`${letter.subject}\n\n${letter.body}`}
        </article>
      )}
    </div>
  );
}

/** `/portefeuille/:id/bezoekverslag`: the leave-behind letter for the employer. */
export function BezoekverslagScreen() {
  const { id = '' } = useParams();
  const card = useVisitCard(id);
  if (card === undefined)
    return (
      <p className="loading" role="status">
        {t.loading}
      </p>
    );
  if (card === null) return <EmptyState title={t.companyNotFound} />;
  return <Editor card={card} />;
}
