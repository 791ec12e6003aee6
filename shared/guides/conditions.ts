import type { AnswerValue, Condition } from '../domain/guide';

export type Answers = Readonly<Record<string, AnswerValue | undefined>>;

/** Blank strings, empty selections and null count as "not answered", as in a paper form. */
export function isAnswered(value: AnswerValue | undefined): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'number') return Number.isFinite(value);
  return true;
}

/** Every question key a condition reads, in order of appearance. */
export function conditionRefs(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(conditionRefs);
  if ('any' in condition) return condition.any.flatMap(conditionRefs);
  if ('not' in condition) return conditionRefs(condition.not);
  return [condition.q];
}

/**
 * Evaluates a condition on the answers. Pure data in, boolean out: nothing is parsed or
 * executed. Unanswered questions make `eq`, `in` and `includes` false.
 */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, answers));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  const value = answers[condition.q];
  if ('answered' in condition) return isAnswered(value);
  if (!isAnswered(value) || value === null || value === undefined) return false;
  if ('includes' in condition) return Array.isArray(value) && value.includes(condition.includes);
  if (Array.isArray(value)) return false;
  if ('eq' in condition) return value === condition.eq;
  return condition.in.includes(value);
}
