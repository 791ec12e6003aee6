import type { AnswerValue, CopyTo, Guide, Question, Scalar } from '../domain/guide';
import type { Interview } from '../domain/interview';
import type { SectorKey } from '../domain/target';
import { formatDate, formatDateTime } from '../i18n/format';
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

/**
 * Facts from the copyTo mappings of relevant, answered questions. When several questions
 * write one field, the later one wins: "staat open voor bpv" after "geen ervaring met bpv"
 * turns the company's bpv from "niet" into "interesse".
 */
export function factsForCompany(
  guide: Pick<Guide, 'sections' | 'choiceLists' | 'audience' | 'sectorWording'>,
  answers: Answers,
  otherTexts: Readonly<Record<string, string>> = {},
): CompanyFact[] {
  const counted = relevantAnswers(guide, answers);
  const byField = new Map<string, CompanyFact>();
  for (const { item } of relevantQuestions(guide, answers)) {
    const value = counted[item.key];
    if (value === undefined) continue;
    for (const target of copyTargets(item)) {
      const fact = factValue(target, value, otherTexts[item.key]);
      if (fact === null) continue;
      byField.delete(target.field); // keep the order of the deciding answer
      byField.set(target.field, {
        field: target.field,
        value: fact,
        label: nl.companyFields[target.field] ?? guideText(guide, item.label),
        display: displayOf(fact),
        sourceKey: item.key,
      });
    }
  }
  return [...byField.values()];
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
  const wordingSector = sector ?? interview.sector ?? null;
  const text = (s: string) => guideText(guide, s, wordingSector);
  const s = nl.summary;
  const lines = [s.header(guide.title, guide.version, formatDate(`${guide.date}T12:00:00Z`))];
  lines.push(
    interview.status === 'afgerond' && interview.finishedAt
      ? s.finished(formatDateTime(interview.finishedAt))
      : s.draft,
  );

  const facts = factsForCompany(guide, interview.answers, interview.otherTexts);
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
  const otherFacts = facts.filter((f) => !f.field.startsWith('activities.'));
  if (otherFacts.length > 0) {
    lines.push('', `${s.facts}:`, ...otherFacts.map((f) => `- ${f.label}: ${f.display}`));
  }

  const questions = relevantQuestions(guide, interview.answers);
  const quoted = questions
    .filter(({ item }) => item.inSummary)
    .map(
      ({ item }) =>
        [
          item,
          formatAnswer(guide, item, interview.answers[item.key], interview.otherTexts[item.key]),
        ] as const,
    )
    .filter(([, answer]) => answer.length > 0)
    .map(([item, answer]) => `- ${text(item.label)}\n  ${answer}`);
  if (quoted.length > 0) lines.push('', `${s.answers}:`, ...quoted);

  const answered = Object.keys(relevantAnswers(guide, interview.answers)).length;
  lines.push('', s.answered(answered, questions.length));
  return lines.join('\n');
}
