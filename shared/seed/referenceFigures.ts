import type { GEMEENTEN } from '../domain/common';
import type { SectorKey, SizeClass } from '../domain/target';

/**
 * Reference figures of the 2017 report "Leren en Werken in MKB Regio Drechtsteden" (AO Consult,
 * August 2017), used by the reach matrix when no KvK list has been imported. They are the only
 * figures with company size in the sources: the Baanbrekend and LWL lists had no size field.
 * The report gives size bands and a few sector totals separately, never crossed, so these
 * numbers support row and column totals, not single cells.
 */

export type ReferenceSource = {
  /** Short Dutch label shown beside the numbers. */
  label: string;
  /** Dutch note on where the numbers come from and how far to trust them. */
  note: string;
};

/**
 * Tabel 1: MKB companies with at most 25 employees in Drechtsteden, KvK 2014. As the report reads
 * it, the 1–4 band includes the zzp-ers (KvK counts "werkzame personen", the owner included), so
 * for a like-with-like comparison the app's zzp and 1–4 classes together are compared with 4.739
 * (see TABEL_1_BAND_INCLUDES).
 */
export const TABEL_1_SIZE_BANDS = {
  '1-4': 4739,
  '5-9': 1513,
  '10-14': 481,
  '15-19': 254,
  '20-25': 216,
} as const satisfies Partial<Record<SizeClass, number>>;

/** Which of the app's size classes a Tabel 1 band covers: the 1–4 band includes zzp-ers. */
export const TABEL_1_BAND_INCLUDES = {
  '1-4': ['zzp', '1-4'],
} as const satisfies Partial<Record<SizeClass, readonly SizeClass[]>>;

/**
 * What a company count means. KvK "werkzame personen" includes the owner (and so counts a zzp-er
 * as 1); the interview guides count staff "in loondienst" (a zzp-er has 0). Tabel 1 is on the
 * KvK basis.
 */
export const COUNTING_BASES = ['werkzame-personen', 'loondienst'] as const;
export type CountingBasis = (typeof COUNTING_BASES)[number];
export const TABEL_1_COUNTING_BASIS: CountingBasis = 'werkzame-personen';

/** The total the report prints. The bands add up to 7.203; we show both rather than pick one. */
export const TABEL_1_TOTAL_STATED = 7204;
export const TABEL_1_TOTAL_OF_BANDS = Object.values(TABEL_1_SIZE_BANDS).reduce(
  (sum, n) => sum + n,
  0,
);

export const TABEL_1_SOURCE: ReferenceSource = {
  label: 'KvK 2014 (rapport 2017, tabel 1)',
  note:
    'Bron: KvK-gegevens 2014, opgenomen in tabel 1 van het eindrapport "Leren en Werken in MKB Regio Drechtsteden" (AO Consult, augustus 2017): ' +
    'bedrijven met hoogstens 25 werknemers in de Drechtsteden. Het rapport noemt een totaal van 7.204; de vijf grootteklassen tellen op tot 7.203. ' +
    'De cijfers zijn van 2014 en geven per grootteklasse een totaal, niet per sector en grootteklasse samen. ' +
    'De KvK telt werkzame personen, de eigenaar inbegrepen; zo leest het rapport de klasse 1–4 inclusief zzp-ers. ' +
    'Daarom vergelijkt Veldwerk de zzp-ers en de bedrijven met 1–4 werknemers samen met 4.739.',
};

/**
 * Tabel 2: leerbedrijven per gemeente (stagemarkt.nl, in the 2017 report). These are companies
 * recognised to train mbo students, of every size: a reference for the gemeente view, but not a
 * count of all small MKB companies.
 */
export const TABEL_2_LEERBEDRIJVEN = {
  alblasserdam: 341,
  dordrecht: 1820,
  'hendrik-ido-ambacht': 336,
  papendrecht: 376,
  sliedrecht: 388,
  zwijndrecht: 615,
} as const satisfies Record<(typeof GEMEENTEN)[number], number>;
export const TABEL_2_TOTAL_STATED = 3876;

export const TABEL_2_SOURCE: ReferenceSource = {
  label: 'Leerbedrijven per gemeente (rapport 2017, tabel 2)',
  note:
    'Bron: tabel 2 van het eindrapport van 2017, naar stagemarkt.nl: het aantal erkende leerbedrijven per gemeente, samen 3.876. ' +
    'Dat zijn bedrijven van elke omvang die mbo-studenten mogen opleiden, niet alle kleine MKB-bedrijven: ' +
    'het bereik per gemeente is dus afgezet tegen het aantal leerbedrijven daar.',
};

/**
 * Sector counts of the KvK/UWV list in the report (≤ 25 employees). The report also mentions
 * 1.679 for zakelijke dienstverlening and 1.255 for detailhandel elsewhere; we use the figures
 * of the main table and say so in the note.
 */
export const REPORT_SECTOR_COUNTS = {
  'zakelijke-dienstverlening': 1682,
  detailhandel: 1256,
  groothandel: 721,
  'transport-logistiek': 705,
} as const satisfies Partial<Record<SectorKey, number>>;

export const REPORT_SECTOR_SOURCE: ReferenceSource = {
  label: 'KvK/UWV-lijst (rapport 2017)',
  note:
    'Bron: de KvK/UWV-lijst in het eindrapport van 2017 (bedrijven met hoogstens 25 werknemers). Elders in het rapport staan 1.679 voor zakelijke ' +
    'dienstverlening en 1.255 voor detailhandel. De lijst is van 2014 en kan vervuild zijn, bijvoorbeeld met vestigingen van ketens. ' +
    'Alleen deze vier sectoren zijn genoemd; voor de andere sectoren is er geen referentie.',
};

export const KVK_IMPORT_SOURCE: ReferenceSource = {
  label: 'Geïmporteerde KvK-lijst',
  note:
    'Bron: een geïmporteerde KvK-lijst die als referentie is gemarkeerd. Bedrijven die bereikt zijn maar niet op die lijst staan, tellen wel mee als bereikt, ' +
    'dus het bereik kan boven 100% uitkomen.',
};
