import { useSyncExternalStore } from 'react';

/**
 * Who asked the quick-entry dialog to open, and for which company. A tiny store instead of a
 * React context, so that any screen (the company page, Mijn acties, a keyboard shortcut) can
 * open it without being wrapped in a provider.
 */
export type QuickEntryState = { open: boolean; companyId: string | null; openedAt: number };

let state: QuickEntryState = { open: false, companyId: null, openedAt: 0 };
const listeners = new Set<() => void>();

function set(next: QuickEntryState) {
  state = next;
  for (const l of listeners) l();
}

export function openQuickEntry(companyId: string | null = null): void {
  set({ open: true, companyId, openedAt: Date.now() });
}

export function closeQuickEntry(): void {
  if (state.open) set({ ...state, open: false });
}

export function useQuickEntry(): QuickEntryState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
  );
}

/** `/portefeuille/<id>` → the company id (not the import page). */
export function companyIdFromPath(pathname: string): string | null {
  const m = /^\/portefeuille\/([^/]+)$/.exec(pathname);
  return m && m[1] !== 'import' ? decodeURIComponent(m[1]!) : null;
}
