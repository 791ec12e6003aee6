import type { Gemeente } from '../domain/common';
import type { ActivityKey, ActivityState, Company, CompanyStatus, Need, ReasonNot } from '../domain/company';
import { ACTIVITY_KEYS, emptyCompanyInput, newCompany } from '../domain/company';
import type { ContactPerson, PreferredChannel } from '../domain/contactPerson';
import { newContactPerson } from '../domain/contactPerson';
import type { SectorKey } from '../domain/sectors';
import { SECTOR_SBI_SECTIONS } from '../domain/sectors';
import { portfolio } from '../i18n/nl/portfolio';
import type { SizeBand } from '../rules/sizeClass';
import { compactKey } from '../text/normalize';
import type { Random } from './demoRandom';
import { demoRandom } from './demoRandom';
import {
  FANTASY_NAMES, FIRST_NAMES, FUNCTIONS, INVENTED_SURNAMES, PLACE_SPELLINGS, POSTCODE_RANGES, STREETS, TRADE_WORDS,
} from './demoNames';

/**
 * The fictional demo set: a few hundred companies and zzp-ers spread over the six gemeenten,
 * sectors and size classes, with contact persons. Every row has `demo: true` and a name ending
 * in "(demo)", so it is recognisable everywhere and can be removed in one step.
 *
 * Fictional on purpose: KvK numbers start with 9999, e-mail addresses end in @voorbeeld.nl,
 * phone numbers start with 0000, and person surnames are invented.
 */

export const DEMO_SEED = 20170824;
export const DEMO_KVK_PREFIX = '9999';
export const DEMO_EMAIL_DOMAIN = 'voorbeeld.nl';

export type DemoData = { companies: Company[]; contactPersons: ContactPerson[] };

const GEMEENTE_WEIGHTS: Record<Exclude<Gemeente, 'buiten-regio'>, number> = {
  dordrecht: 45, zwijndrecht: 15, papendrecht: 11, sliedrecht: 10, 'hendrik-ido-ambacht': 10, alblasserdam: 9,
};

// Roughly the report: zakelijke dienstverlening and detailhandel largest, then groothandel and transport.
const SECTOR_WEIGHTS: Record<SectorKey, number> = {
  'zakelijke-dienstverlening': 22, detailhandel: 17, groothandel: 9, 'transport-logistiek': 9, bouw: 8,
  industrie: 6, techniek: 6, horeca: 6, zorg: 3, eerstelijnszorg: 4, welzijn: 2, ict: 4, financieel: 2,
  creatief: 3, onderwijs: 1, overheid: 0.3, landbouw: 1, overig: 3,
};

// Tabel 1 shape for the MKB part (1–4 about two thirds), plus a visible share of unknown sizes.
const SIZE_WEIGHTS = {
  '1-4': 52, '5-9': 17, '10-14': 6, '15-19': 3, '20-25': 3, '26-49': 2, band: 5, onbekend: 12,
} as const;
const SIZE_RANGES: Record<string, readonly [number, number]> = {
  '1-4': [1, 4], '5-9': [5, 9], '10-14': [10, 14], '15-19': [15, 19], '20-25': [20, 25], '26-49': [26, 49],
};
const KVK_BANDS: readonly SizeBand[] = [{ min: 10, max: 19 }, { min: 2, max: 4 }, { min: 5, max: 9 }, { min: 20, max: 49 }];

const STATUS_WEIGHTS: Record<CompanyStatus, number> = {
  'nog-niet-benaderd': 45, benaderd: 20, 'in-gesprek': 12, actief: 12, 'geen-interesse': 7, 'niet-bereikbaar': 4,
};

function companyName(r: Random, sector: SectorKey, kind: 'mkb' | 'zzp'): string {
  const trade = r.pick(TRADE_WORDS[sector]);
  const who = r.chance(0.5) ? r.pick(FANTASY_NAMES) : r.pick(INVENTED_SURNAMES);
  const legal = kind === 'mkb' && r.chance(0.35) ? ' B.V.' : '';
  return `${trade} ${who}${legal} ${portfolio.demo.marker}`;
}

function activities(r: Random, status: CompanyStatus): Partial<Record<ActivityKey, ActivityState>> {
  const out: Partial<Record<ActivityKey, ActivityState>> = {};
  if (status === 'nog-niet-benaderd' || status === 'niet-bereikbaar') return out;
  // Zij-instroom came later; leaving it out keeps the random sequence, and so the demo set, stable.
  for (const key of ACTIVITY_KEYS.filter((k) => k !== 'zijInstroom')) {
    const roll = r.next();
    if (roll < (status === 'actief' ? 0.3 : 0.08)) out[key] = 'in-gebruik';
    else if (roll < 0.22) out[key] = 'interesse';
    else if (roll < 0.3) out[key] = 'niet';
  }
  if (status === 'actief' && !Object.values(out).includes('in-gebruik')) out.bpvBbl = 'in-gebruik';
  return out;
}

/** The demo set; same `seed`, same rows. `now` is the creation time written on every row. */
export function generateDemoData(options: { seed?: number; count?: number; now?: string; advisorIds?: { lwl?: string; baanbrekend?: string } } = {}): DemoData {
  const r = demoRandom(options.seed ?? DEMO_SEED);
  const count = options.count ?? 300;
  const now = options.now ?? '2026-01-05T09:00:00.000+01:00';
  const companies: Company[] = [];
  const contactPersons: ContactPerson[] = [];
  for (let i = 0; i < count; i++) {
    const gemeente = r.weighted(GEMEENTE_WEIGHTS);
    const sector = r.weighted(SECTOR_WEIGHTS);
    const kind = sector !== 'overheid' && r.chance(0.22) ? 'zzp' : 'mkb';
    const size = kind === 'zzp' ? null : r.weighted(SIZE_WEIGHTS);
    const range = size ? SIZE_RANGES[size] : undefined;
    const employees = range ? r.int(range[0], range[1]) : null;
    const employeeBand = size === 'band' ? r.pick(KVK_BANDS) : null;
    const status = r.weighted(STATUS_WEIGHTS);
    const [pcLo, pcHi] = POSTCODE_RANGES[gemeente];
    const letters = String.fromCharCode(65 + r.int(0, 25), 65 + r.int(0, 25)).replace(/^S[ADS]$/, 'AB');
    const name = companyName(r, sector, kind);
    const id = `demo-bedrijf-${String(i + 1).padStart(4, '0')}`;
    const needs: Need[] = status === 'in-gesprek' || status === 'actief'
      ? [...new Set([r.pick(['begeleiding-stagiair', 'administratieve-lasten', 'financiele-regelingen', 'werving'] as const), ...(r.chance(0.4) ? (['werknemersvaardigheden'] as const) : [])])]
      : [];
    const reasonsNot: ReasonNot[] = status === 'geen-interesse' ? [r.pick(['specialistisch', 'tijd', 'kwetsbaar', 'financieel-risico'] as const)] : [];
    const input = emptyCompanyInput({
      kind,
      name,
      kvk: `${DEMO_KVK_PREFIX}${String(i + 1).padStart(4, '0')}`,
      street: `${r.pick(STREETS)} ${r.int(1, 240)}`,
      postcode: `${r.int(pcLo, pcHi)} ${letters}`,
      place: PLACE_SPELLINGS[gemeente][0]!,
      gemeente,
      website: r.chance(0.6) ? `https://www.${compactKey(name.replace(portfolio.demo.marker, '')).slice(0, 24)}.voorbeeld.nl` : '',
      employees,
      employeeBand,
      sbi: SECTOR_SBI_SECTIONS[sector][0]!,
      sector,
      erkendLeerbedrijf: kind === 'zzp' ? r.pick(['nee', 'onbekend'] as const) : r.pick(['ja', 'nee', 'onbekend', 'onbekend'] as const),
      activities: activities(r, status),
      needs,
      reasonsNot,
      status,
      ownerLwl: status !== 'nog-niet-benaderd' && r.chance(0.6) ? (options.advisorIds?.lwl ?? null) : null,
      ownerBaanbrekend: status !== 'nog-niet-benaderd' && r.chance(0.7) ? (options.advisorIds?.baanbrekend ?? null) : null,
      source: r.pick(['eigen-netwerk', 'doorverwijzing', 'netwerkbijeenkomst', 'import'] as const),
    });
    if (input.erkendLeerbedrijf === 'ja') input.erkendVoor = r.pick(['Verkoper niveau 2', 'Monteur niveau 3', 'Medewerker logistiek niveau 2', 'Doktersassistent niveau 4']);
    companies.push(newCompany(input, now, id, { demo: true }));

    const people = kind === 'zzp' ? 1 : r.int(0, 2);
    for (let p = 0; p < people; p++) {
      const first = r.pick(FIRST_NAMES);
      const last = r.pick(INVENTED_SURNAMES);
      const local = `${compactKey(first)}.${compactKey(last)}`;
      contactPersons.push(
        newContactPerson(
          {
            companyId: id,
            name: `${first} ${last}`,
            function: kind === 'zzp' ? 'Eigenaar' : sector === 'eerstelijnszorg' && p === 0 ? 'Praktijkhouder' : r.pick(FUNCTIONS),
            phone: `0000-${String(r.int(0, 999999)).padStart(6, '0')}`,
            email: `${local}@${DEMO_EMAIL_DOMAIN}`,
            preferredChannel: r.pick(['telefoon', 'e-mail', 'bezoek', 'onbekend'] as const satisfies readonly PreferredChannel[]),
            notes: '',
          },
          now,
          `${id}-persoon-${p + 1}`,
          { demo: true },
        ),
      );
    }
  }
  return { companies, contactPersons };
}

/** Demo rows are removed by this test, never by name, so real data cannot be caught. */
export const isDemoRow = (row: { demo?: boolean }): boolean => row.demo === true;
