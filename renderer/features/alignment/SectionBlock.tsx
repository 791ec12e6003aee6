import type { ReactNode } from 'react';

/** One numbered agenda item: a region with a heading, so it can be reached by landmark/heading. */
export function SectionBlock({
  id,
  number,
  title,
  count,
  children,
}: {
  id: string;
  number: number;
  title: string;
  count?: number;
  children: ReactNode;
}) {
  return (
    <section className="agenda-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="agenda-title">
        <span className="agenda-number">{number}.</span> {title}
        {count !== undefined && <span className="agenda-count"> ({count})</span>}
      </h2>
      {children}
    </section>
  );
}
