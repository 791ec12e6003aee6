import type { EmployeesBasis } from '../../rules/sizeClass';
import { formatInt } from '../format';

/** What an employee figure counts, and how the size class reads it (issue 15). */
export const sizeBasis = {
  /** The choice in the company form and the new-company dialog. */
  label: 'Wat telt dit aantal?',
  description:
    'Een KvK-lijst telt werkzame personen, de eigenaar(s) inbegrepen. In een gesprek vragen we naar medewerkers in loondienst, zonder de eigenaar.',
  options: {
    'werkzame-personen': 'Werkzame personen (KvK, eigenaar meegeteld)',
    'in-loondienst': 'In loondienst (zonder de eigenaar)',
    onbekend: 'Weet ik niet',
  } satisfies Record<EmployeesBasis, string>,
  /** Shown right after the figure: "12 in loondienst". */
  unit: {
    'werkzame-personen': 'werkzame personen',
    'in-loondienst': 'in loondienst',
    onbekend: '(telling onbekend)',
  } satisfies Record<EmployeesBasis, string>,
  figure: (n: number, basis: EmployeesBasis): string => `${formatInt(n)} ${sizeBasis.unit[basis]}`,
  /** Under the size class in the form, when the owner is added for the class. */
  ownerAdded: (n: number, owners: number): string =>
    `Voor de grootteklasse telt de eigenaar mee, zoals de KvK (tabel 1): ${formatInt(n)} in loondienst + ${formatInt(owners)} = ${formatInt(n + owners)} werkzame personen.`,
} as const;
