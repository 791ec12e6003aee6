import type { TermSeed } from './terms';

/** Begrippen about organisations, regelingen and the approach of small companies. */
export const ORGANISATION_TERMS: readonly TermSeed[] = [
  {
    key: 'mkb',
    term: 'Midden- en kleinbedrijf',
    abbreviation: 'MKB',
    synonyms: ['mkb', 'mkb-bedrijf', 'MKB-bedrijf', 'mkb-bedrijven', 'MKB-bedrijven'],
    definition:
      'Bedrijven met minder dan 250 medewerkers; in Nederland is bijna elk bedrijf een mkb-bedrijf. Europa deelt ze verder in: micro (minder dan 10), klein (minder dan 50) en middelgroot (minder dan 250), met daarbij grenzen voor omzet of balanstotaal.',
    category: 'organisatie',
    related: ['klein-mkb', 'zzp-er'],
    source: ['001', 'hoofdstuk 2'],
  },
  {
    key: 'klein-mkb',
    term: 'Klein MKB',
    synonyms: ['klein mkb-bedrijf', 'klein MKB-bedrijf', 'kleine mkb-bedrijven'],
    definition:
      'In deze aanpak: bedrijven met hoogstens 25 werknemers. Het rapport van 2017 koos die grens zelf, omdat juist deze bedrijven weinig bereikt worden.',
    category: 'organisatie',
    related: ['mkb', 'blinde-vlek'],
    source: ['001', 'hoofdstuk 1'],
  },
  {
    key: 'zzp-er',
    term: 'Zzp-er',
    synonyms: [
      'zzp’er',
      "zzp'er",
      'zzp-ers',
      'zzp’ers',
      "zzp'ers",
      'zelfstandige zonder personeel',
      'zelfstandig professional',
    ],
    definition:
      'Een zelfstandige zonder personeel. In sommige sectoren kan een zzp-er erkend leerbedrijf worden en zo een student begeleiden; elders lukt dat niet, bijvoorbeeld omdat er geen vervanging is bij afwezigheid.',
    category: 'organisatie',
    related: ['mkb', 'erkend-leerbedrijf'],
    source: ['001', 'hoofdstuk 5'],
  },
  {
    key: 'erkend-leerbedrijf',
    term: 'Erkend leerbedrijf',
    synonyms: ['erkende leerbedrijven', 'leerbedrijf', 'leerbedrijven'],
    definition:
      'Een bedrijf dat van SBB toestemming heeft om mbo-studenten (BOL en BBL) op te leiden in de praktijk. Daarvoor moet onder meer een veilige werkplek, passend werk en een vaste praktijkopleider zijn. Voor een mbo-plaats (bpv), en dus voor subsidie praktijkleren voor zo’n plaats, is de erkenning nodig. Voor een hbo-stage, hbo-duaal of de Mkb-route is geen SBB-erkenning nodig. Zzp-ers kunnen in sommige sectoren erkend worden, in andere niet.',
    category: 'mbo',
    related: ['sbb', 'bpv', 'praktijkbegeleider', 'subsidie-praktijkleren', 'mkb-route'],
    source: ['001', 'paragraaf 3.3 (zzp-ers); voorwaarden: SBB, voorwaarden erkenning'],
  },
  {
    key: 'sbb',
    term: 'Samenwerkingsorganisatie Beroepsonderwijs Bedrijfsleven',
    abbreviation: 'SBB',
    definition:
      'Landelijke organisatie waarin onderwijs en bedrijfsleven samenwerken. SBB erkent en begeleidt leerbedrijven, onderhoudt de mbo-kwalificatiestructuur en geeft informatie over de arbeidsmarkt en stages.',
    category: 'organisatie',
    related: ['erkend-leerbedrijf', 'kwalificatiestructuur', 'bpv'],
    source: ['001', 'paragraaf 3.2'],
  },
  {
    key: 'lwl',
    term: 'LeerWerkLoket Drechtsteden',
    abbreviation: 'LWL',
    synonyms: ['LeerWerkLoket', 'leerwerkloket'],
    definition:
      'Samenwerking van de Drechtsteden, UWV en het Da Vinci College die mensen en bedrijven wegwijs maakt in leren en werken: opleidingen, beroepen, de arbeidsmarkt en leerwerktrajecten. In 2017, toen het rapport verscheen, benaderde het loket bedrijven niet zelf maar kreeg het ze doorverwezen, onder meer via Baanbrekend; het rapport beveelt juist aan dat een vaste adviseur van het loket kleine bedrijven actief benadert.',
    category: 'organisatie',
    related: ['baanbrekend', 'leren-en-werken', 'werkgeversbenadering'],
    source: ['001', 'paragraaf 2.2 en bijlage 4; aanbevelingen in paragraaf 5.2'],
  },
  {
    key: 'baanbrekend',
    term: 'Baanbrekend Drechtsteden',
    synonyms: ['Baanbrekend'],
    definition:
      'De gezamenlijke werkgeversbenadering van de Sociale Dienst Drechtsteden, UWV en Randstad, sinds oktober 2016. Werkgevers hebben er één vast aanspreekpunt, krijgen gratis advies over regelingen en hulp bij het vinden van geschikte werkzoekenden.',
    category: 'organisatie',
    related: ['werkgeversbenadering', 'lwl', 'wsp'],
    source: ['001', 'paragraaf 3.2'],
  },
  {
    key: 'wsp',
    term: 'Werkgeversservicepunt',
    abbreviation: 'WSP',
    definition:
      'Het regionale loket waar werkgevers terechtkunnen voor personeel en regelingen. In de Drechtsteden is het in januari 2017 opgegaan in Baanbrekend.',
    category: 'organisatie',
    related: ['baanbrekend'],
    source: ['001', 'bijlage 4'],
  },
  {
    key: 'praktijkhouder',
    term: 'Praktijkhouder',
    synonyms: ['praktijkhouders'],
    definition:
      'De eigenaar van een praktijk in de eerstelijnszorg, zoals een huisarts. Zulke zorgverleners voelen zich vaak niet aangesproken als ‘mkb-ondernemer’; spreek ze daarom aan als praktijkhouder.',
    category: 'organisatie',
    related: ['mkb', 'werkgeversbenadering'],
    source: ['001', 'hoofdstuk 5'],
  },
  {
    key: 'goa',
    term: 'Gemeenschappelijke Opleidingsactiviteit',
    abbreviation: 'GOA',
    definition:
      'Samenwerking van werkgevers die leerlingen in dienst neemt en ze bij aangesloten bedrijven laat werken, soms afwisselend bij meerdere bedrijven. Zo kan ook een klein bedrijf opleiden zonder zelf het hele risico te dragen. Bekend uit de bouw en de metaal.',
    category: 'organisatie',
    related: ['bbl', 'ontzorgen', 'o-en-o-fonds'],
    source: ['003', 'hoofdstuk 4'],
  },
  {
    key: 'o-en-o-fonds',
    term: 'O&O-fonds',
    synonyms: ['opleidings- en ontwikkelingsfonds', 'O&O-fondsen', 'A&O-fonds', 'sectorfonds'],
    definition:
      'Fonds van een sector, bestuurd door werkgevers en vakbonden samen en betaald uit een afdracht over de loonsom die in de cao is afgesproken. Het fonds geeft werkgevers vaak een bijdrage in de kosten van scholing. Welk fonds geldt, staat meestal in de cao.',
    category: 'regelingen',
    related: ['avv', 'cao', 'goa'],
    source: ['004', 'bijlage 6.1'],
  },
  {
    key: 'avv',
    term: 'Algemeen verbindend verklaring',
    abbreviation: 'AVV',
    synonyms: ['algemeen verbindend verklaard'],
    definition:
      'Besluit van de minister van Sociale Zaken waarmee afspraken uit een cao, of de afdracht aan een O&O-fonds, gaan gelden voor alle werkgevers in die sector, ook als ze geen lid zijn van een werkgeversorganisatie.',
    category: 'regelingen',
    related: ['o-en-o-fonds', 'cao'],
    source: ['004', 'bijlage 6.1'],
  },
  {
    key: 'cao',
    term: 'Collectieve arbeidsovereenkomst',
    abbreviation: 'cao',
    synonyms: ['CAO', 'cao-afspraken'],
    definition:
      'Afspraken over arbeidsvoorwaarden tussen werkgevers en vakbonden in een sector of bedrijf. Bijna iedere cao bevat ook afspraken over scholing, zoals een recht of plicht om te leren of een opleidingsbudget.',
    category: 'regelingen',
    related: ['o-en-o-fonds', 'avv'],
    source: ['004', 'bijlage 6.1'],
  },
  {
    key: 'subsidie-praktijkleren',
    term: 'Subsidie praktijkleren',
    synonyms: ['subsidieregeling praktijkleren'],
    definition:
      'Rijkssubsidie voor erkende leerbedrijven die een leerling of student in de praktijk begeleiden, onder meer bij de BBL. Het rapport van 2017 merkt op dat kleine bedrijven en huisartsen de regeling nauwelijks kenden.',
    category: 'regelingen',
    related: ['erkend-leerbedrijf', 'bbl'],
    source: ['001', 'hoofdstuk 4'],
  },
  {
    key: 'terugbetalingsregeling',
    term: 'Terugbetalingsregeling',
    synonyms: ['studiekostenbeding', 'terugbetaling'],
    definition:
      'Afspraak dat een werknemer (een deel van) de door de werkgever betaalde opleidingskosten terugbetaalt als hij of zij tijdens of kort na de opleiding vertrekt.',
    category: 'regelingen',
    related: ['llo', 'cao'],
    source: ['002', 'paragraaf 4.6.3'],
  },
  {
    key: 'werkgeversbenadering',
    term: 'Werkgeversbenadering',
    definition:
      'De manier waarop gemeenten, UWV en partners samen werkgevers benaderen, zodat een bedrijf één vast aanspreekpunt heeft en niet door verschillende instanties apart wordt gebeld. In de Drechtsteden doet Baanbrekend dat.',
    category: 'aanpak',
    related: ['baanbrekend', 'blinde-vlek', 'ontzorgen'],
    source: ['001', 'hoofdstuk 3'],
  },
  {
    key: 'blinde-vlek',
    term: 'Blinde vlek',
    synonyms: ['blinde vlekken'],
    definition:
      'Bedrijven die (nog) niet of nauwelijks bereikt worden door de werkgeversbenadering, zoals veel kleine mkb-bedrijven en zzp-ers.',
    category: 'aanpak',
    related: ['werkgeversbenadering', 'klein-mkb'],
    source: ['001', 'hoofdstuk 3'],
  },
  {
    key: 'ontzorgen',
    term: 'Ontzorgen',
    synonyms: ['ontzorging'],
    definition:
      'Een klein bedrijf werk uit handen nemen, zoals het zoeken van een kandidaat, het regelen van papierwerk of het aanvragen van een subsidie, zodat leren en werken minder tijd en risico kost.',
    category: 'aanpak',
    related: ['werkgeversbenadering', 'handelingsverlegenheid'],
    source: ['001', 'hoofdstuk 5'],
  },
  {
    key: 'olievlekwerking',
    term: 'Olievlekwerking',
    synonyms: ['olievlek'],
    definition:
      'Klein en gericht beginnen, bijvoorbeeld met een paar kansrijke sectoren, en de aanpak daarna stap voor stap uitbreiden.',
    category: 'aanpak',
    related: ['smart', 'werkgeversbenadering'],
    source: ['001', 'hoofdstuk 5'],
  },
  {
    key: 'smart',
    term: 'SMART-doelen',
    abbreviation: 'SMART',
    synonyms: ['SMART-doel', 'SMART geformuleerd'],
    definition:
      'Doelen die specifiek, meetbaar, haalbaar (acceptabel en realistisch) en tijdgebonden zijn, bijvoorbeeld: dit jaar spreekt elke adviseur minstens een afgesproken aantal kleine bedrijven.',
    category: 'aanpak',
    related: ['olievlekwerking'],
    source: ['001', 'hoofdstuk 5'],
  },
  {
    key: 'wegwijzer',
    term: 'Wegwijzer',
    synonyms: ['wegwijzerfunctie'],
    definition:
      'De afwachtende kant van de dienstverlening van het LeerWerkLoket: informeren en doorverwijzen wie zelf aanklopt, tegenover het actief benaderen van bedrijven.',
    category: 'aanpak',
    related: ['lwl', 'werkgeversbenadering'],
    source: ['000', 'samenvatting'],
  },
];
