import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState, type KeyboardEvent } from 'react';

type Keys = Record<string, () => void>;

/**
 * The keyboard of a virtualised grid with one tab stop (the WAI-ARIA grid pattern): the arrows,
 * Page Up/Down, Home and End move the active row and scroll it into view. Each grid adds its own
 * keys (Enter opens the active row, …) through `keyHandler`. Rows are `rowHeight` px high.
 */
export function useGridNavigation({ count, rowHeight, overscan }: { count: number; rowHeight: number; overscan: number }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(0);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const activeIndex = Math.min(active, Math.max(0, count - 1));

  function move(to: number) {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  /** The grid's keydown handler: the movement keys plus the grid's own. */
  const keyHandler = (own: Keys) => (e: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / rowHeight) - 1);
    const keys: Keys = {
      ArrowDown: () => move(activeIndex + 1),
      ArrowUp: () => move(activeIndex - 1),
      PageDown: () => move(activeIndex + page),
      PageUp: () => move(activeIndex - page),
      Home: () => move(0),
      End: () => move(count - 1),
      ...own,
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  return { scrollRef, virtualizer, activeIndex, setActive, keyHandler };
}

/** `aria-sort` of a column header from TanStack Table's sort direction. */
export const ariaSort = (dir: false | 'asc' | 'desc'): 'ascending' | 'descending' | 'none' =>
  dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none';
