import { useEffect, useState } from 'react';
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

/** A section counts as "current" once its heading has scrolled up to this far from the top. */
const CURRENT_LINE_PX = 160;

/**
 * The section being read: the last one whose heading has passed the line near the top. The nav
 * is sticky, so a hover background alone used to look like "you are here" on whatever section
 * happened to be under the pointer while the page scrolled.
 */
function useCurrentSection(keys: string[]): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  const joined = keys.join('\n');
  useEffect(() => {
    const list = joined ? joined.split('\n') : [];
    let frame = 0;
    const update = () => {
      frame = 0;
      let found = list[0] ?? null;
      for (const key of list) {
        const heading = document.getElementById(`s-${key}`);
        if (!heading) continue;
        if (heading.getBoundingClientRect().top <= CURRENT_LINE_PX) found = key;
        else break;
      }
      setCurrent(found);
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    update();
    document.addEventListener('scroll', onScroll, { passive: true, capture: true });
    window.addEventListener('resize', onScroll);
    return () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      window.removeEventListener('resize', onScroll);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [joined]);
  return current;
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
  const current = useCurrentSection(sections.map((s) => s.key));
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
              className={`section-link${s.total > 0 && s.done === s.total ? ' is-complete' : ''}${s.key === current ? ' is-current' : ''}`}
              aria-current={s.key === current ? 'location' : undefined}
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
