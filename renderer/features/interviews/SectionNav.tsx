import type { Guide } from '../../../shared/domain/guide';
import { isQuestion } from '../../../shared/domain/guide';
import type { Answers } from '../../../shared/guides/engine';
import { isAnswered, visibleItems } from '../../../shared/guides/engine';
import type { TextOf } from './guideLayout';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

/** Jump to a section: focus its heading so the keyboard continues from there. */
function goTo(key: string) {
  const heading = document.getElementById(`s-${key}`);
  heading?.scrollIntoView({ block: 'start' });
  heading?.focus({ preventScroll: true });
}

/** The sections that apply now, each with how many of its questions are answered. */
export function SectionNav({
  guide,
  answers,
  text,
}: {
  guide: Guide;
  answers: Answers;
  text: TextOf;
}) {
  const sections = visibleItems(guide, answers).map(({ section, items }) => {
    const questions = items.filter(isQuestion);
    const done = questions.filter((q) => isAnswered(answers[q.key])).length;
    return { key: section.key, title: text(section.title), done, total: questions.length };
  });
  const total = sections.reduce((n, s) => n + s.total, 0);
  const done = sections.reduce((n, s) => n + s.done, 0);
  return (
    <nav className="section-nav no-print" aria-label={tx.conduct.sections}>
      <h2 className="section-nav-title">{tx.conduct.sections}</h2>
      <progress
        className="section-nav-progress"
        max={Math.max(total, 1)}
        value={done}
        aria-label={tx.conduct.progress(done, total)}
      />
      <ol>
        {sections.map((s) => (
          <li key={s.key}>
            <button
              type="button"
              className={`section-link${s.total > 0 && s.done === s.total ? ' is-complete' : ''}`}
              onClick={() => goTo(s.key)}
            >
              <span className="section-link-title">{s.title}</span>
              {s.total > 0 && (
                <span
                  className="section-link-count"
                  aria-label={tx.conduct.progress(s.done, s.total)}
                >
                  {s.done}/{s.total}
                </span>
              )}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
