/**
 * The guide engine: one set of pure functions that the interview screen, the print layout,
 * the afronden step and the export all use, so they agree on what is shown and what counts.
 */
export type { Answers } from './conditions';
export { conditionRefs, evaluateCondition, isAnswered } from './conditions';
export type { VisibleSection } from './relevance';
export {
  choiceOptions,
  followUpOf,
  formatAnswer,
  isRelevant,
  OTHER_VALUE,
  relevanceMap,
  relevantAnswers,
  relevantQuestions,
  visibleItems,
} from './relevance';
export type { ValidationIssue, ValidationRule } from './validation';
export { firstOpenRequired, validate } from './validation';
export type { CompanyFact, FactValue, QuotedAnswer } from './summary';
export { factsForCompany, quotedAnswers, summarize } from './summary';
export type { WordingContext } from './wording';
export { guideText, resolveWording, wordingContext } from './wording';
export type { LaidOutItem, PrintBlock } from './layout';
export { printBlocks } from './layout';
