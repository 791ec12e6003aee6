import { useSyncExternalStore } from 'react';

/**
 * Who asked the contact dialog to open, for which company, and whether to record a new log or
 * correct an existing one (`editLogId`). A tiny store instead of a React context, so that any
 * screen (the company page, the list, a keyboard shortcut) can open it without a provider.
 */
export type QuickEntryState = { open: boolean; companyId: string | null; editLogId: string | null; openedAt: number };

let state: QuickEntryState = { open: false, companyId: null, editLogId: null, openedAt: 0 };
const listeners = new Set<() => void>();

function set(next: QuickEntryState) {
  state = next;
  for (const l of listeners) l();
}

export function openQuickEntry(companyId: string | null = null): void {
  set({ open: true, companyId, editLogId: null, openedAt: Date.now() });
}

/** Open the same dialog on an existing log, to correct or delete it. */
export function openContactLogEditor(logId: string): void {
  set({ open: true, companyId: null, editLogId: logId, openedAt: Date.now() });
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
