import { useMemo } from 'react';
import type { AnswerValue, Guide } from '../../../shared/domain/guide';
import { isQuestion } from '../../../shared/domain/guide';
import type { Answers } from '../../../shared/guides/engine';
import { visibleItems } from '../../../shared/guides/engine';
import { TermText } from '../../ui/TermText';
import { isBlock, itemLayouts, type TextOf } from './guideLayout';
import { QuestionField } from './QuestionField';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

export type GuideSectionsProps = {
  guide: Guide;
  answers: Answers;
  otherTexts: Readonly<Record<string, string>>;
  errors: ReadonlyMap<string, string>;
  showHints: boolean;
  text: TextOf;
  onAnswer: (key: string, value: AnswerValue) => void;
  onOtherText: (key: string, text: string) => void;
  /** Prefix for element ids, so a preview next to the editor has its own. */
  idPrefix?: string;
};

/**
 * The one engine view of a guide on screen: only relevant sections and items, follow-ups
 * indented under their branch label. A hidden question unmounts; its answer stays in the draft.
 * Known begrippen are explained on hover and focus in running text (intros, blocks, hints);
 * headings get the passive form, so a heading that names its section stays the plain title.
 */
export function GuideSections(props: GuideSectionsProps) {
  const {
    guide,
    answers,
    otherTexts,
    errors,
    showHints,
    text,
    onAnswer,
    onOtherText,
    idPrefix = '',
  } = props;
  const layouts = useMemo(() => itemLayouts(guide), [guide]);
  const visible = visibleItems(guide, answers);
  return (
    <div className="guide-sections">
      {visible.map(({ section, items }) => (
        <section
          key={section.key}
          className="guide-section"
          aria-labelledby={`${idPrefix}s-${section.key}`}
        >
          <h2 id={`${idPrefix}s-${section.key}`} tabIndex={-1}>
            <TermText text={text(section.title)} passive />
          </h2>
          {section.intro && (
            <p className="section-intro">
              <TermText text={text(section.intro)} />
            </p>
          )}
          {items.map((item) => {
            const layout = layouts.get(item.key) ?? { depth: 0, branch: null };
            return (
              <div
                key={item.key}
                id={`${idPrefix}q-${item.key}`}
                className={`q q-${item.kind} q-depth-${layout.depth}`}
                tabIndex={-1}
              >
                {layout.branch && (
                  <span className="q-branch" aria-hidden="true">
                    {layout.branch}
                  </span>
                )}
                {isBlock(item) ? (
                  <div className={`block block-${item.kind}`}>
                    <p className="block-kind">
                      {item.kind === 'info' ? tx.conduct.readOut : tx.conduct.forInterviewer}
                    </p>
                    {item.label && (
                      <h3>
                        <TermText text={text(item.label)} passive />
                      </h3>
                    )}
                    <p>
                      <TermText text={text(item.text)} />
                    </p>
                  </div>
                ) : isQuestion(item) ? (
                  <QuestionField
                    guide={guide}
                    item={item}
                    value={answers[item.key]}
                    otherText={otherTexts[item.key]}
                    error={errors.get(item.key)}
                    showHint={showHints}
                    text={text}
                    onAnswer={onAnswer}
                    onOtherText={onOtherText}
                  />
                ) : null}
              </div>
            );
          })}
        </section>
      ))}
    </div>
  );
}
