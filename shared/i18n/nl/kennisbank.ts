import type { NetworkKind } from '../../domain/network';
import type {
  LearningForm,
  SchemeAudience,
  SchemeKind,
  SchemeStatus,
  SectorKey,
  TargetGroup,
} from '../../domain/scheme';
import type { TermCategory } from '../../domain/term';
import { formatDate, formatInt } from '../format';

/** Texts of the kennisbank: begrippen, regelingen, netwerken, matching and the reference set. */
export const kennisbank = {
  categories: {
    leervormen: 'Leervormen',
    mbo: 'Mbo',
    'hoger-onderwijs': 'Hoger onderwijs',
    llo: 'Leven lang ontwikkelen',
    organisatie: 'Organisaties',
    regelingen: 'Regelingen en fondsen',
    aanpak: 'Aanpak',
  } satisfies Record<TermCategory, string>,
  schemeKinds: {
    subsidie: 'Subsidie',
    fiscaal: 'Fiscale regeling',
    'uitkering-loonkosten': 'Uitkering of loonkosten',
    advies: 'Advies',
    lening: 'Lening of financiering',
    fonds: 'Fonds',
    afspraak: 'Afspraak (cao of beleid)',
  } satisfies Record<SchemeKind, string>,
  audiences: {
    werkgever: 'werkgever',
    werknemer: 'werknemer',
    werkzoekende: 'werkzoekende',
    'zzp-er': 'zzp-er',
  } satisfies Record<SchemeAudience, string>,
  statuses: {
    actief: 'Actief',
    beeindigd: 'Beëindigd',
    onbekend: 'Status onbekend',
  } satisfies Record<SchemeStatus, string>,
  targetGroups: {
    'werkzoekende-uitkering': 'werkzoekenden met een uitkering',
    oudere: 'oudere werknemers',
    jongere: 'jongeren',
    arbeidsbeperking: 'mensen met een arbeidsbeperking',
    statushouder: 'statushouders',
    laaggeletterd: 'laaggeletterden',
  } satisfies Record<TargetGroup, string>,
  learningForms: {
    bpvBol: 'bpv in de BOL',
    bpvBbl: 'BBL',
    stageHbo: 'stage hbo',
    stageWo: 'stage wo',
    kortTraject: 'kort opleidingstraject',
    evc: 'EVC',
    llo: 'leven lang ontwikkelen',
    mkbRoute: 'Mkb-route',
    zijInstroom: 'zij-instroom',
  } satisfies Record<LearningForm, string>,
  sectors: {
    'zakelijke-dienstverlening': 'zakelijke dienstverlening',
    detailhandel: 'detailhandel',
    groothandel: 'groothandel',
    'transport-logistiek': 'transport en logistiek',
    industrie: 'industrie',
    techniek: 'techniek',
    bouw: 'bouw',
    zorg: 'zorg',
    eerstelijnszorg: 'eerstelijnszorg',
    welzijn: 'welzijn',
    horeca: 'horeca',
    onderwijs: 'onderwijs',
    overheid: 'overheid',
    ict: 'ICT',
    financieel: 'financiële dienstverlening',
    creatief: 'creatieve sector',
    landbouw: 'landbouw en groen',
    overig: 'overig',
  } satisfies Record<SectorKey, string>,
  networkKinds: {
    ondernemersvereniging: 'Ondernemersvereniging',
    winkeliersvereniging: 'Winkeliersvereniging',
    werkgeversvereniging: 'Werkgeversvereniging',
    netwerkplatform: 'Netwerkplatform',
    communicatieplatform: 'Communicatieplatform',
    financieringsfonds: 'Financieringsfonds',
    businessclub: 'Businessclub',
    community: 'Community',
    platform: 'Platform',
    anders: 'Anders',
  } satisfies Record<NetworkKind, string>,
  amountUnknown: 'zie aanbieder',
  stale: (lastChecked: string) =>
    `Mogelijk verouderd: deze regeling is voor het laatst gecontroleerd op ${formatDate(lastChecked)}.`,
  outcomes: {
    past: 'Past',
    'past-mogelijk': 'Past mogelijk',
    'past-niet': 'Past niet',
  },
  /** Company fields named in "ontbrekende gegevens: …". */
  fields: {
    kind: 'soort bedrijf (mkb of zzp)',
    employees: 'aantal werknemers',
    sector: 'sector',
    gemeente: 'gemeente',
    erkendLeerbedrijf: 'erkend leerbedrijf',
    activities: 'Leren en Werken-activiteiten',
  },
  match: {
    ended: (until: string | null) =>
      until
        ? `Past niet — beëindigd (liep tot en met ${formatDate(until)})`
        : 'Past niet — deze regeling is beëindigd',
    statusUnknown: 'Let op: niet bekend of deze regeling nog loopt; controleer bij de aanbieder.',
    notYetOpen: (from: string) => `Let op: deze regeling gaat pas in op ${formatDate(from)}.`,
    kindFits: (kind: 'mkb' | 'zzp') => `Past: ${kind === 'mkb' ? 'MKB-bedrijf' : 'zzp-er'}`,
    kindNot: (allowed: string) => `Past niet: alleen voor ${allowed}`,
    kindUnknown: 'Onbekend: niet ingevuld of het een MKB-bedrijf of een zzp-er is',
    employeesFit: (desc: string, bound: string) => `Past: ${desc} (${bound})`,
    employeesNot: (desc: string, bound: string) => `Past niet: ${desc} (${bound})`,
    employeesUnknown: 'Onbekend: het aantal werknemers is niet ingevuld',
    employeesBandUnsure: (band: string, bound: string) =>
      `Onbekend: grootteklasse ${band} valt deels buiten de grens (${bound}); vul het precieze aantal in`,
    boundMax: (n: number) => `max. ${formatInt(n)}`,
    boundMin: (n: number) => `min. ${formatInt(n)}`,
    boundRange: (min: number, max: number) => `${formatInt(min)} tot en met ${formatInt(max)}`,
    companyWithEmployees: (kind: 'mkb' | 'zzp' | null, n: number) =>
      `${kind === 'zzp' ? 'zzp-er' : 'MKB-bedrijf'} met ${formatInt(n)} ${n === 1 ? 'werknemer' : 'werknemers'}`,
    companyInBand: (band: string) => `bedrijf in grootteklasse ${band} werknemers`,
    sectorFit: (label: string) => `Past: sector ${label}`,
    sectorNot: (allowed: string) => `Past niet: alleen voor de sectoren ${allowed}`,
    sectorUnknown: 'Onbekend: de sector is niet ingevuld',
    regionFit: 'Past: gevestigd in de Drechtsteden',
    regionNot: 'Past niet: alleen voor bedrijven in de Drechtsteden',
    regionUnknown: 'Onbekend: de gemeente is niet ingevuld',
    regionNational: 'Past: landelijke regeling',
    erkendFit: 'Past: erkend leerbedrijf',
    erkendNot:
      'Past niet: alleen voor erkende leerbedrijven; erkenning kan bij SBB worden aangevraagd',
    erkendUnknown: 'Onbekend: niet bekend of het bedrijf een erkend leerbedrijf is',
    formsFit: (forms: string) => `Past: het bedrijf doet aan of heeft interesse in ${forms}`,
    formsNot: (forms: string) =>
      `Past niet: alleen bij ${forms}, en daar doet het bedrijf niet aan`,
    formsUnknown: (forms: string) =>
      `Onbekend: niet ingevuld of het bedrijf ${forms} biedt of wil bieden`,
    targetGroups: (groups: string) =>
      `Let op: alleen bij het in dienst nemen of houden van ${groups}`,
    needsFit: (needs: string) => `Sluit aan bij de behoefte: ${needs}`,
  },
  referenceSet: {
    empty: (file: string) => `Het bestand ${file} is leeg.`,
    notUtf8: (file: string) => `Het bestand ${file} is geen leesbare tekst (verwacht UTF-8).`,
    notJson: (file: string, detail: string) =>
      `Het bestand ${file} is geen geldig JSON-bestand: ${detail}`,
    notReferenceSet: (file: string) =>
      `Het bestand ${file} is geen Veldwerk-referentieset (het kenmerk "format" ontbreekt of klopt niet).`,
    newerVersion: (version: unknown) =>
      `Deze referentieset heeft versie ${String(version)}; deze versie van Veldwerk kent alleen versie 1. Werk Veldwerk bij.`,
    duplicateKey: (key: string) => `de sleutel "${key}" komt vaker voor`,
    unknownRelated: (key: string) => `verwijst naar een onbekend begrip "${key}"`,
    moreErrors: (n: number) => `… en nog ${formatInt(n)} andere fouten.`,
    tables: { terms: 'begrippen', schemes: 'regelingen', networks: 'netwerken' },
  },
} as const;
