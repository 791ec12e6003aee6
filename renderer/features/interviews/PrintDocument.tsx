import type { ReactNode } from 'react';
import type { Guide, Item, Section } from '../../../shared/domain/guide';
import { isQuestion } from '../../../shared/domain/guide';
import type { Answers } from '../../../shared/guides/engine';
import { printBlocks, relevanceMap } from '../../../shared/guides/engine';
import { describeCondition } from '../../../shared/guides/conditionText';
import { guides as guideTexts } from '../../../shared/i18n/nl/guides';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { isBlock, itemLayouts, type TextOf } from './guideLayout';
import { PrintAnswer } from './PrintAnswer';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

export type PrintHeader = {
  company?: string;
  interviewer?: string;
  date?: string;
  respondent?: string;
};

type Props = {
  guide: Guide;
  text: TextOf;
  header: PrintHeader;
  /** Absent for a blank guide. */
  answers?: Answers;
  otherTexts?: Readonly<Record<string, string>>;
  /** Filled interview: also print questions that did not apply (marked as such). */
  allQuestions?: boolean;
  showHints: boolean;
};

/**
 * The engine's print blocks (a question with its follow-ups) restricted to the items shown, so
 * a page break never parts a question from its "Zo ja →" branch.
 */
function groups(section: Section, shown: (key: string) => boolean): Item[][] {
  return printBlocks(section)
    .map((block) => block.map((b) => b.item).filter((i) => shown(i.key)))
    .filter((block) => block.length > 0);
}

function Field({ label, value }: { label: string; value?: string }) {
  return (
    <div className="p-field">
      <span className="p-field-label">{label}:</span>
      {value ? (
        <span className="p-field-value">{value}</span>
      ) : (
        <span className="p-line p-line-fill" aria-hidden="true" />
      )}
    </div>
  );
}

/** The guide (blank) or an interview (filled) laid out for A4; see styles/print-guide.css. */
export function PrintDocument({
  guide,
  text,
  header,
  answers,
  otherTexts = {},
  allQuestions = false,
  showHints,
}: Props) {
  const filled = answers !== undefined;
  const layouts = itemLayouts(guide);
  const relevance = filled ? relevanceMap(guide, answers) : null;
  const shown = (key: string) => !relevance || allQuestions || relevance.items.get(key) === true;
  const applies = (key: string) => !relevance || relevance.items.get(key) === true;

  // On paper every follow-up says when it applies, unless a "Zo ja →"/"Zo nee →" right under
  // its question already says so; a filled interview shows only what applied, so it needs none.
  const conditionsShown = !filled || allQuestions;
  const conditionLine = (item: Pick<Item, 'relevant'>, selfExplained: boolean) =>
    conditionsShown && item.relevant && !selfExplained ? (
      <p className="p-condition">{describeCondition(guide, item.relevant, text)}</p>
    ) : null;

  const renderItem = (item: Item): ReactNode => {
    const layout = layouts.get(item.key) ?? { depth: 0, branch: null };
    const na = !applies(item.key);
    // Paper indents one level at most: deeper chains would squeeze the writing space, and the
    // condition line says which answer leads there.
    const depth = Math.min(layout.depth, 1);
    const selfExplained =
      layout.depth === 1 &&
      (layout.branch === guideTexts.branchYes || layout.branch === guideTexts.branchNo);
    return (
      <div key={item.key} className={`p-item p-depth-${depth}${na ? ' is-na' : ''}`}>
        {layout.branch && <span className="p-branch">{layout.branch}</span>}
        <div className="p-item-body">
          {conditionLine(item, selfExplained)}
          {isBlock(item) ? (
            <div className={`p-block p-block-${item.kind}`}>
              <span className="p-block-kind">
                {item.kind === 'info' ? tx.conduct.readOut : tx.conduct.forInterviewer}
              </span>
              {item.label && <strong className="p-block-title">{text(item.label)}</strong>}
              <p>{text(item.text)}</p>
            </div>
          ) : isQuestion(item) ? (
            <>
              <p className="p-question">
                {text(item.label)}
                {na && <span className="p-na"> ({tx.print.notApplicable})</span>}
              </p>
              {showHints && item.hint && <p className="p-hint">{text(item.hint)}</p>}
              {!na && (
                <PrintAnswer
                  guide={guide}
                  item={item}
                  value={answers?.[item.key]}
                  otherText={otherTexts[item.key]}
                  text={text}
                />
              )}
            </>
          ) : null}
        </div>
      </div>
    );
  };

  return (
    <article className="print-doc">
      <header className="p-header">
        <h1 className="p-title">{text(guide.title)}</h1>
        <p className="p-version">
          {tx.print.versionLine(guide.version, formatLocalDate(guide.date))}
        </p>
        <div className="p-fields">
          <Field label={tx.print.company} value={header.company} />
          <Field label={tx.print.interviewer} value={header.interviewer} />
          <Field label={tx.print.date} value={header.date} />
          <Field label={tx.print.respondent} value={header.respondent} />
        </div>
      </header>
      {guide.sections.map((section) => {
        if (relevance && !allQuestions && relevance.sections.get(section.key) === false)
          return null;
        const blocks = groups(section, shown);
        if (blocks.length === 0) return null;
        return (
          <section key={section.key} className="p-section">
            <h2 className="p-section-title">{text(section.title)}</h2>
            {conditionLine(section, false)}
            {section.intro && <p className="p-intro">{text(section.intro)}</p>}
            {blocks.map((block) => (
              <div key={block[0]!.key} className={`p-group${block.length > 7 ? ' is-long' : ''}`}>
                {block.map(renderItem)}
              </div>
            ))}
          </section>
        );
      })}
    </article>
  );
}
