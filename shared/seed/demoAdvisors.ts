import type { Organisation } from '../domain/common';

/**
 * The two fictional advisors of the demo set, one per organisation. The demo contacts and the
 * demo afstemming both use them, so that either set can be loaded first.
 */
export const DEMO_ADVISORS = [
  { id: 'demo-adviseur-lwl', name: 'Fleur Bakker (demo)', organisation: 'lwl' },
  { id: 'demo-adviseur-baanbrekend', name: 'Jeroen Visser (demo)', organisation: 'baanbrekend' },
] as const satisfies readonly { id: string; name: string; organisation: Organisation }[];
