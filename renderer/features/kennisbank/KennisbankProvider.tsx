import { useEffect, useMemo, type ReactNode } from 'react';
import { createTermLinker } from '../../../shared/rules/termLinker';
import { useTerms } from '../../db/queries/reference';
import { recoverZijInstroomFacts } from '../../db/repositories/interviews';
import { ensureReferenceDataOnce } from '../../db/repositories/reference';
import { TermLinkerContext, type TermLinkerValue } from '../../ui/termLinkerContext';
import { termHref } from './paths';

/**
 * Mounted once around the app's screens: puts the seeded kennisbank on this device (once per
 * session), runs the one-time domain data upgrades, and provides the term linker that `TermText` uses. The linker is rebuilt only when
 * the begrippenlijst changes, so its per-text memo survives every other render.
 */
export function KennisbankProvider({ children }: { children: ReactNode }) {
  const terms = useTerms();
  useEffect(() => {
    ensureReferenceDataOnce().catch((e: unknown) => console.error('Seeding the kennisbank failed', e));
    // One-time data upgrade: zij-instroom answers of interviews finished before it was an activity.
    recoverZijInstroomFacts().catch((e: unknown) => console.error('Taking zij-instroom facts from interviews failed', e));
  }, []);
  const value = useMemo<TermLinkerValue | null>(
    () => (terms && terms.length > 0 ? { linker: createTermLinker(terms), hrefOf: termHref } : null),
    [terms],
  );
  return <TermLinkerContext.Provider value={value}>{children}</TermLinkerContext.Provider>;
}
