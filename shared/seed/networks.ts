import type { Network } from '../domain/network';
import { REFERENCE_SEED_DATE } from './terms';

type NetworkSeed = Omit<
  Network,
  'id' | '_clock' | '_deleted' | 'retired' | 'updatedAt' | 'abbreviation' | 'notes' | 'website' | 'status' | 'source'
> & {
  abbreviation?: string;
  notes?: string;
};

/*
 * Where the bijlage gives no type, the kind is our own reading of its description. That is a
 * note for whoever maintains this list, not for the advisor: the notes below are what an
 * advisor needs to know when approaching the network.
 */

/*
 * The 30 company networks and organisations of bijlage 6 of the 2017 report (state of
 * February 2017, not exhaustive). Descriptions are our own summaries; contact persons,
 * addresses, phone numbers and e-mail addresses are deliberately left out.
 */
const SEEDS: readonly NetworkSeed[] = [
  {
    key: 'cjbd',
    name: 'Contact Jonge Bedrijven Drechtsteden',
    abbreviation: 'CJBD',
    kind: 'netwerkplatform',
    place: 'Papendrecht',
    focus:
      'Ontmoetingsplek voor jonge ondernemingen uit de regio: contacten leggen, het eigen bedrijf laten zien en kennis uitwisselen.',
  },
  {
    key: 'duurzaamheidsfabriek',
    name: 'De Duurzaamheidsfabriek',
    kind: 'anders',
    place: 'Dordrecht',
    focus:
      'Open innovatieproeftuin voor het regionale bedrijfsleven, vooral het mkb, rond duurzame technologie met nadruk op maritieme technologie en energietransitie. Verbindt bedrijven met het Da Vinci College en geeft leven lang leren concreet vorm, van initieel onderwijs tot bij- en omscholing.',
    sectors: ['techniek', 'industrie'],
  },
  {
    key: 'de-maatschappij-drechtsteden',
    name: 'De Maatschappij voor Nijverheid en Handel, departement Drechtsteden',
    abbreviation: 'De Maatschappij',
    kind: 'ondernemersvereniging',
    place: 'Drechtsteden',
    focus:
      'Regionale afdeling van een landelijk, onafhankelijk netwerk van ondernemers en bestuurders die via bijeenkomsten bijdragen aan de economie.',
  },
  {
    key: 'dov',
    name: 'Dordrechtse Ondernemersvereniging',
    abbreviation: 'DOV',
    kind: 'ondernemersvereniging',
    place: 'Dordrecht',
    focus:
      'Behartigt de belangen van Dordtse ondernemers in besturen en overleggen en organiseert minstens zes netwerkbijeenkomsten per jaar.',
    notes: 'Ondersteunt het LeerWerkLoket; was sleutelinformant in het onderzoek van 2017.',
  },
  {
    key: 'federatie-ondernemersverenigingen',
    name: 'Federatie Samenwerkende Ondernemersverenigingen Drechtsteden',
    kind: 'anders',
    place: 'Dordrecht',
    focus:
      'Koepel van elf ondernemersverenigingen in en rond de Drechtsteden, waaronder DOV, OVP, OVZ, VSO, VAO, OKA, OV de Noord en Werkgevers Drechtsteden.',
    notes: `Via de federatie zijn veel lokale verenigingen tegelijk te bereiken.`,
  },
  {
    key: 'khn-drechtsteden',
    name: 'Koninklijke Horeca Nederland, afdeling Drechtsteden',
    abbreviation: 'KHN',
    kind: 'anders',
    place: 'Papendrecht',
    focus:
      'Vertegenwoordigt de aangesloten horecaondernemers richting gemeenten en ondersteunt leden met belangenbehartiging, advies en inspiratie.',
    sectors: ['horeca'],
  },
  {
    key: 'maritime-delta',
    name: 'Maritime Delta',
    kind: 'anders',
    place: 'Den Haag',
    focus:
      'Samenwerking van maritieme ondernemers, onderwijs en overheid; een mkb-consulent helpt bedrijven bij innovatievragen.',
    sectors: ['industrie', 'techniek'],
  },
  {
    key: 'meerbusiness-zhz',
    name: 'MeerBusiness Zuid-Holland Zuid',
    kind: 'platform',
    place: 'Gorinchem',
    focus:
      'Regionaal zakenplatform dat directeuren en managers uit bedrijfsleven, overheid en onderwijs in Zuid-Holland Zuid met elkaar in contact brengt.',
    notes: 'Beschrijft zichzelf als regionaal zakenplatform.',
  },
  {
    key: 'oka',
    name: 'Ondernemers Kring Alblasserdam',
    abbreviation: 'OKA',
    kind: 'ondernemersvereniging',
    place: 'Alblasserdam',
    focus:
      'Belangenbehartiging van het regionale bedrijfsleven, met periodieke bijeenkomsten en bedrijfsbezoeken; gesprekspartner van de Kamer van Koophandel.',
  },
  {
    key: 'ov-de-noord',
    name: 'Ondernemersvereniging de Noord',
    abbreviation: 'OV de Noord',
    kind: 'ondernemersvereniging',
    place: 'Alblasserdam',
    focus:
      'Behartigt de belangen van bedrijven op vier industrieterreinen in Alblasserdam en Papendrecht, onder meer veiligheid, leegstand en zakelijke samenwerking.',
    sectors: ['industrie'],
  },
  {
    key: 'ovp',
    name: 'Ondernemersvereniging Papendrecht',
    abbreviation: 'OVP',
    kind: 'ondernemersvereniging',
    place: 'Papendrecht',
    focus:
      'Versterkt lokaal ondernemerschap en stimuleert samenwerking en ontmoeting tussen ondernemers in Papendrecht.',
  },
  {
    key: 'ovz',
    name: 'Ondernemersvereniging Zwijndrecht',
    abbreviation: 'OVZ',
    kind: 'ondernemersvereniging',
    place: 'Zwijndrecht',
    focus:
      'Behartigt de belangen van groot-, midden- en kleinbedrijf rond Zwijndrecht, ook richting overheid en onderwijs.',
  },
  {
    key: 'port-of-business',
    name: 'Port of Business',
    kind: 'communicatieplatform',
    place: 'Ridderkerk',
    focus:
      'Communicatieplatform voor Zuid-Holland Zuid met magazines, online zakennieuws, een zakenagenda en netwerkbijeenkomsten.',
  },
  {
    key: 'pobd',
    name: 'Promotie Ondernemers Binnenstad Dordrecht',
    abbreviation: 'POBD',
    kind: 'winkeliersvereniging',
    place: 'Dordrecht',
    focus:
      'Wil meer bezoekers naar winkels en horeca in de Dordtse binnenstad trekken, met activiteiten en evenementen die de ondernemers zelf bekostigen.',
    sectors: ['detailhandel', 'horeca'],
  },
  {
    key: 'steunpunt-koel',
    name: 'Steunpunt KOEL',
    kind: 'anders',
    place: 'Zwijndrecht',
    focus:
      'Regionale ondersteuningsstructuur voor de eerstelijnszorg: adviseert zorgaanbieders over samenhangende zorg in de wijk en werkt samen met een nascholingsorganisatie voor de eerste lijn.',
    notes: `Spreek huisartsen en andere zorgverleners aan als praktijkhouder, niet als mkb-ondernemer.`,
    sectors: ['eerstelijnszorg'],
  },
  {
    key: 'stichting-anders',
    name: 'Stichting ANDERS',
    kind: 'anders',
    place: 'Papendrecht',
    focus:
      'Netwerk van maatschappelijk betrokken ondernemers in de Drechtsteden dat hulpvragen van maatschappelijke organisaties oppakt met eigen producten, diensten en talenten.',
  },
  {
    key: 'sbbd',
    name: 'Stichting Beveiliging Bedrijventerreinen Dordrecht',
    abbreviation: 'SBBD',
    kind: 'anders',
    place: 'Dordrecht',
    focus:
      'Regelt de gezamenlijke beveiliging van bedrijventerreinen in Dordrecht-West; elk terrein heeft een eigen stichting met lokale ondernemers in het bestuur.',
  },
  {
    key: 'deltametaal',
    name: 'Stichting Deltametaal',
    kind: 'anders',
    place: 'Barendrecht',
    focus:
      'Opgericht door bedrijven, werkgevers- en werknemersorganisaties in Rijnmond en de Drechtsteden; bemiddelt in banen in metaal, techniek en industrie en leidt jonge vakmensen op via een scholingspool.',
    sectors: ['industrie', 'techniek'],
  },
  {
    key: 'dock',
    name: 'Stichting Dock',
    abbreviation: 'DOCK',
    kind: 'ondernemersvereniging',
    place: 'Dordrecht',
    focus:
      'Zet zich in voor ondernemers in de creatieve sector en wil hun positie in de Drechtsteden versterken.',
    sectors: ['creatief'],
  },
  {
    key: 'drechtzorg',
    name: 'Stichting Drechtzorg',
    kind: 'werkgeversvereniging',
    place: 'Dordrecht',
    focus:
      'Samenwerking van thuiszorg, ziekenhuis, huisartsen, revalidatie, apotheken en laboratoria in de regio.',
    sectors: ['zorg', 'eerstelijnszorg'],
  },
  {
    key: 'financieringsfonds-mkb',
    name: 'Stichting Financieringsfonds MKB Drechtsteden',
    kind: 'financieringsfonds',
    place: 'Dordrecht',
    focus:
      'Brengt regionale ondernemers die financiering zoeken samen met vermogende (oud-)ondernemers; deelnemers zitten in de kredietcommissie en het fondsbestuur.',
    notes: 'Staat ook in de regelingen als financieringsmogelijkheid.',
  },
  {
    key: 'voorstraat-noord',
    name: 'Stichting Voorstraat Noord',
    kind: 'winkeliersvereniging',
    place: 'Dordrecht',
    focus:
      'Bevordert de culturele en economische bloei van de Voorstraat-Noord met evenementen, lezingen en andere activiteiten, samen met de ondernemers.',
    sectors: ['detailhandel'],
  },
  {
    key: 'young-businessclub-fc-dordrecht',
    name: 'Stichting Young Businessclub FC Dordrecht',
    kind: 'businessclub',
    place: 'Dordrecht',
    focus:
      'Jonge ondernemers ontmoeten elkaar bij wedstrijden van FC Dordrecht en delen kennis en netwerk.',
  },
  {
    key: 'vao',
    name: 'Vereniging Ambachtse Ondernemers',
    abbreviation: 'VAO',
    kind: 'ondernemersvereniging',
    place: 'Hendrik-Ido-Ambacht',
    focus:
      'Belangenbehartiging en ontmoetingsplek voor ondernemers uit Hendrik-Ido-Ambacht; overlegt met gemeente en Kamer van Koophandel.',
  },
  {
    key: 'vso',
    name: 'Vereniging Sliedrechtse Ondernemingen',
    abbreviation: 'VSO',
    kind: 'ondernemersvereniging',
    place: 'Sliedrecht',
    focus:
      'Behartigt de belangen van lokale ondernemers, zoekt invloed bij overheid en onderwijs en organiseert bedrijfsbezoeken, informatieavonden en netwerkbijeenkomsten.',
  },
  {
    key: 'vrienden-van-nudge',
    name: 'Vrienden van Nudge Drechtsteden',
    kind: 'community',
    place: 'Drechtsteden',
    focus:
      'Gemeenschap van individuen, eenmanszaken en grote bedrijven die samen werken aan gedragsverandering op het gebied van klimaat, energie, milieu en sociale duurzaamheid.',
    admitsZzp: true,
  },
  {
    key: 'vrouwen-ondernemen-het',
    name: 'Vrouwen Ondernemen Het!',
    kind: 'ondernemersvereniging',
    place: 'Dordrecht',
    focus:
      'Vereniging van vrouwelijke ondernemers uit allerlei branches, met vaste spargroepen en vier keer per jaar een open bijeenkomst.',
  },
  {
    key: 'werkgevers-drechtsteden',
    name: 'Werkgevers Drechtsteden',
    kind: 'ondernemersvereniging',
    place: 'Dordrecht',
    focus:
      'Vereniging van zakelijke (business-to-business) ondernemingen uit verschillende branches in de regio; richt zich vooral op grotere bedrijven, maar sluit kleinere niet uit.',
    notes: 'Geen zzp-ers en detailhandel als lid. Ondersteunt het LeerWerkLoket.',
    admitsZzp: false,
  },
  {
    key: 'wgv-zorg-en-welzijn-zhz',
    name: 'Werkgeversvereniging Zorg en Welzijn Zuid-Holland Zuid',
    abbreviation: 'WGV Zorg en Welzijn ZHZ',
    kind: 'werkgeversvereniging',
    place: 'Dordrecht',
    focus:
      'Werkt aan voldoende personeel voor zorg en welzijn; 29 organisaties zijn aangesloten, met samen zo’n 26.000 werkenden in het werkgebied.',
    sectors: ['zorg', 'welzijn'],
  },
  {
    key: 'zzper-drechtsteden',
    name: 'ZZPer Drechtsteden',
    kind: 'platform',
    place: 'Drechtsteden',
    focus:
      'Platform waar zelfstandige professionals netwerken, samenwerken en kennis delen, met zes bijeenkomsten per jaar.',
    notes: `Aanbevolen kanaal om zzp-ers te informeren.`,
    admitsZzp: true,
  },
];

/** The source of every seeded network: bijlage 6, state of February 2017, "niet uitputtend". */
export const NETWORKS_SOURCE = {
  text: 'Eindrapport Leren en Werken in MKB Regio Drechtsteden (2017), bijlage 6: stand februari 2017, niet uitputtend',
  date: '2017-02-01',
} as const;

/**
 * Websites as bijlage 6 gives them (February 2017); whether they still work is unknown, like
 * whether the network still exists: beheer sets the status once it is checked.
 */
const WEBSITES: Readonly<Record<string, string>> = {
  'cjbd': 'http://www.cjbd.nl',
  'duurzaamheidsfabriek': 'http://www.duurzaamheidsfabriek.nl',
  'de-maatschappij-drechtsteden': 'http://www.de-maatschappij.nl',
  'dov': 'http://www.dov.nl',
  'khn-drechtsteden': 'https://www.khn.nl',
  'maritime-delta': 'http://maritimedelta.nl',
  'meerbusiness-zhz': 'http://zhz.meerbusiness.nl',
  'oka': 'http://www.ondernemerskringalblasserdam.nl',
  'ov-de-noord': 'http://www.ovdenoord.nl',
  'ovp': 'http://ovp-papendrecht.nl',
  'ovz': 'http://www.ovzwijndrecht.nl',
  'port-of-business': 'https://portofbusiness.nl',
  'pobd': 'http://www.pobd.nl',
  'steunpunt-koel': 'https://www.steunpuntkoel.nl',
  'stichting-anders': 'http://stichtinganders.nl',
  'sbbd': 'http://www.sbbd.nl',
  'deltametaal': 'http://www.deltametaal.nl',
  'dock': 'http://www.dockdordrecht.nl',
  'drechtzorg': 'http://www.drechtzorg.nl',
  'financieringsfonds-mkb': 'http://www.ffmkb.nl',
  'voorstraat-noord': 'http://www.voorstraatnoord.nl',
  'young-businessclub-fc-dordrecht': 'http://www.ybc-fcdordrecht.nl',
  'vao': 'http://www.vaonet.nl',
  'vso': 'http://www.vso-sliedrecht.nl',
  'vrienden-van-nudge': 'https://www.nudge.nl',
  'vrouwen-ondernemen-het': 'http://www.vrouwenondernemenhet.nl',
  'werkgevers-drechtsteden': 'https://www.werkgeversdrechtsteden.nl',
  'wgv-zorg-en-welzijn-zhz': 'http://www.zorgenwelzijnzhz.nl',
  'zzper-drechtsteden': 'http://www.zzperdrechtsteden.nl',
};

export const SEED_NETWORKS: readonly Network[] = SEEDS.map((seed) => ({
  ...seed,
  ...(WEBSITES[seed.key] ? { website: WEBSITES[seed.key] } : {}),
  status: 'onbekend' as const,
  source: { ...NETWORKS_SOURCE },
  id: `netwerk-${seed.key}`,
  _clock: {},
  abbreviation: seed.abbreviation ?? null,
  notes: seed.notes ?? '',
  retired: false,
  updatedAt: REFERENCE_SEED_DATE,
}));
