import type { Gemeente } from '../domain/common';
import type { SectorKey } from '../domain/sectors';
import { demoRandom } from './demoRandom';
import { FANTASY_NAMES, INVENTED_SURNAMES, PLACE_SPELLINGS, POSTCODE_RANGES, STREETS, TRADE_WORDS } from './demoNames';

/**
 * A generated company list in the shape of a KvK Handelsregister extract, with the mess real
 * lists have: a title above the headings, ';' with quoted fields (one holding a line break),
 * lower-case postcodes without a space, employee classes next to exact counts, eenmanszaken,
 * blank lines, repeated KvK numbers and several spellings of one place. For the import tests,
 * the end-to-end test and the benchmark. All rows are fictional: KvK numbers start with 99 and count up.
 */

const HEADERS = [
  'Dossiernummer', 'Vestigingsnummer', 'Handelsnaam', 'Rechtsvorm', 'Straat', 'Huisnummer', 'Toevoeging',
  'Postcode', 'Plaats', 'Hoofdactiviteit (SBI)', 'Werkzame personen', 'Internetadres',
];

const SBI_BY_SECTOR: Record<SectorKey, readonly string[]> = {
  'zakelijke-dienstverlening': ['7022 - Organisatieadviesbureaus', '8121 - Algemene schoonmaak', '6920 - Accountancy'],
  detailhandel: ['4711 - Supermarkten', '4724 - Winkels in brood en banket', '4776 - Bloemenwinkels'],
  groothandel: ['4690 - Groothandel ongespecialiseerd', '4673 - Groothandel in bouwmaterialen'],
  'transport-logistiek': ['4941 - Goederenvervoer over de weg', '5020 - Zee- en kustvaart'],
  industrie: ['2562 - Algemene metaalbewerking', '3012 - Bouw van sportboten'],
  techniek: ['4321 - Elektrotechnische bouwinstallatie', '4520 - Onderhoud en reparatie van auto’s'],
  bouw: ['4120 - Algemene burgerlijke en utiliteitsbouw', '4334 - Schilderen en glaszetten'],
  zorg: ['8710 - Verpleeghuizen', '8810 - Thuiszorg'],
  eerstelijnszorg: ['86.91 - Praktijken van fysiotherapeuten', '86.21 - Huisartsenpraktijken'],
  welzijn: ['8891 - Kinderopvang'],
  horeca: ['5610 - Restaurants', '5630 - Cafés'],
  onderwijs: ['8553 - Autorijscholen'],
  overheid: ['8411 - Algemeen overheidsbestuur'],
  ict: ['6201 - Ontwikkelen van software'],
  financieel: ['6622 - Assurantietussenpersonen'],
  creatief: ['7410 - Industrieel ontwerp', '7420 - Fotografie'],
  landbouw: ['0130 - Teelt van plantgoed'],
  overig: ['9602 - Kappers', '9601 - Wasserijen'],
};

const SIZE_TEXTS = ['1', '2', '3', '4', '1 werkzame persoon', '2 t/m 4', '5 t/m 9', '7', '12', '10 t/m 19', '20 t/m 49', '0', ''];
const GEMEENTEN = Object.keys(PLACE_SPELLINGS) as Exclude<Gemeente, 'buiten-regio'>[];

// Invented surnames from two parts, so that a large file has mostly distinct names, as real lists do.
const NAME_HEADS = ['Oever', 'Kade', 'Griend', 'Waard', 'Dijk', 'Sluis', 'Veer', 'Riet', 'Kreek', 'Polder', 'Haver', 'Linde', 'Zand', 'Anker', 'Stroom', 'Kribbe', 'Getij', 'Merwe', 'Molen', 'Wiel'];
const NAME_TAILS = ['dijk', 'graaf', 'stein', 'hout', 'hoven', 'veld', 'mans', 'oord', 'kamp', 'beek', 'zijl', 'meer', 'waard', 'smit', 'berg', 'hoek', 'wijk', 'land', 'horst', 'broek'];

const quoteIfNeeded = (s: string) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** The CSV text (';', CRLF, no BOM; encode as you like). Same n and seed, same text. */
export function generateKvkExportCsv(n: number, seed = 1): string {
  const r = demoRandom(seed);
  const lines: string[] = ['Selectie Handelsregister regio Drechtsteden (fictief testbestand)', 'Aangemaakt op 05-01-2026', HEADERS.join(';')];
  const sectors = Object.keys(SBI_BY_SECTOR) as SectorKey[];
  let lastKvk = '';
  let lastVestiging = '';
  for (let i = 0; i < n; i++) {
    if (i > 0 && r.chance(0.005)) lines.push('');
    const sector = r.pick(sectors);
    const gemeente = r.pick(GEMEENTEN);
    // About one row in a hundred repeats the previous row's company, as merged lists do.
    const repeat = i > 0 && r.chance(0.01);
    const kvk = repeat ? lastKvk : `99${String(i).padStart(6, '0')}`;
    const vestiging = repeat ? lastVestiging : `0000${String(9000000 + i).padStart(8, '0')}`;
    lastKvk = kvk;
    lastVestiging = vestiging;
    const eenmanszaak = r.chance(0.3);
    const size = eenmanszaak && r.chance(0.6) ? r.pick(['1', '1 werkzame persoon', '0']) : r.pick(SIZE_TEXTS);
    const [lo, hi] = POSTCODE_RANGES[gemeente];
    const letters = String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25)).replace(/^S[ADS]$/, 'AB');
    const postcode = r.chance(0.2) ? `${r.int(lo, hi)}${letters.toLowerCase()}` : `${r.int(lo, hi)} ${letters}`;
    const who = r.chance(0.15)
      ? r.pick(r.chance(0.5) ? FANTASY_NAMES : INVENTED_SURNAMES)
      : `${String.fromCharCode(65 + r.int(0, 25))}. ${r.pick(NAME_HEADS)}${r.pick(NAME_TAILS)}`;
    let name = `${r.pick(TRADE_WORDS[sector])} ${who}`;
    if (r.chance(0.02)) name += '; vestiging Centrum';
    if (r.chance(0.003)) name += '\nAfdeling Verhuur';
    const row = [
      kvk,
      vestiging,
      name,
      eenmanszaak ? 'Eenmanszaak' : r.pick(['Besloten Vennootschap', 'Vennootschap onder firma', 'Besloten Vennootschap']),
      r.pick(STREETS),
      String(r.int(1, 300)),
      r.chance(0.1) ? r.pick(['A', 'B', 'bis', 'rd']) : '',
      postcode,
      r.pick(PLACE_SPELLINGS[gemeente]),
      r.pick(SBI_BY_SECTOR[sector]),
      size,
      r.chance(0.4) ? `www.bedrijf${i}.voorbeeld.nl` : '',
    ];
    lines.push(row.map(quoteIfNeeded).join(';'));
  }
  return `${lines.join('\r\n')}\r\n`;
}
