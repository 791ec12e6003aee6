import type { AnswerValue, CopyTo, Guide, Question, Scalar } from '../domain/guide';
import type { Interview } from '../domain/interview';
import type { SectorKey } from '../domain/target';
import { formatLocalDate } from '../dates/localDate';
import { formatDateTime } from '../i18n/format';
import { guides as nl } from '../i18n/nl/guides';
import type { Answers } from './conditions';
import { formatAnswer, OTHER_VALUE, relevantAnswers, relevantQuestions } from './relevance';
import { guideText } from './wording';

export type FactValue = Scalar | Scalar[];
/** One fact for the company record, offered to the advisor as part of a reviewed diff. */
export type CompanyFact = {
  field: string;
  value: FactValue;
  label: string;
  display: string;
  sourceKey: string;
};

const copyTargets = (item: Question): CopyTo[] =>
  item.copyTo === undefined ? [] : Array.isArray(item.copyTo) ? item.copyTo : [item.copyTo];

function factValue(
  target: CopyTo,
  value: AnswerValue,
  otherText: string | undefined,
): FactValue | null {
  const raw: AnswerValue =
    target.ifIncludes !== undefined
      ? Array.isArray(value) && value.includes(target.ifIncludes)
        ? 'ja'
        : 'nee'
      : value;
  if (raw === null) return null;
  const withOther = (v: Scalar) => (v === OTHER_VALUE && otherText?.trim() ? otherText.trim() : v);
  if (!target.map) return Array.isArray(raw) ? raw.map(withOther) : withOther(raw);
  const map = target.map;
  if (Array.isArray(raw)) {
    const mapped = raw.flatMap((v) => (v in map && map[v] !== undefined ? [map[v]] : []));
    return mapped.length > 0 ? mapped : null;
  }
  return map[String(raw)] ?? null;
}

function displayOf(value: FactValue): string {
  const one = (v: Scalar) =>
    typeof v === 'boolean'
      ? (v ? nl.yes : nl.no).toLowerCase()
      : (nl.activityValues[String(v)] ?? String(v));
  return Array.isArray(value) ? value.map(one).join('; ') : one(value);
}

/** The guide question where the respondent says whether the company does anything with Leren en Werken now. */
export const DOES_SOMETHING_NOW_KEY = 'lw_doet_nu_iets';

/**
 * Rich answers that belong in every summary, whether or not a guide version marks them
 * `inSummary`: what goes well, what could be better (per form) and how Baanbrekend could help.
 */
const RICH_ANSWER = /(_ja_goed|_ja_beter|^bb_hulp)$/;

type CollectedFacts = { facts: CompanyFact[]; pastExperience: string[] };

function collectFacts(
  guide: Pick<Guide, 'sections' | 'choiceLists' | 'audience' | 'sectorWording'>,
  answers: Answers,
  otherTexts: Readonly<Record<string, string>>,
): CollectedFacts {
  const counted = relevantAnswers(guide, answers);
  // "Ervaring met bpv: ja" from someone who does nothing with Leren en Werken now is past
  // experience, not "doet al aan bpv": such facts never say "in gebruik".
  const nothingNow = counted[DOES_SOMETHING_NOW_KEY] === 'nee';
  const byField = new Map<string, CompanyFact>();
  const past = new Map<string, string>();
  for (const { item } of relevantQuestions(guide, answers)) {
    const value = counted[item.key];
    if (value === undefined) continue;
    for (const target of copyTargets(item)) {
      const fact = factValue(target, value, otherTexts[item.key]);
      if (fact === null) continue;
      const label = nl.companyFields[target.field] ?? guideText(guide, item.label);
      if (nothingNow && target.field.startsWith('activities.') && fact === 'in-gebruik') {
        past.set(target.field, label);
        continue;
      }
      byField.delete(target.field); // keep the order of the deciding answer
      byField.set(target.field, {
        field: target.field,
        value: fact,
        label,
        display: displayOf(fact),
        sourceKey: item.key,
      });
    }
  }
  // A later "staat open voor" says more than the past experience with the same form.
  const pastExperience = [...past].filter(([field]) => !byField.has(field)).map(([, l]) => l);
  return { facts: [...byField.values()], pastExperience };
}

/**
 * Facts from the copyTo mappings of relevant, answered questions. When several questions
 * write one field, the later one wins: "staat open voor bpv" after "geen ervaring met bpv"
 * turns the company's bpv from "niet" into "interesse". Past experience of a company that does
 * nothing with Leren en Werken now is not offered as "in gebruik".
 */
export function factsForCompany(
  guide: Pick<Guide, 'sections' | 'choiceLists' | 'audience' | 'sectorWording'>,
  answers: Answers,
  otherTexts: Readonly<Record<string, string>> = {},
): CompanyFact[] {
  return collectFacts(guide, answers, otherTexts).facts;
}

/** One quoted answer with the question it answers, wording resolved for the sector. */
export type QuotedAnswer = { key: string; question: string; answer: string };

/**
 * The answers worth quoting: those the guide marks `inSummary` and the rich answers (what
 * goes well, what could be better, how Baanbrekend could help), each with its question.
 */
export function quotedAnswers(
  guide: Guide,
  interview: Pick<Interview, 'answers' | 'otherTexts' | 'sector'>,
  sector?: SectorKey | null,
): QuotedAnswer[] {
  const wordingSector = sector ?? interview.sector ?? null;
  return relevantQuestions(guide, interview.answers)
    .filter(({ item }) => item.inSummary || RICH_ANSWER.test(item.key))
    .map(({ item }) => ({
      key: item.key,
      question: guideText(guide, item.label, wordingSector),
      answer: formatAnswer(guide, item, interview.answers[item.key], interview.otherTexts[item.key]),
    }))
    .filter((q) => q.answer.trim().length > 0);
}

/**
 * A readable Dutch summary for the contactmoment created on afronden: which forms of Leren en
 * Werken are in use or of interest, the facts for the company record, and the answers the
 * guide marks `inSummary`. The respondent's name is personal data and never included.
 */
export function summarize(
  guide: Guide,
  interview: Pick<Interview, 'answers' | 'otherTexts' | 'status' | 'finishedAt' | 'sector'>,
  sector?: SectorKey | null,
): string {
  const s = nl.summary;
  const lines = [s.header(guide.title, guide.version, formatLocalDate(guide.date))];
  lines.push(
    interview.status === 'afgerond' && interview.finishedAt
      ? s.finished(formatDateTime(interview.finishedAt))
      : s.draft,
  );

  const { facts, pastExperience } = collectFacts(guide, interview.answers, interview.otherTexts);
  const activities = facts.filter((f) => f.field.startsWith('activities.'));
  const byStatus = (status: string) =>
    activities.filter((f) => f.value === status).map((f) => f.label);
  for (const [title, status] of [
    [s.inUse, 'in-gebruik'],
    [s.interest, 'interesse'],
    [s.notInUse, 'niet'],
  ] as const) {
    const names = byStatus(status);
    if (names.length > 0) lines.push(`${title}: ${names.join(', ')}.`);
  }
  if (pastExperience.length > 0) lines.push(`${s.pastExperience}: ${pastExperience.join(', ')}.`);
  const otherFacts = facts.filter((f) => !f.field.startsWith('activities.'));
  if (otherFacts.length > 0) {
    lines.push('', `${s.facts}:`, ...otherFacts.map((f) => `- ${f.label}: ${f.display}`));
  }

  const questions = relevantQuestions(guide, interview.answers);
  const quoted = quotedAnswers(guide, interview, sector).map(
    (q) => `- ${q.question}\n  ${q.answer.replace(/\n/g, '\n  ')}`,
  );
  if (quoted.length > 0) lines.push('', `${s.answers}:`, ...quoted);

  const answered = Object.keys(relevantAnswers(guide, interview.answers)).length;
  lines.push('', s.answered(answered, questions.length));
  return lines.join('\n');
}
