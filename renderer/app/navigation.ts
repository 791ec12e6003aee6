import { t } from '../../shared/i18n';

export type NavItem = { to: string; label: string; group?: string; shortcut?: string };

/** The main navigation, in the order advisors use it. Alt+1…9 jump to an item. */
export const NAV_ITEMS: NavItem[] = [
  { to: '/portefeuille', label: t.nav.portefeuille },
  { to: '/contactmomenten', label: t.nav.contactmomenten },
  { to: '/acties', label: t.nav.acties },
  { to: '/gesprekken', label: t.nav.gesprekken },
  { to: '/kennisbank/begrippen', label: t.nav.begrippen, group: t.nav.kennisbank },
  { to: '/kennisbank/regelingen', label: t.nav.regelingen, group: t.nav.kennisbank },
  { to: '/kennisbank/netwerken', label: t.nav.netwerken, group: t.nav.kennisbank },
  { to: '/afstemming', label: t.nav.afstemming },
  { to: '/synchronisatie', label: t.nav.synchronisatie },
  { to: '/instellingen', label: t.nav.instellingen },
].map((item, i) => (i < 9 ? { ...item, shortcut: `Alt+${i + 1}` } : item));
