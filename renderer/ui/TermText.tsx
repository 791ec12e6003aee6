import { Fragment, memo } from 'react';
import { TermHint } from './TermHint';
import { useTermLinker } from './termLinkerContext';

export type TermTextProps = {
  /** The text to show; known begrippen in it are explained on hover and focus. */
  text: string;
  /** Render hints without a button (for use inside a label or a button): hover only, via title. */
  passive?: boolean;
  /** A begrip not to link, e.g. the one whose own page this is. */
  excludeKey?: string;
};

/**
 * Running text with the kennisbank's explanations. The segments come from the shared term linker,
 * which is built once per term list and memoises per text, so a render costs a map lookup.
 * Without the kennisbank provider (tests, print) it renders the plain text.
 */
export const TermText = memo(function TermText({ text, passive, excludeKey }: TermTextProps) {
  const value = useTermLinker();
  if (!value || !text) return <>{text}</>;
  const segments = value.linker.linkTerms(text);
  return (
    <>
      {segments.map((segment, i) => {
        const term = 'termKey' in segment && segment.termKey !== excludeKey ? value.linker.termByKey(segment.termKey) : undefined;
        return term ? (
          <TermHint key={i} text={segment.text} term={term} href={value.hrefOf(term.key)} passive={passive} />
        ) : (
          <Fragment key={i}>{segment.text}</Fragment>
        );
      })}
    </>
  );
});
