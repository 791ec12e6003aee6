import type { Guide, SectorWording } from '../domain/guide';
import type { CompanyKind, SectorKey } from '../domain/target';
import { guides as nl } from '../i18n/nl/guides';

/** Who the guide speaks to; `sector` wins over `kind` because a practice may also be a zzp-er. */
export type WordingContext = { sector?: SectorKey | null; kind?: CompanyKind | null };

const TOKEN = /\{([A-Za-z]+)\}/g;

function wordsFor(
  sector: SectorKey | null | undefined,
  kind: CompanyKind | null | undefined,
  overrides?: SectorWording,
) {
  const builtInSector = sector === 'eerstelijnszorg' ? nl.wording.eerstelijnszorg : undefined;
  return {
    ...nl.wording.default,
    ...(kind === 'zzp' ? nl.wording.zzp : {}),
    ...builtInSector,
    ...(sector ? overrides?.[sector] : undefined),
  } satisfies Record<string, string>;
}

/**
 * Replaces `{aanspreekvorm}`, `{bedrijf}`, … with the words for the sector or company kind.
 * `{Bedrijf}` (capital) gives a capitalised word for the start of a sentence. Unknown
 * placeholders stay visible, so a typo in the editor shows up in the preview.
 */
export function resolveWording(
  text: string,
  sector?: SectorKey | null,
  kind?: CompanyKind | null,
  overrides?: SectorWording,
): string {
  if (!text.includes('{')) return text;
  const words: Record<string, string> = wordsFor(sector, kind, overrides);
  return text.replace(TOKEN, (whole, name: string) => {
    const word = words[name.toLowerCase()];
    if (word === undefined) return whole;
    const capital = name[0] !== undefined && name[0] !== name[0].toLowerCase();
    return capital ? word.charAt(0).toUpperCase() + word.slice(1) : word;
  });
}

/** The wording context of a guide: zzp guides speak of "ondernemer" unless the sector says otherwise. */
export function wordingContext(
  guide: Pick<Guide, 'audience'>,
  sector?: SectorKey | null,
): WordingContext {
  return { sector: sector ?? null, kind: guide.audience === 'zzp' ? 'zzp' : 'mkb' };
}

/** Resolve a text of `guide` for a sector, including the guide's own sector overrides. */
export function guideText(
  guide: Pick<Guide, 'audience' | 'sectorWording'>,
  text: string,
  sector?: SectorKey | null,
): string {
  const ctx = wordingContext(guide, sector);
  return resolveWording(text, ctx.sector, ctx.kind, guide.sectorWording);
}
