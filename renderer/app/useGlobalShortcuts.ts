import { useEffect } from 'react';
import type { NavItem } from './navigation';

/** Alt+1…9 jump to the navigation items; features add their own shortcuts (e.g. Ctrl+L). */
export function useGlobalShortcuts(items: NavItem[], navigate: (to: string) => void): void {
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const index = Number(e.key) - 1;
      const item = Number.isInteger(index) ? items[index] : undefined;
      if (item) {
        e.preventDefault();
        navigate(item.to);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [items, navigate]);
}
