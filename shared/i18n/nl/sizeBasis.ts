import type { EmployeesBasis } from '../../rules/sizeClass';
import { formatInt } from '../format';

/** What an employee figure counts, and how the size class reads it (issue 15). */
export const sizeBasis = {
  /** A size band without an upper bound: "250 of meer". */
  orMore: (min: number) => `${min} of meer`,
  /** The choice in the company form and the new-company dialog. */
  label: 'Wat telt dit aantal?',
  options: {
    'werkzame-personen': 'Werkzame personen (KvK, eigenaar meegeteld)',
    'in-loondienst': 'In loondienst (zonder de eigenaar)',
    onbekend: 'Weet ik niet',
  } satisfies Record<EmployeesBasis, string>,
  /** Under "Aantal werknemers" in the form and the new-company dialog. */
  employeesHint:
    'Een KvK-lijst telt werkzame personen, de eigenaar(s) inbegrepen; in een gesprek vragen we naar medewerkers in loondienst, zonder de eigenaar. Zeg bij "Wat telt dit aantal?" welke het is.',
  /** Shown right after the figure: "12 in loondienst". */
  unit: {
    'werkzame-personen': 'werkzame personen',
    'in-loondienst': 'in loondienst',
    onbekend: '(telling onbekend)',
  } satisfies Record<EmployeesBasis, string>,
  figure: (n: number, basis: EmployeesBasis): string => `${formatInt(n)} ${sizeBasis.unit[basis]}`,
  /** The reading view and the bezoekkaart: "8 in loondienst (ingevuld)". */
  reading: (n: number, basis: EmployeesBasis, source: string): string =>
    basis === 'onbekend'
      ? `${formatInt(n)} ${n === 1 ? 'medewerker' : 'medewerkers'} (${source})`
      : `${formatInt(n)} ${sizeBasis.unit[basis]} (${source})`,
  /** A band from a list: "5–9 werkzame personen (volgens de lijst)". */
  readingBand: (band: string, basis: EmployeesBasis, source: string): string =>
    `${band} ${basis === 'in-loondienst' ? sizeBasis.unit['in-loondienst'] : sizeBasis.unit['werkzame-personen']} (${source})`,
  /** Under the size class in the form, when the owner is added for the class. */
  ownerAdded: (n: number, owners: number): string =>
    `Voor de grootteklasse telt de eigenaar mee, zoals de KvK (tabel 1): ${formatInt(n)} in loondienst + ${formatInt(owners)} = ${formatInt(n + owners)} werkzame personen.`,
} as const;
