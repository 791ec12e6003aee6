import type { Gemeente } from '../domain/common';
import type { SectorKey } from '../domain/sectors';

/**
 * Word lists for the fictional demo set. Company names combine a trade word with an invented
 * family or fantasy name; person names use common first names with invented surnames, so no
 * demo row points at a real person.
 */

export const TRADE_WORDS: Record<SectorKey, readonly string[]> = {
  'zakelijke-dienstverlening': ['Adviesbureau', 'Administratiekantoor', 'Schoonmaakbedrijf', 'Vertaalbureau', 'Uitzendbureau', 'Beveiliging'],
  detailhandel: ['Bakkerij', 'Slagerij', 'Bloemenhuis', 'Fietsenwinkel', 'Boekhandel', 'Kaashandel', 'Opticien', 'Speelgoedwinkel'],
  groothandel: ['Groothandel', 'Technische Groothandel', 'Visgroothandel', 'Bouwmaterialenhandel'],
  'transport-logistiek': ['Transport', 'Koeriersdienst', 'Verhuisbedrijf', 'Rederij', 'Expeditie'],
  industrie: ['Metaalwerken', 'Machinefabriek', 'Drukkerij', 'Jachtbouw', 'Meubelmakerij'],
  techniek: ['Installatietechniek', 'Elektrotechniek', 'Klimaattechniek', 'Autobedrijf', 'Scheepsreparatie'],
  bouw: ['Bouwbedrijf', 'Schildersbedrijf', 'Timmerbedrijf', 'Dakdekkersbedrijf', 'Stukadoorsbedrijf'],
  zorg: ['Thuiszorg', 'Zorgboerderij', 'Zorgbemiddeling'],
  eerstelijnszorg: ['Fysiotherapie', 'Huisartsenpraktijk', 'Tandartspraktijk', 'Logopediepraktijk', 'Podotherapie'],
  welzijn: ['Kinderopvang', 'Buitenschoolse Opvang', 'Buurtwerk'],
  horeca: ['Eetcafé', 'Lunchroom', 'Restaurant', 'Hotel', 'Cateringbedrijf'],
  onderwijs: ['Bijlesinstituut', 'Rijschool', 'Taalschool'],
  overheid: ['Stichting Wijkbeheer'],
  ict: ['Softwarebureau', 'Webbouwer', 'ICT-beheer', 'Netwerkbeheer'],
  financieel: ['Assurantiekantoor', 'Hypotheekadvies', 'Boekhoudkantoor'],
  creatief: ['Ontwerpstudio', 'Fotostudio', 'Reclamebureau', 'Muziekschool'],
  landbouw: ['Kwekerij', 'Hoveniersbedrijf', 'Melkveebedrijf'],
  overig: ['Kapsalon', 'Schoonheidssalon', 'Stomerij', 'Hondenuitlaatservice'],
};

/** Invented names that sound like the river towns but belong to nobody. */
export const FANTASY_NAMES = [
  'De Zoete Inval', 'Het Gouden Anker', 'De Merwepunt', 'Het Drechtse Hart', 'De Vrolijke Kade',
  'Het Blauwe Getij', 'De Rode Sluis', 'Het Oude Veer', 'De Stille Waard', 'De Groene Griend',
  'Het Zilveren Schip', 'De Wakkere Walvis', 'De Noordhoek', 'Het Verre Oever', 'De Lindehof',
  'De Kleine Haven', 'Het Kruispunt', 'De Zeven Dijken', 'Het Houten Roer', 'De Rietkraag',
];

export const INVENTED_SURNAMES = [
  'Oeverdijk', 'Kadegraaf', 'Van Merwestein', 'Griendhout', 'Van Waardhoven', 'Dijkveld', 'Sluismans',
  'Van Drechtoord', 'Rietkamp', 'Veerbeek', 'Van Kreekzijl', 'Polderman-Zuid', 'Havermeer', 'Van Lindewaard',
  'Zandkreek', 'Ankersmit-Oost', 'Van Beneden-Wiel', 'Stroomberg', 'Kribbendijk', 'Van Getijdenhoek',
];

export const FIRST_NAMES = [
  'Anna', 'Bram', 'Charlotte', 'Daan', 'Esra', 'Fleur', 'Gijs', 'Hanna', 'Ilias', 'Julia', 'Kees',
  'Lotte', 'Mohamed', 'Noor', 'Olaf', 'Priya', 'Ruben', 'Sanne', 'Thijs', 'Yara', 'Wim', 'Zeynep',
];

export const FUNCTIONS = [
  'Eigenaar', 'Directeur', 'Bedrijfsleider', 'Praktijkhouder', 'Office manager', 'HR-adviseur',
  'Teamleider', 'Praktijkopleider', 'Vestigingsmanager',
];

export const STREETS = [
  'Kerkstraat', 'Industrieweg', 'Havenkade', 'Dorpsstraat', 'Molenstraat', 'Rivierdijk', 'Stationsweg',
  'Nijverheidsweg', 'Marktplein', 'Parallelweg', 'Handelsweg', 'Lindelaan', 'Scheepmakerij', 'Veerweg',
];

/** Postcode ranges (first four digits) per gemeente, for realistic but generated addresses. */
export const POSTCODE_RANGES: Record<Exclude<Gemeente, 'buiten-regio'>, readonly [number, number]> = {
  alblasserdam: [2951, 2954],
  dordrecht: [3311, 3329],
  'hendrik-ido-ambacht': [3341, 3344],
  papendrecht: [3351, 3356],
  sliedrecht: [3361, 3364],
  zwijndrecht: [3331, 3335],
};

/** How the place is written in lists; several spellings for Hendrik-Ido-Ambacht on purpose. */
export const PLACE_SPELLINGS: Record<Exclude<Gemeente, 'buiten-regio'>, readonly string[]> = {
  alblasserdam: ['Alblasserdam'],
  dordrecht: ['Dordrecht', 'DORDRECHT'],
  'hendrik-ido-ambacht': ['Hendrik-Ido-Ambacht', 'H.I. Ambacht', 'Hendrik Ido Ambacht'],
  papendrecht: ['Papendrecht'],
  sliedrecht: ['Sliedrecht'],
  zwijndrecht: ['Zwijndrecht', 'Heerjansdam'],
};
