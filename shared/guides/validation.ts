import type { AnswerValue, Guide, Question } from '../domain/guide';
import { guides as nl } from '../i18n/nl/guides';
import { isLocalDate } from '../dates/localDate';
import type { Answers } from './conditions';
import { isAnswered } from './conditions';
import { choiceOptions, OTHER_VALUE, relevantQuestions } from './relevance';

export type ValidationRule = 'required' | 'constraint' | 'other';
export type ValidationIssue = {
  key: string;
  sectionKey: string;
  message: string;
  rule: ValidationRule;
};

const msg = nl.validation;
function safeRegExp(source: string): RegExp | null {
  try {
    return new RegExp(source);
  } catch {
    return null; // validateGuideDefinition reports the bad pattern to the editor
  }
}

/** The first broken rule of an answered question, as [rule, default message]; null when fine. */
function checkAnswer(
  guide: Pick<Guide, 'choiceLists'>,
  item: Question,
  value: AnswerValue,
  otherText: string | undefined,
): [ValidationRule, string] | null {
  const c = item.constraint ?? {};
  switch (item.kind) {
    case 'text':
    case 'longtext': {
      const text = String(value);
      if (c.minLength !== undefined && text.trim().length < c.minLength)
        return ['constraint', msg.minLength(c.minLength)];
      if (c.maxLength !== undefined && text.length > c.maxLength)
        return ['constraint', msg.maxLength(c.maxLength)];
      const re = c.pattern ? safeRegExp(c.pattern) : null;
      if (re && !re.test(text.trim())) return ['constraint', msg.pattern];
      return null;
    }
    case 'yesno':
      return value === 'ja' || value === 'nee' ? null : ['constraint', msg.invalidYesNo];
    case 'single':
    case 'multi': {
      const values = Array.isArray(value) ? value : [String(value)];
      if (item.kind === 'single' && Array.isArray(value)) return ['constraint', msg.invalidChoice];
      const allowed = new Set(choiceOptions(guide, item).map((o) => o.value));
      if (values.some((v) => !allowed.has(v))) return ['constraint', msg.invalidChoice];
      if (c.minSelected !== undefined && values.length < c.minSelected)
        return ['constraint', msg.minSelected(c.minSelected)];
      if (c.maxSelected !== undefined && values.length > c.maxSelected)
        return ['constraint', msg.maxSelected(c.maxSelected)];
      if (item.other && values.includes(OTHER_VALUE) && !otherText?.trim())
        return ['other', msg.otherMissing];
      return null;
    }
    case 'number': {
      if (typeof value !== 'number' || !Number.isFinite(value))
        return ['constraint', msg.notNumber];
      if (item.integer && !Number.isInteger(value)) return ['constraint', msg.notInteger];
      const min = c.min ?? item.min;
      const max = c.max ?? item.max;
      if (min !== undefined && value < min) return ['constraint', msg.min(min)];
      if (max !== undefined && value > max) return ['constraint', msg.max(max)];
      return null;
    }
    case 'date':
      return typeof value === 'string' && isLocalDate(value) ? null : ['constraint', msg.invalidDate];
    case 'scale':
      return typeof value === 'number' &&
        Number.isInteger(value) &&
        value >= item.min &&
        value <= item.max
        ? null
        : ['constraint', msg.scaleRange(item.min, item.max)];
  }
}

/**
 * Required and constraint errors, in guide order, for RELEVANT questions only: a hidden
 * follow-up never blocks afronden, whatever its stale draft answer says.
 */
export function validate(
  guide: Pick<Guide, 'sections' | 'choiceLists'>,
  answers: Answers,
  otherTexts: Readonly<Record<string, string>> = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const { section, item } of relevantQuestions(guide, answers)) {
    const value = answers[item.key];
    if (value === undefined || value === null || !isAnswered(value)) {
      if (item.required)
        issues.push({
          key: item.key,
          sectionKey: section.key,
          rule: 'required',
          message: msg.required,
        });
      continue;
    }
    const broken = checkAnswer(guide, item, value, otherTexts[item.key]);
    if (broken) {
      const [rule, fallback] = broken;
      const message =
        rule === 'constraint' && item.constraintMessage ? item.constraintMessage : fallback;
      issues.push({ key: item.key, sectionKey: section.key, rule, message });
    }
  }
  return issues;
}

/** Where "Controleer" jumps to: the first relevant required question that is still open. */
export function firstOpenRequired(
  guide: Pick<Guide, 'sections' | 'choiceLists'>,
  answers: Answers,
): { key: string; sectionKey: string } | null {
  const issue = validate(guide, answers).find((i) => i.rule === 'required');
  return issue ? { key: issue.key, sectionKey: issue.sectionKey } : null;
}
