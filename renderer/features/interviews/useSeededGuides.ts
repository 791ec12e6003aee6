import { useEffect, useState } from 'react';
import type { Guide } from '../../../shared/domain/guide';
import { SEED_GUIDES } from '../../../shared/guides/seed/index';
import { useGuides } from '../../db/queries/guides';
import { ensureSeedGuidesOnce } from '../../db/repositories/guides';

/** All guide versions, after making sure the seeded guides are present (once per session). */
export function useSeededGuides(): { guides: Guide[] | undefined; error: string | null } {
  const guides = useGuides();
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    ensureSeedGuidesOnce().catch((e: unknown) =>
      setError(e instanceof Error ? e.message : String(e)),
    );
  }, []);
  return { guides, error };
}

/** The version new interviews start with per guide: the highest published one. */
export function startableGuides(guides: readonly Guide[]): Guide[] {
  const best = new Map<string, Guide>();
  for (const g of guides) {
    if (g.status !== 'gepubliceerd') continue;
    const cur = best.get(g.guideKey);
    if (!cur || g.version > cur.version) best.set(g.guideKey, g);
  }
  return [...best.values()].sort(
    (a, b) =>
      guideOrder(a.guideKey) - guideOrder(b.guideKey) || a.title.localeCompare(b.title, 'nl'),
  );
}

/** The seeded guides first, in the report's order; the advisors' own guides after them. */
export function guideOrder(guideKey: string): number {
  const i = SEED_GUIDES.findIndex((s) => s.guideKey === guideKey);
  return i === -1 ? SEED_GUIDES.length : i;
}
