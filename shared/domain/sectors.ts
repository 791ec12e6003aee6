import { z } from 'zod';
import { normalizeForSearch } from '../text/normalize';
import { domainLabels } from '../i18n/nl/domainLabels';

/** SBI 2008 main sections (CBS), the sector code in every KvK extract. */
export const SBI_SECTIONS = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K',
  'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U',
] as const;
export const sbiSectionSchema = z.enum(SBI_SECTIONS);
export type SbiSection = z.infer<typeof sbiSectionSchema>;

export const SBI_SECTION_LABELS: Record<SbiSection, string> = domainLabels.sbiSection;

/** First two digits of an SBI code (the division) → main section, as inclusive ranges. */
const DIVISION_RANGES: readonly (readonly [SbiSection, number, number])[] = [
  ['A', 1, 3], ['B', 6, 9], ['C', 10, 33], ['D', 35, 35], ['E', 36, 39], ['F', 41, 43],
  ['G', 45, 47], ['H', 49, 53], ['I', 55, 56], ['J', 58, 63], ['K', 64, 66], ['L', 68, 68],
  ['M', 69, 75], ['N', 77, 82], ['O', 84, 84], ['P', 85, 85], ['Q', 86, 88], ['R', 90, 93],
  ['S', 94, 96], ['T', 97, 98], ['U', 99, 99],
];

export function sbiSectionOfDivision(division: number): SbiSection | null {
  for (const [s, lo, hi] of DIVISION_RANGES) if (division >= lo && division <= hi) return s;
  return null;
}

/** The sector words of the report and of the advisors; agreed with shared/domain/target.ts. */
export const SECTOR_KEYS = [
  'zakelijke-dienstverlening', 'detailhandel', 'groothandel', 'transport-logistiek', 'industrie',
  'techniek', 'bouw', 'zorg', 'eerstelijnszorg', 'welzijn', 'horeca', 'onderwijs', 'overheid',
  'ict', 'financieel', 'creatief', 'landbouw', 'overig',
] as const;
export const sectorKeySchema = z.enum(SECTOR_KEYS);
export type SectorKey = z.infer<typeof sectorKeySchema>;

export const SECTOR_LABELS: Record<SectorKey, string> = domainLabels.sector;

/** SBI sections in which each sector word usually falls (first = the usual one). */
export const SECTOR_SBI_SECTIONS: Record<SectorKey, readonly SbiSection[]> = {
  'zakelijke-dienstverlening': ['M', 'N', 'L'],
  detailhandel: ['G'],
  groothandel: ['G'],
  'transport-logistiek': ['H'],
  industrie: ['C', 'B', 'D', 'E'],
  techniek: ['C', 'F', 'M'],
  bouw: ['F'],
  zorg: ['Q'],
  eerstelijnszorg: ['Q'],
  welzijn: ['Q'],
  horeca: ['I'],
  onderwijs: ['P'],
  overheid: ['O'],
  ict: ['J'],
  financieel: ['K'],
  creatief: ['R', 'J', 'M'],
  landbouw: ['A'],
  overig: ['S', 'T', 'U'],
};

/** The sector word that a bare section letter most likely means. */
export const SECTION_DEFAULT_SECTOR: Record<SbiSection, SectorKey> = {
  A: 'landbouw', B: 'industrie', C: 'industrie', D: 'industrie', E: 'industrie', F: 'bouw',
  G: 'detailhandel', H: 'transport-logistiek', I: 'horeca', J: 'ict', K: 'financieel',
  L: 'zakelijke-dienstverlening', M: 'zakelijke-dienstverlening', N: 'zakelijke-dienstverlening',
  O: 'overheid', P: 'onderwijs', Q: 'zorg', R: 'creatief', S: 'overig', T: 'overig', U: 'overig',
};

/** Finer sector for a full SBI code where the section alone would blur it. */
function sectorOfCode(digits: string): SectorKey | null {
  const div = Number(digits.slice(0, 2));
  const group = Number(digits.slice(0, 4).padEnd(4, '0'));
  if (div === 46) return 'groothandel';
  if (div === 45 || div === 47) return 'detailhandel';
  // Huisartsen, tandartsen, fysiotherapie and other paramedical practices: the eerste lijn.
  if (group >= 8621 && group <= 8623) return 'eerstelijnszorg';
  if (group >= 8690 && group <= 8699) return 'eerstelijnszorg';
  if (div === 88) return 'welzijn';
  if (div === 33 || (group >= 4321 && group <= 4329) || div === 71) return 'techniek';
  if (div >= 58 && div <= 60) return 'creatief';
  if (div === 74 && digits.length >= 3 && digits[2] === '1') return 'creatief';
  if (div === 90 || div === 91) return 'creatief';
  return null;
}

export type SectorGuess = { sbi: SbiSection | null; sector: SectorKey | null };

// Keyword → sector for free text (branch names in lists of Baanbrekend and the LWL). Checked in
// order, so the more specific words ("groothandel", "huisarts") come before general ones.
const SECTOR_WORDS: readonly (readonly [RegExp, SectorKey])[] = [
  [/eerste ?lijn|huisarts|tandarts|fysiotherap|apothe|verloskund|logopedi|diëtist|dietist|mondhygien|ergotherap|podotherap|eerstelijns/, 'eerstelijnszorg'],
  [/groothandel/, 'groothandel'],
  [/detailhandel|winkel|retail|supermarkt|kapper|bakker|slager/, 'detailhandel'],
  [/transport|logistiek|vervoer|expeditie|koerier|binnenvaart|scheepvaart|opslag/, 'transport-logistiek'],
  [/horeca|restaurant|cafe|hotel|catering|lunchroom/, 'horeca'],
  [/welzijn|kinderopvang|jeugdzorg|maatschappelijk/, 'welzijn'],
  [/zorg|verpleeg|thuiszorg|gezondheid/, 'zorg'],
  [/onderwijs|school|opleiding/, 'onderwijs'],
  [/overheid|gemeente|openbaar bestuur/, 'overheid'],
  [/\bict\b|software|automatisering|informatie|telecom|it dienst/, 'ict'],
  [/financ|bank|verzeker|accountan|administratiekantoor|boekhoud/, 'financieel'],
  [/creatie|cultuur|design|ontwerp|kunst|media|reclame/, 'creatief'],
  [/installatie|techniek|technisch|elektro|metaal|machinebouw|werktuigbouw/, 'techniek'],
  [/bouw|aannem|schilder|timmer|loodgiet|dakdek|stukadoor/, 'bouw'],
  [/industrie|productie|fabriek|maakindustrie/, 'industrie'],
  [/landbouw|tuinbouw|agrar|veeteelt|hovenier/, 'landbouw'],
  [/zakelijk|dienstverlening|advies|consultan|juridisch|advocat|notaris|uitzend|schoonmaak|bemiddeling|onroerend goed|makelaar/, 'zakelijke-dienstverlening'],
  [/overig/, 'overig'],
];

/**
 * Reads a sector from an import cell: an SBI letter ("G", "G - Handel"), an SBI code ("47.11",
 * "4711", "47111 Supermarkten"), or words ("Zakelijke dienstverlening", "Huisartsenpraktijk").
 * Returns nulls when nothing is recognised.
 */
export function sectorFromText(raw: string): SectorGuess {
  const s = raw.trim();
  if (s === '') return { sbi: null, sector: null };
  const code = /^(?:sbi[\s:-]*)?(\d{2})(?:[.\s]?(\d{1,3}))?(?:[.\s]?(\d{1,2}))?(?!\d)/i.exec(s);
  if (code) {
    const digits = `${code[1]}${code[2] ?? ''}${code[3] ?? ''}`;
    const sbi = sbiSectionOfDivision(Number(code[1]));
    if (sbi) return { sbi, sector: sectorOfCode(digits) ?? SECTION_DEFAULT_SECTOR[sbi] };
  }
  const letter = /^(?:sbi[\s:-]*)?([A-Ua-u])(?:$|[\s\-–:.)])/.exec(s);
  if (letter && (s.length === 1 || /^[A-U]/.test(s) || /^sbi/i.test(s))) {
    const sbi = letter[1]!.toUpperCase() as SbiSection;
    return { sbi, sector: sectorFromWords(s.slice(1)) ?? SECTION_DEFAULT_SECTOR[sbi] };
  }
  const sector = sectorFromWords(s);
  return { sbi: sector ? SECTOR_SBI_SECTIONS[sector][0]! : null, sector };
}

const SECTOR_BY_NAME = new Map<string, SectorKey>(
  SECTOR_KEYS.flatMap((k) => [
    [normalizeForSearch(SECTOR_LABELS[k]), k],
    [k.replace(/-/g, ' '), k],
  ]),
);

function sectorFromWords(s: string): SectorKey | null {
  const n = normalizeForSearch(s);
  if (n === '') return null;
  const exact = SECTOR_BY_NAME.get(n);
  if (exact) return exact;
  for (const [re, key] of SECTOR_WORDS) if (re.test(n)) return key;
  return null;
}

export type FormOfAddress = { singular: string; plural: string };

/**
 * How to name the person we talk to. The report stresses sector culture: in the eerste lijn one
 * speaks of "praktijkhouders", and a zzp-er is an ondernemer, not a werkgever.
 */
export function formOfAddress(sector: SectorKey | null, kind: 'mkb' | 'zzp' = 'mkb'): FormOfAddress {
  if (sector === 'eerstelijnszorg') return { singular: 'praktijkhouder', plural: 'praktijkhouders' };
  if (kind === 'zzp') return { singular: 'ondernemer', plural: 'ondernemers' };
  if (sector === 'detailhandel') return { singular: 'winkelier', plural: 'winkeliers' };
  if (sector === 'horeca') return { singular: 'horecaondernemer', plural: 'horecaondernemers' };
  if (sector === 'onderwijs' || sector === 'overheid') return { singular: 'organisatie', plural: 'organisaties' };
  return { singular: 'werkgever', plural: 'werkgevers' };
}
