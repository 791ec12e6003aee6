import type { TermSeed } from './terms';

/*
 * Begrippen the app itself uses (in regelingen, guides and matching reasons) or the seeds lean
 * on, added for issue 15. Each names its source: a seed report and its part, or ('extern') the
 * public source collected in REGELINGEN-NOTES (23 November 2026). Texts in our own words.
 */
export const EXTRA_TERMS: readonly TermSeed[] = [
  {
    key: 'slim',
    term: 'SLIM-regeling',
    abbreviation: 'SLIM',
    synonyms: ['SLIM-subsidie', 'Stimulering LeerCultuur in het mkb'],
    definition:
      'Subsidie van het ministerie van SZW voor mkb-bedrijven (alleen of samen met andere) die leren en ontwikkelen in hun bedrijf willen stimuleren, bijvoorbeeld met een scan van opleidingsbehoeften of loopbaanadvies. Verlengd tot 2030; vanaf 2025 vergoedt ze 60 procent van de kosten. Daarnaast bestaat sinds 2025 de SLIM-scholingssubsidie voor opleidingen in erkende sectorale ontwikkelpaden.',
    category: 'regelingen',
    related: ['llo', 'stap-budget', 'leercultuur'],
    source: ['004', 'bijlage 6.1; feiten: Staatscourant 2024, 41822'],
  },
  {
    key: 'stap-budget',
    term: 'STAP-budget',
    abbreviation: 'STAP',
    synonyms: ['STAP', 'Stimulans Arbeidsmarktpositie'],
    definition:
      'Een persoonlijk budget van hoogstens € 1.000 per jaar dat iemand zelf kon aanvragen voor scholing. Gestopt per 1 januari 2024; het geld dat over was, ging naar de SLIM-scholingssubsidie.',
    category: 'regelingen',
    related: ['slim', 'llo'],
    source: ['004', 'bijlage 6.1; einde: Rijksoverheid, 13 juni 2023'],
  },
  {
    key: 'derde-leerweg',
    term: 'Derde leerweg',
    definition:
      'Een mbo-opleiding (of een deel ervan) buiten de door de overheid bekostigde leerwegen BOL en BBL, bij een niet-bekostigde opleider. Bedoeld voor werkenden en werkzoekenden. Een gewone BBL-leerling volgt dus geen derde leerweg. Voor de begeleiding op de werkplek is er een eigen subsidie praktijkleren derde leerweg.',
    category: 'mbo',
    related: ['bbl', 'bol', 'bekostigd-onderwijs', 'subsidie-praktijkleren'],
    source: ['extern', 'REGELINGEN-NOTES §1 (subsidie praktijkleren derde leerweg, 2025)'],
  },
  {
    key: 'praktijkovereenkomst',
    term: 'Praktijkovereenkomst',
    synonyms: ['praktijkovereenkomsten', 'bpv-overeenkomst'],
    definition:
      'De overeenkomst tussen student, school en leerbedrijf over de beroepspraktijkvorming: waar, hoe lang en met welke begeleiding de student in de praktijk leert. Voor de subsidie praktijkleren moet er een geldige praktijkovereenkomst zijn; de student hoeft dan niet op de eigen loonlijst te staan.',
    category: 'mbo',
    related: ['bpv', 'erkend-leerbedrijf', 'subsidie-praktijkleren'],
    source: ['extern', 'REGELINGEN-NOTES §1 (Innovista, zonder datum)'],
  },
  {
    key: 'register-onderwijsdeelnemers',
    term: 'Register Onderwijsdeelnemers',
    abbreviation: 'ROD',
    definition:
      'Het register van DUO waarin staat wie bij welke opleiding ingeschreven is. Sinds studiejaar 2023-2024 moet een leerling of student daarin staan voordat het leerbedrijf voor hem of haar subsidie praktijkleren kan krijgen.',
    category: 'organisatie',
    related: ['subsidie-praktijkleren'],
    source: ['extern', 'REGELINGEN-NOTES §1 (SBB, 2024)'],
  },
  {
    key: 'doelgroepregister',
    term: 'Doelgroepregister (banenafspraak)',
    synonyms: ['banenafspraak', 'doelgroep banenafspraak', 'doelgroepverklaring'],
    definition:
      'Het register van UWV van mensen die vallen onder de banenafspraak: mensen met een arbeidsbeperking die niet zelfstandig het minimumloon kunnen verdienen. Werkgevers die iemand uit het register in dienst nemen, kunnen onder meer de no-riskpolis, loonkostensubsidie en het loonkostenvoordeel krijgen.',
    category: 'regelingen',
    related: ['participatiewet', 'loonwaarde', 'wajong-wia-wsw'],
    source: ['extern', 'REGELINGEN-NOTES §5 en §6 (UWV, Divosa)'],
  },
  {
    key: 'participatiewet',
    term: 'Participatiewet',
    definition:
      'De wet waarmee gemeenten mensen ondersteunen die kunnen werken maar dat niet op eigen kracht lukt, en die de bijstand regelt. Loonkostensubsidie, proefplaatsingen bij de gemeente en jobcoaching via de gemeente komen uit deze wet. In de Drechtsteden voert de Sociale Dienst Drechtsteden haar uit; werkgevers kunnen terecht bij Baanbrekend.',
    category: 'regelingen',
    related: ['loonwaarde', 'doelgroepregister', 'baanbrekend'],
    source: ['extern', 'REGELINGEN-NOTES §5, §7, §8 en §14'],
  },
  {
    key: 'loonwaarde',
    term: 'Loonwaarde',
    synonyms: ['loonwaardemeting'],
    definition:
      'Wat een werknemer met een arbeidsbeperking in een bepaalde functie aan werk levert, uitgedrukt als deel van het gewone loon voor die functie. Een loonwaardemeting op de werkplek stelt het vast; het verschil met het minimumloon is de basis voor loonkostensubsidie of loondispensatie.',
    category: 'regelingen',
    related: ['participatiewet', 'doelgroepregister'],
    source: ['extern', 'REGELINGEN-NOTES §5 en §14 (Divosa; Baanbrekend Drechtsteden)'],
  },
  {
    key: 'wajong-wia-wsw',
    term: 'Wajong, WIA en Wsw',
    synonyms: ['Wajong', 'WIA', 'Wsw', 'WAO', 'wajonger'],
    definition:
      'Regelingen voor mensen met een arbeidsbeperking. De Wajong is een uitkering van UWV voor wie al jong een beperking heeft; de WIA geldt voor wie na langdurige ziekte minder kan werken (de WAO was de voorganger); de Wsw was de sociale werkvoorziening. Voor werknemers met zo’n achtergrond kan de werkgever onder meer de no-riskpolis en, bij de Wajong, loondispensatie krijgen.',
    category: 'regelingen',
    related: ['doelgroepregister', 'loonwaarde', 'participatiewet'],
    source: ['extern', 'REGELINGEN-NOTES §5 en §6 (UWV)'],
  },
  {
    key: 'statushouder',
    term: 'Statushouder',
    synonyms: ['statushouders', 'vergunninghouder'],
    definition:
      'Iemand die als vluchteling een verblijfsvergunning heeft gekregen en in een gemeente woont. De leidraden noemen statushouders als mogelijke doelgroep van korte opleidingstrajecten met baangarantie.',
    category: 'aanpak',
    related: ['kort-traject'],
    source: ['001', 'bijlage 4 (interviewleidraden)'],
  },
  {
    key: 'vmbo-leerwerktraject',
    term: 'Vmbo-leerwerktraject',
    synonyms: ['leerwerktraject', 'leerwerktrajecten'],
    definition:
      'Een route in de basisberoepsgerichte leerweg van het vmbo (leerjaar 3 en 4) waarin de leerling een groot deel van de tijd bij een bedrijf leert. Het begeleiden van zo’n leerling telt mee voor de subsidie praktijkleren.',
    category: 'leervormen',
    related: ['subsidie-praktijkleren', 'bpv'],
    source: ['extern', 'REGELINGEN-NOTES §1 (Innovista, zonder datum)'],
  },
  {
    key: 'leer-en-ontwikkelcoach',
    term: 'Leer- en ontwikkelcoach',
    abbreviation: 'LOC',
    synonyms: ['leer- en ontwikkelcoaches', 'ontwikkelcoach'],
    definition:
      'Een ondersteunende rol vanuit het onderwijs: iemand die bedrijven en hun medewerkers langere tijd begeleidt bij leren en ontwikkelen, op basis van vertrouwen. De monitor noemt de rol naast praktijkbegeleiders en loopbaan- en studieadviseurs.',
    category: 'llo',
    related: ['llo', 'praktijkbegeleider', 'leercultuur'],
    source: ['004', 'hoofdstuk 1 en paragraaf 5.2'],
  },
  {
    key: 'leertafel',
    term: 'Leertafel',
    synonyms: ['leertafels'],
    definition:
      'Een gespreksronde met werkgevers uit een netwerk over leren in hun bedrijven. Het gesprek loopt in vijf stappen: zorgen van het bedrijf, de koppeling met leren, voorbeelden, waarom het lastig is, en hoe het sterker kan. Een hulpmiddel daarbij zijn de vier T’s: taal, tijd, toegang en tempo.',
    category: 'aanpak',
    related: ['leercultuur', 'lerend-netwerk'],
    source: ['004', 'hoofdstuk 5 en bijlage 6.6'],
  },
  {
    key: 'job-carving',
    term: 'Job carving',
    synonyms: ['jobcarving', 'taakcreatie'],
    definition:
      'Werk zo opdelen of aanpassen dat het past bij wat een medewerker kan. In het model van vijf ontwikkelniveaus is het het eerste, herstellende niveau; daarna volgen vakgericht bijspijkeren, baangericht opleiden, loopbaangericht en toekomstgericht ontwikkelen.',
    category: 'llo',
    related: ['llo'],
    source: ['002', 'paragraaf 4.2.2'],
  },
  {
    key: 'bekostigd-onderwijs',
    term: 'Bekostigd en niet-bekostigd onderwijs',
    synonyms: ['bekostigd onderwijs', 'niet-bekostigd onderwijs', 'particulier onderwijs'],
    definition:
      'Bij bekostigd onderwijs betaalt de overheid de school of hogeschool om de opleiding te geven; bij niet-bekostigd (particulier) onderwijs niet. Ook een particuliere opleiding kan tot een erkend diploma leiden als ze geaccrediteerd is.',
    category: 'llo',
    related: ['nvao', 'post-initieel-onderwijs', 'derde-leerweg'],
    source: ['004', 'bijlage 6.2'],
  },
  {
    key: 'nvao',
    term: 'Nederlands-Vlaamse Accreditatieorganisatie',
    abbreviation: 'NVAO',
    definition:
      'De organisatie die beoordeelt of opleidingen in het hoger onderwijs aan de wettelijke eisen voldoen. Een geaccrediteerde opleiding, ook van een particuliere instelling, leidt tot een officieel erkend diploma.',
    category: 'hoger-onderwijs',
    related: ['bekostigd-onderwijs'],
    source: ['004', 'bijlage 6.2'],
  },
  {
    key: 'duurzame-inzetbaarheid',
    term: 'Duurzame inzetbaarheid',
    definition:
      'Ervoor zorgen dat medewerkers nu en later gezond, gemotiveerd en bekwaam kunnen blijven werken. Bijna alle O&O-fondsen zijn ermee bezig, bijvoorbeeld met bijdragen voor scholing of loopbaanadvies.',
    category: 'llo',
    related: ['llo', 'o-en-o-fonds'],
    source: ['004', 'bijlage 6.1'],
  },
  {
    key: 'op-bij-omscholing',
    term: 'Op-, bij- en omscholing',
    synonyms: ['opscholing', 'bijscholing', 'omscholing', 'omscholen'],
    definition:
      'Drie vormen van scholing voor wie al werkt: opscholing naar een hoger niveau, bijscholing om in het eigen vak bij te blijven, en omscholing naar een ander vak. Omscholing naar een ander vak of een andere sector heet ook zij-instroom.',
    category: 'leervormen',
    related: ['zij-instroom', 'llo', 'leren-en-werken'],
    source: ['001', 'paragraaf 4.1'],
  },
];
