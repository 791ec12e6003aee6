import { createContext, useContext } from 'react';
import type { TermLinker } from '../../shared/rules/termLinker';

/**
 * What `TermText` needs to explain begrippen: the linker (built once per term list by the
 * kennisbank's provider) and where a begrip's own page is. Without a provider the value is null
 * and `TermText` renders plain text, so components stay usable in tests and print layouts.
 */
export type TermLinkerValue = {
  linker: TermLinker;
  /** Route of a begrip's page, e.g. "/kennisbank/begrippen/bbl". */
  hrefOf: (termKey: string) => string;
};

export const TermLinkerContext = createContext<TermLinkerValue | null>(null);

export function useTermLinker(): TermLinkerValue | null {
  return useContext(TermLinkerContext);
}

/** The first sentence of a definition, cut at a word near `max` characters: fit for a tooltip. */
export function shortDefinition(definition: string, max = 220): string {
  const text = definition.trim();
  const sentence = /^.+?[.!?](?=\s|$)/su.exec(text)?.[0] ?? text;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2))}…`;
}
