import { CHANNEL_LABELS, TOPIC_LABELS, type Channel, type TopicKey } from '../../../shared/domain/contactLog';
import { GEMEENTE_LABELS, type Gemeente, type Organisation } from '../../../shared/domain/common';
import { SECTOR_LABELS, type SectorKey } from '../../../shared/domain/sectors';
import { SIZE_CLASS_LABELS, type SizeClass } from '../../../shared/rules/sizeClass';
import { common } from '../../../shared/i18n/nl/common';
import { UNKNOWN_ROW } from '../../../shared/rules/reach';
import { overviewText as ot } from '../../../shared/i18n/nl/alignmentOverview';

/** Display names for the keys the alignment lists carry. */
export const orgShort = (o: Organisation | 'samen' | string | null | undefined): string =>
  o === 'samen' ? 'Samen' : o ? (common.organisationsShort[o as Organisation] ?? o) : '';
export const orgLong = (o: Organisation | string | null | undefined): string =>
  o ? (common.organisations[o as Organisation] ?? o) : '';
export const channelLabel = (c: string) => CHANNEL_LABELS[c as Channel] ?? c;
export const topicsLabel = (topics: readonly string[] | undefined) =>
  (topics ?? []).map((t) => TOPIC_LABELS[t as TopicKey] ?? t).join(', ');
export const sectorLabel = (s: string | null | undefined) =>
  !s || s === UNKNOWN_ROW ? ot.labels.sectorUnknown : (SECTOR_LABELS[s as SectorKey] ?? s);
export const gemeenteLabel = (g: string | null | undefined) =>
  !g || g === UNKNOWN_ROW ? ot.labels.gemeenteUnknown : (GEMEENTE_LABELS[g as Gemeente] ?? g);
export const sizeLabel = (s: string | null | undefined) => (s ? (SIZE_CLASS_LABELS[s as SizeClass] ?? s) : ot.labels.unknown);
/** Short column heading: "1–4" rather than "1–4 werknemers". */
export const sizeShort = (s: string) => (s === 'zzp' ? 'Zzp' : s === '250+' ? '250+' : s.replace('-', '–'));
