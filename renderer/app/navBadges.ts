/**
 * Counts shown next to navigation items (e.g. overdue follow-ups). Features register a hook
 * here; the shell stays unaware of their data.
 */
export type NavBadge = { count: number; label: string };
type BadgeHook = () => Record<string, NavBadge>;

const hooks: BadgeHook[] = [];

export function registerNavBadges(hook: BadgeHook): void {
  hooks.push(hook);
}

export function useNavBadges(): Record<string, NavBadge> {
  const out: Record<string, NavBadge> = {};
  // The registered hooks are fixed at module load, so the call order is stable across renders.
  for (const hook of hooks) Object.assign(out, hook());
  return out;
}
