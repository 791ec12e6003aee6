import type { AnswerValue, Guide, Question } from '../../../shared/domain/guide';
import {
  choiceOptions,
  formatAnswer,
  isAnswered,
  OTHER_VALUE,
} from '../../../shared/guides/engine';
import type { TextOf } from './guideLayout';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

const LINES: Partial<Record<Question['kind'], number>> = { text: 1, longtext: 3 };

/**
 * One tick box. Every single choice (ja/nee, a scale, one option of a list) is a circle, a
 * multiple choice a square, so the shape tells the advisor on paper whether to tick one or more.
 * A chosen option is a solid black mark with its label in bold: seen at a glance.
 */
function Box({ on, round }: { on: boolean; round: boolean }) {
  return (
    <span className={`p-box${round ? ' p-box-round' : ''}${on ? ' is-on' : ''}`} aria-hidden="true">
      {on ? '✕' : ''}
    </span>
  );
}

const choiceClass = (on: boolean) => `p-choice${on ? ' is-chosen' : ''}`;

function Lines({ n, children }: { n: number; children?: string }) {
  if (children) return <p className="p-written">{children}</p>;
  return (
    <div className="p-lines" aria-hidden="true">
      {Array.from({ length: n }, (_, i) => (
        <span key={i} className="p-line" />
      ))}
    </div>
  );
}

/**
 * The answer area of one printed question: ruled lines or tick boxes on a blank guide, the
 * same boxes ticked (and the text written on the line) for a filled interview.
 */
export function PrintAnswer({
  guide,
  item,
  value,
  otherText,
  text,
}: {
  guide: Pick<Guide, 'choiceLists'>;
  item: Question;
  value: AnswerValue | undefined;
  otherText: string | undefined;
  text: TextOf;
}) {
  const answered = value !== undefined && isAnswered(value);
  switch (item.kind) {
    case 'text':
    case 'longtext':
      return <Lines n={LINES[item.kind] ?? 1}>{answered ? String(value) : undefined}</Lines>;
    case 'number':
    case 'date':
      return (
        <p className="p-short">
          {answered ? (
            <span className="p-written-inline">{formatAnswer(guide, item, value)}</span>
          ) : (
            <>
              <span className="p-line p-line-short" aria-hidden="true" />
              {item.kind === 'number' && item.unit
                ? ` ${item.unit}`
                : item.kind === 'date'
                  ? ' (dd-mm-jjjj)'
                  : ''}
            </>
          )}
        </p>
      );
    case 'yesno':
      return (
        <p className="p-choices p-inline">
          <span className={choiceClass(value === 'ja')}>
            <Box on={value === 'ja'} round /> {tx.conduct.yes}
          </span>
          <span className={choiceClass(value === 'nee')}>
            <Box on={value === 'nee'} round /> {tx.conduct.no}
          </span>
        </p>
      );
    case 'scale':
      return (
        <p className="p-choices p-inline p-scale">
          {item.minLabel && <span className="p-scale-label">{text(item.minLabel)}</span>}
          {Array.from({ length: item.max - item.min + 1 }, (_, i) => item.min + i).map((n) => (
            <span key={n} className={choiceClass(value === n)}>
              <Box on={value === n} round /> {n}
            </span>
          ))}
          {item.maxLabel && <span className="p-scale-label">{text(item.maxLabel)}</span>}
        </p>
      );
    case 'single':
    case 'multi': {
      const options = choiceOptions(guide, item);
      const selected = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
      const cols = options.length > 10 ? 3 : options.length > 4 ? 2 : 1;
      return (
        <ul className={`p-choices p-cols-${cols}`}>
          {options.map((o) =>
            o.value === OTHER_VALUE && item.other ? (
              <li
                key={o.value}
                className={`${choiceClass(selected.includes(o.value))} p-choice-other`}
              >
                <Box on={selected.includes(o.value)} round={item.kind === 'single'} />{' '}
                {tx.print.otherLine}{' '}
                {otherText?.trim() ? (
                  <span className="p-written-inline">{otherText}</span>
                ) : (
                  <span className="p-line p-line-fill" aria-hidden="true" />
                )}
              </li>
            ) : (
              <li key={o.value} className={choiceClass(selected.includes(o.value))}>
                <Box on={selected.includes(o.value)} round={item.kind === 'single'} />{' '}
                {text(o.label)}
              </li>
            ),
          )}
        </ul>
      );
    }
  }
}
