import type { TargetMetric } from '../../domain/target';
import { formatInt } from '../format';

/** Texts of the afstemmingsoverleg screen, targets and the reach view. */

const nouns: Record<TargetMetric, [singular: string, plural: string, verb: string]> = {
  'klein-mkb-bereikt': ['bedrijf', 'bedrijven', 'bereikt'],
  'sector-bereikt': ['bedrijf', 'bedrijven', 'bereikt'],
  'gemeente-bereikt': ['bedrijf', 'bedrijven', 'bereikt'],
  'zzp-geinformeerd': ['zzp-er', 'zzp-ers', 'geïnformeerd'],
  gesprekken: ['gesprek', 'gesprekken', 'gevoerd'],
};
const count = (metric: TargetMetric, n: number) =>
  `${formatInt(n)} ${n === 1 ? nouns[metric][0] : nouns[metric][1]}`;

export const alignment = {
  title: 'Afstemmingsoverleg',
  sections: {
    contacts: 'Contacten in deze periode',
    both: 'Door beide organisaties benaderd',
    ownedByBoth: 'Eigenaar bij beide organisaties: spreek af wie trekt',
    followUps: 'Open en te late acties',
    news: 'Nieuw in deze periode',
    withoutSize: 'Bedrijven nog zonder grootteklasse',
    leads: 'Tips uit gesprekken die nog niemand heeft benaderd',
    freshness: 'Hoe actueel zijn de gegevens?',
  },
  agreementNotes: (date: string) => `Afgesproken in het afstemmingsoverleg van ${date}.`,
  freshness: {
    none: 'nog geen gegevens ontvangen',
    today: 'laatste gegevens van vandaag',
    yesterday: 'laatste gegevens van gisteren',
    daysAgo: (days: number) => `laatste gegevens van ${days} dagen geleden`,
    stale: 'Let op: deze gegevens zijn meer dan een week oud.',
    unknownDevice: 'Onbekend apparaat',
  },
  target: {
    notStarted: (metric: TargetMetric, target: number, start: string) =>
      `Dit doel loopt vanaf ${start}: ${count(metric, target)} ${nouns[metric][2]}.`,
    reached: (metric: TargetMetric, value: number, target: number) =>
      `Doel gehaald: ${formatInt(value)} van ${count(metric, target)} ${nouns[metric][2]}.`,
    needed: (metric: TargetMetric, remaining: number, perWeek: number, end: string) =>
      `Nog ${count(metric, remaining)} nodig: ${perWeek < 1 ? 'minder dan 1' : `ongeveer ${Math.ceil(perWeek)}`} per week om het doel op ${end} te halen.`,
    missed: (metric: TargetMetric, value: number, target: number) =>
      `Periode afgelopen: ${formatInt(value)} van ${count(metric, target)} ${nouns[metric][2]}; het doel is niet gehaald.`,
    onTrack: 'Op schema',
    behind: 'Achter op schema',
  },
  reach: {
    title: 'Bereik en blinde vlekken',
    lowest: 'Laag bereik',
    noReference: 'geen referentie',
    withoutSize: (n: number) =>
      n === 1
        ? '1 bedrijf heeft nog geen grootteklasse.'
        : `${formatInt(n)} bedrijven hebben nog geen grootteklasse.`,
  },
} as const;
