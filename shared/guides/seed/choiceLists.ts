import type { Choice, SectionInput } from '../../domain/guide';
import { GEMEENTE_LABELS, GEMEENTEN } from '../../domain/common';
import type { SectorKey } from '../../domain/target';
import { SECTOR_KEYS } from '../../domain/target';

/*
 * Reusable choice lists of the seeded guides. Values are stable keys (they end up in answers,
 * exports and copyTo facts); labels are what the advisor reads and may change between versions.
 */

const list = (entries: [value: string, label: string][]): Choice[] =>
  entries.map(([value, label]) => ({ value, label }));

const SECTOR_LABELS = {
  'zakelijke-dienstverlening': 'Zakelijke dienstverlening',
  detailhandel: 'Detailhandel',
  groothandel: 'Groothandel',
  'transport-logistiek': 'Transport en logistiek',
  industrie: 'Industrie',
  techniek: 'Techniek en installatie',
  bouw: 'Bouw',
  zorg: 'Zorg',
  eerstelijnszorg: 'Eerstelijnszorg (huisarts, fysiotherapie, …)',
  welzijn: 'Welzijn',
  horeca: 'Horeca',
  onderwijs: 'Onderwijs',
  overheid: 'Overheid',
  ict: 'ICT',
  financieel: 'Financiële dienstverlening',
  creatief: 'Creatieve sector',
  landbouw: 'Landbouw en groen',
  overig: 'Overig',
} satisfies Record<SectorKey, string>;

export const CHOICE_LISTS = {
  jaNeeWeetNiet: list([
    ['ja', 'Ja'],
    ['nee', 'Nee'],
    ['weet-niet', 'Weet niet'],
  ]),
  openVoor: list([
    ['ja', 'Ja'],
    ['misschien', 'Misschien, onder voorwaarden'],
    ['nee', 'Nee'],
  ]),
  sectoren: SECTOR_KEYS.map((value) => ({ value, label: SECTOR_LABELS[value] })),
  gemeenten: [...GEMEENTEN, 'buiten-regio' as const].map((value) => ({
    value,
    label: GEMEENTE_LABELS[value],
  })),
  opleidingsniveaus: list([
    ['geen', 'Geen diploma na de basisschool'],
    ['vmbo', 'Vmbo, havo of vwo (geen vervolgdiploma)'],
    ['mbo1', 'Mbo niveau 1 (entree)'],
    ['mbo2', 'Mbo niveau 2'],
    ['mbo3', 'Mbo niveau 3'],
    ['mbo4', 'Mbo niveau 4'],
    ['hbo', 'Hbo (Ad of bachelor)'],
    ['wo', 'Wo'],
    ['gemengd', 'Wisselend, geen vaste eis'],
  ]),
  opleidingsniveauPersoon: list([
    ['geen', 'Geen diploma na de basisschool'],
    ['vmbo', 'Vmbo, havo of vwo (geen vervolgdiploma)'],
    ['mbo1', 'Mbo niveau 1 (entree)'],
    ['mbo2', 'Mbo niveau 2'],
    ['mbo3', 'Mbo niveau 3'],
    ['mbo4', 'Mbo niveau 4'],
    ['hbo', 'Hbo (Ad of bachelor)'],
    ['wo', 'Wo'],
  ]),
  mboNiveaus: list([
    ['1', 'Niveau 1: entreeopleiding'],
    ['2', 'Niveau 2: basisberoepsopleiding'],
    ['3', 'Niveau 3: vakopleiding'],
    ['4', 'Niveau 4: middenkader- of specialistenopleiding'],
  ]),
  contractvormen: list([
    ['vast', 'Vast contract'],
    ['tijdelijk', 'Tijdelijk contract'],
    ['flex', 'Oproep- of nulurencontract'],
    ['uitzend', 'Uitzendkrachten'],
    ['zzp', 'Ingehuurde zzp-ers'],
    ['bbl', 'Leerwerkovereenkomst (BBL)'],
  ]),
  leeftijdsopbouw: list([
    ['jong', 'Vooral jonger dan 30 jaar'],
    ['gemengd', 'Gemengd'],
    ['ouder', 'Vooral 50 jaar en ouder'],
  ]),
  ervaringsduur: list([
    ['korter-1', 'Korter dan een jaar'],
    ['1-3', '1 tot 3 jaar'],
    ['3-10', '3 tot 10 jaar'],
    ['langer-10', '10 jaar of langer'],
  ]),
  leeftijdStudenten: list([
    ['tot-18', 'Jonger dan 18'],
    ['18-23', '18 tot 23 jaar'],
    ['23-plus', '23 jaar of ouder'],
  ]),
  periodeduur: list([
    ['korter-3', 'Korter dan 3 maanden'],
    ['3-6', '3 tot 6 maanden'],
    ['6-12', '6 tot 12 maanden'],
    ['langer-12', 'Langer dan een jaar'],
  ]),
  doelgroepen: list([
    ['uwv', 'Werkzoekenden via UWV'],
    ['sociale-dienst', 'Werkzoekenden via de Sociale Dienst Drechtsteden'],
    ['jongeren', 'Jongeren'],
    ['ouderen', 'Ouderen'],
    ['statushouders', 'Statushouders'],
    ['herintreders', 'Herintreders'],
    ['arbeidsbeperking', 'Mensen met een arbeidsbeperking'],
    ['eigen-personeel', 'Eigen medewerkers'],
  ]),
  instanties: list([
    ['baanbrekend', 'Baanbrekend Drechtsteden'],
    ['leerwerkloket', 'LeerWerkLoket Drechtsteden'],
    ['uwv', 'UWV'],
    ['sociale-dienst', 'Sociale Dienst Drechtsteden'],
    ['roc', 'ROC of andere mbo-school'],
    ['sbb', 'SBB'],
    ['opleider', 'Opleider of cursusaanbieder'],
    ['uitzendbureau', 'Uitzendbureau'],
    ['branche', 'Branche- of O&O-fonds'],
  ]),
  contactpartijen: list([
    ['onderwijsinstelling', 'Onderwijsinstelling (ROC, hogeschool, universiteit)'],
    ['sbb', 'SBB'],
    ['studenten', 'Studenten zelf'],
    ['baanbrekend', 'Baanbrekend Drechtsteden'],
    ['leerwerkloket', 'LeerWerkLoket Drechtsteden'],
    ['uwv', 'UWV'],
    ['sociale-dienst', 'Sociale Dienst Drechtsteden'],
    ['evc-aanbieder', 'EVC-aanbieder'],
  ]),
  ondersteuning: list([
    ['informatie', 'Informatie over de mogelijkheden van Leren en Werken'],
    ['regelingen', 'Regelingen en subsidies (zoals de subsidie praktijkleren)'],
    ['kandidaten', 'Werving en selectie van geschikte kandidaten'],
    ['begeleiding', 'Begeleiding van studenten of nieuwe medewerkers op de werkvloer'],
    ['erkenning', 'Erkenning als leerbedrijf'],
    ['administratie', 'Minder administratie en regelwerk (ontzorgen)'],
    [
      'werknemersvaardigheden',
      'Werknemersvaardigheden van studenten (op tijd komen, afspraken nakomen)',
    ],
    ['scholing', 'Scholing van eigen medewerkers'],
    ['evc', 'Ervaringscertificaat (EVC) voor medewerkers'],
  ]),
} satisfies Record<string, Choice[]>;

export type ChoiceListKey = keyof typeof CHOICE_LISTS;

/** The lists the sections refer to, so each guide row carries what it needs and nothing more. */
export function listsFor(sections: readonly SectionInput[]): Record<string, Choice[]> {
  const keys = new Set(
    sections.flatMap((s) =>
      s.items.flatMap((i) => ('choiceList' in i && i.choiceList ? [i.choiceList] : [])),
    ),
  );
  const lists: Record<string, Choice[]> = CHOICE_LISTS;
  return Object.fromEntries([...keys].flatMap((k) => (lists[k] ? [[k, lists[k]]] : [])));
}
