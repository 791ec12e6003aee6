import type { SchemeSeed } from './schemes';

/*
 * Regelingen for learning and scholing. Facts, dates and sources come from REGELINGEN-NOTES
 * (collected 23 November 2026) and the seed reports; where a fact was uncertain the text says
 * so instead of guessing.
 */
export const SCHOLING_SCHEMES: readonly SchemeSeed[] = [
  {
    key: 'subsidie-praktijkleren',
    name: 'Subsidieregeling praktijkleren',
    provider: 'Ministerie van OCW, uitgevoerd door RVO',
    audience: ['werkgever'],
    kind: 'subsidie',
    offers:
      'Een bijdrage in de kosten van het begeleiden van een leerling of student op de werkplek, per praktijkplaats en per studiejaar.',
    conditions:
      'Aanvragen doet het bedrijf dat de begeleiding op de werkplek echt geeft; de leerling hoeft niet op de eigen loonlijst te staan als er een geldige praktijkovereenkomst is. In het mbo telt alleen de BBL mee (niet de BOL en niet de derde leerweg), en voor een mbo-plaats moet het bedrijf door SBB erkend leerbedrijf zijn. Voor hbo-duaal en de Mkb-route geldt die SBB-erkenning niet: daar loopt de praktijkplaats via de afspraken met de hogeschool. Ook vmbo-leerwerktrajecten, entree, pro/vso, promovendi en bepaalde duale of deeltijd hbo-opleidingen tellen mee. Welke hbo-sectoren precies meetellen, verschilt per bron: controleer dit bij RVO. Sinds 2023-2024 moet de leerling in het Register Onderwijsdeelnemers van DUO staan. Aanvragen kan na afloop van het studiejaar; in 2025 liep het aanvraagvenster van 2 juni tot 17 september. De regeling is verlengd tot en met studiejaar 2027/28.',
    criteria: {
      needs: ['begeleiding-stagiair', 'financiele-regelingen', 'erkenning-leerbedrijf'],
      region: 'nederland',
      // SBB recognition is an mbo (bpv/BBL) requirement; hbo-duaal and Mkb-route places do not need it.
      erkendLeerbedrijfFor: ['bpvBbl'],
      learningForms: ['bpvBbl', 'mkbRoute'],
    },
    amount:
      'Hoogstens € 2.700 per gerealiseerde praktijkplaats per studiejaar, naar rato van het aantal weken begeleiding. Is het budget overvraagd, dan wordt het bedrag evenredig verlaagd (verwachting 2025: mbo € 2.600 tot € 2.700, hbo € 600 tot € 650).',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'RVO, Subsidieregeling praktijkleren: aanvragen (gecontroleerd 4 juni 2024); SBB, nieuwsbericht 2024',
      url: 'https://www.rvo.nl/subsidies-financiering/praktijkleren/aanvragen',
      date: '2024-06-04',
    },
  },
  {
    key: 'praktijkleren-derde-leerweg',
    name: 'Subsidie praktijkleren derde leerweg',
    provider: 'Ministerie van SZW',
    audience: ['werkgever'],
    kind: 'subsidie',
    offers:
      'Een bijdrage voor het begeleiden op de werkplek van werkzoekenden of werkenden die een mbo-opleiding volgen buiten de bekostigde leerwegen (de derde leerweg, bij een niet door de overheid bekostigde opleider).',
    conditions:
      'Niet voor een gewone BBL-leerling van een bekostigde mbo-school: die valt onder de Subsidieregeling praktijkleren. De deelnemer is werkzoekende of werkende en volgt een mbo-opleiding in de derde leerweg. De begeleiding gebeurt bij een erkend leerbedrijf met een praktijkovereenkomst; de verzamelde bronnen zeggen dat niet met zoveel woorden, dus controleer het bij de aanbieder. Hoogstens 40 weken begeleiding binnen 52 weken. In 2025 was het budget € 2,8 miljoen en liep het aanvraagvenster van 3 tot 28 november. Een bron meldt verlenging tot 2031; dat is niet officieel bevestigd, dus controleer bij de aanbieder.',
    criteria: {
      needs: ['financiele-regelingen', 'scholing-personeel'],
      region: 'nederland',
      erkendLeerbedrijfRequired: true,
      learningForms: ['llo', 'zijInstroom', 'kortTraject'],
      checks: [
        'de deelnemer een mbo-opleiding volgt in de derde leerweg (niet-bekostigd), en dus geen gewone BBL-leerling is',
      ],
    },
    amount: 'Hoogstens € 2.700 per deelnemer.',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'Countus, nieuwsbericht over de subsidie praktijkleren derde leerweg (2025)',
      url: null,
    },
  },
  {
    key: 'slim-regeling',
    name: 'SLIM-regeling',
    provider: 'Ministerie van SZW, uitgevoerd door Uitvoering van Beleid',
    audience: ['werkgever'],
    kind: 'subsidie',
    offers:
      'Subsidie voor mkb-bedrijven die leren en ontwikkelen in hun bedrijf willen stimuleren, bijvoorbeeld met een scan van opleidingsbehoeften, loopbaanadvies of het opzetten van een leercultuur.',
    conditions:
      'Voor een individueel mkb-bedrijf of een samenwerkingsverband van minstens twee mkb-bedrijven. De subsidiabele kosten zijn minstens € 5.000. Vanaf 2025 vergoedt de regeling 60 procent van de kosten voor alle bedrijven; activiteiten die alleen de eigenaar of bestuurder ten goede komen, tellen niet mee. De aanvraagvensters voor 2025 en 2026 zijn niet gevonden, en of zzp-ers kunnen meedoen is onduidelijk: controleer bij de aanbieder.',
    criteria: {
      needs: ['scholing-personeel'],
      kinds: ['mkb'],
      minEmployees: 1,
      maxEmployees: 249,
      region: 'nederland',
    },
    amount:
      'Hoogstens € 24.999 per mkb-bedrijf (€ 20.000 in de landbouw); voor samenwerkingsverbanden hoogstens € 500.000.',
    validFrom: null,
    validUntil: '2029-12-31',
    status: 'actief',
    source: {
      text: 'Staatscourant 2024, 41822 (wijziging en verlenging SLIM-regeling)',
      url: 'https://zoek.officielebekendmakingen.nl/stcrt-2024-41822.html',
    },
  },
  {
    key: 'slim-scholingssubsidie',
    name: 'SLIM-scholingssubsidie (ontwikkelpaden)',
    provider: 'Ministerie van SZW',
    audience: ['werkgever'],
    kind: 'subsidie',
    offers:
      'Subsidie voor werkgevers die medewerkers een opleiding laten volgen binnen een erkend sectoraal ontwikkelpad. Het restant van het STAP-budget is hiervoor ingezet.',
    conditions:
      'Alleen voor opleidingen in erkende ontwikkelpaden van sectoren die voor de samenleving cruciaal zijn: zorg en welzijn, kinderopvang, groen, en techniek, bouw en energie; onderwijs en ICT volgen later. Het vergoedingspercentage hangt af van het opleidingsniveau; de precieze percentages zijn niet gevonden. Voor begin maart 2026 werd een nieuw aanvraagvenster verwacht (een indicatie, geen aankondiging); of en wanneer het is opengegaan, staat niet in de verzamelde bronnen: controleer bij de aanbieder. Bedoeld voor medewerkers: een zzp-er zonder personeel komt er niet voor in aanmerking.',
    criteria: {
      needs: ['scholing-personeel'],
      region: 'nederland',
      minEmployees: 1,
      sectors: ['zorg', 'eerstelijnszorg', 'welzijn', 'landbouw', 'techniek', 'bouw'],
      checks: ['de opleiding hoort bij een erkend sectoraal ontwikkelpad'],
    },
    amount: null,
    validFrom: '2025-03-10',
    validUntil: null,
    status: 'actief',
    source: {
      text: 'Rijksoverheid, nieuwsbericht 3 maart 2025',
      url: 'https://www.rijksoverheid.nl/actueel/nieuws/2025/03/03/slim-scholingssubsidie-beschikbaar-voor-opleidingen-in-maatschappelijk-cruciale-sectoren',
      date: '2025-03-03',
    },
  },
  {
    key: 'stap-budget',
    name: 'STAP-budget',
    provider: 'Rijksoverheid (UWV en DUO)',
    audience: ['werknemer', 'werkzoekende', 'zzp-er'],
    kind: 'subsidie',
    offers: 'Een persoonlijk budget voor scholing dat iemand zelf kon aanvragen.',
    conditions:
      'Gestopt per 1 januari 2024; het laatste aanvraagvenster sloot op 15 november 2023. Het resterende geld is naar de SLIM-scholingssubsidie gegaan.',
    criteria: { region: 'nederland' },
    amount: 'Was hoogstens € 1.000 per persoon per jaar.',
    validFrom: null,
    validUntil: '2023-12-31',
    status: 'beeindigd',
    source: {
      text: 'Rijksoverheid, nieuwsbericht 13 juni 2023',
      url: 'https://www.rijksoverheid.nl/actueel/nieuws/2023/06/13/stap-budget-in-aangepaste-vorm-verder',
      date: '2023-06-13',
    },
  },
  {
    key: 'nl-leert-door',
    name: 'NL leert door',
    provider: 'Ministerie van SZW',
    audience: ['werknemer', 'werkzoekende', 'zzp-er'],
    kind: 'subsidie',
    offers:
      'Steun uit de coronatijd: gratis ontwikkeladvies bij een loopbaanadviseur en gratis (online) scholing, aangevraagd door opleiders.',
    conditions:
      'Beëindigd. Het ontwikkeladvies verviel op 1 januari 2022 en de scholingsregeling op 1 juli 2023. Ook de latere varianten van het ontwikkeladvies zijn afgelopen.',
    criteria: { region: 'nederland' },
    amount: 'Was ongeveer € 700 per ontwikkeladvies; totaal budget € 50 miljoen.',
    validFrom: '2020-08-01',
    validUntil: '2023-06-30',
    status: 'beeindigd',
    source: {
      text: 'wetten.overheid.nl, Tijdelijke subsidieregeling NL leert door',
      url: 'https://wetten.overheid.nl/BWBR0044046/2021-07-10',
    },
  },
  {
    key: 'vrijstelling-scholingskosten',
    name: 'Gerichte vrijstelling scholingskosten in de loonheffing',
    provider: 'Belastingdienst',
    audience: ['werkgever'],
    kind: 'fiscaal',
    offers:
      'Een werkgever kan opleidingskosten van een werknemer onbelast vergoeden of zelf betalen: lesgeld, boeken, leermiddelen en ook EVC. Sinds 2021 geldt dat ook voor oud-werknemers, bijvoorbeeld scholing uit een sociaal plan.',
    conditions:
      'De opleiding is gericht op een toekomstig beroep of op het bijhouden van vakkennis; niemand anders vergoedt de kosten; de vergoeding is toegezegd vóór het einde van het jaar waarin de kosten vallen. De vergoeding gaat niet ten koste van de vrije ruimte van de werkkostenregeling, maar moet wel als eindheffingsloon worden aangewezen. Een beloning voor het halen van het diploma en een studeerkamer vallen er niet onder. Het gaat om loon van werknemers (of oud-werknemers): een zzp-er zonder personeel heeft er niets aan.',
    criteria: { needs: ['scholing-personeel'], minEmployees: 1, region: 'nederland' },
    amount: 'Geen vast bedrag: de werkelijke opleidingskosten mogen onbelast worden vergoed.',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'Fundament voor, juni 2024',
      url: 'https://fundamentvoor.nl/node/51217',
      date: null,
    },
  },
  {
    key: 'levenlanglerenkrediet',
    name: 'Levenlanglerenkrediet',
    provider: 'DUO',
    audience: ['werknemer', 'werkzoekende', 'zzp-er'],
    kind: 'lening',
    offers:
      'Een persoonlijke lening van DUO, geen regeling voor werkgevers: de cursist leent zelf collegegeld of lesgeld als hij geen studiefinanciering meer krijgt, voor hbo en wo (ook deeltijd, duaal of modulair) en voor de BOL in het mbo.',
    conditions:
      'De persoon vraagt het zelf aan bij DUO, niet de werkgever. Niet voor de BBL. Betaalt de werkgever een deel van het collegegeld, dan kan alleen de rest worden geleend. Terugbetalen binnen 15 jaar, met rente. Over de leeftijdsgrens spreken de bronnen elkaar tegen (56 of 57 jaar): controleer bij DUO. Dit is de bestaande voorziening die het dichtst bij ‘leerrechten’ komt.',
    criteria: {
      region: 'nederland',
      checks: ['de cursist geen studiefinanciering meer krijgt en onder de leeftijdsgrens van DUO blijft'],
    },
    amount:
      'Tot de hoogte van het collegegeld of lesgeld; bij instellingscollegegeld tot vijf keer het wettelijk collegegeld.',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'DUO, levenlanglerenkrediet',
      url: 'https://duo.nl/particulier/lifelong-learning-credit/',
    },
  },
  {
    key: 'mkb-idee',
    name: 'MKB!dee (MKB!Idee)',
    provider: 'Ministeries van EZK en SZW',
    audience: ['werkgever'],
    kind: 'subsidie',
    offers:
      'Een tijdelijke, experimentele subsidie voor projecten die mkb-bedrijven helpen meer te investeren in de scholing en ontwikkeling van hun personeel. De monitor van 2023 noemt haar samen met de SLIM-regeling (samen € 57 miljoen).',
    conditions:
      'Niet meer aan te vragen: na de ronde van 2021 is geen nieuwe ronde bekend. Voor leren en ontwikkelen in het mkb is de SLIM-regeling de lopende regeling. De verzamelde bronnen geven geen einddatum; controleer bij RVO als een werkgever ernaar vraagt.',
    criteria: { kinds: ['mkb'], region: 'nederland' },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'beeindigd',
    source: {
      text: 'Monitor LLO Noord-Nederland 2023 (seed 004), paragraaf 6.1; de status komt niet uit de seeds en is te controleren bij RVO',
      url: null,
      date: null,
    },
  },
  {
    key: 'scholingsaftrek',
    name: 'Scholingsaftrek (aftrek studiekosten)',
    provider: 'Belastingdienst',
    audience: ['werknemer', 'werkzoekende', 'zzp-er'],
    kind: 'fiscaal',
    offers:
      'Een persoonlijke aftrekpost in de inkomstenbelasting voor wie zelf studiekosten betaalde. In 2017 ging er volgens de commissie-Sap ongeveer € 200 miljoen in om.',
    conditions:
      'Afgeschaft per 1 januari 2022; het STAP-budget kwam ervoor in de plaats, en dat is op 1 januari 2024 ook gestopt. Studiekosten die een werkgever betaalt, kunnen onder de gerichte vrijstelling in de loonheffing vallen.',
    criteria: { region: 'nederland' },
    amount: null,
    validFrom: null,
    validUntil: '2021-12-31',
    status: 'beeindigd',
    source: {
      text: 'Monitor LLO Noord-Nederland 2023 (seed 004), paragraaf 6.1 (bedrag 2017); afschaffing per 1 januari 2022: algemene kennis, niet uit de seeds',
      url: null,
      date: null,
    },
  },
  {
    key: 'leerrechten',
    name: 'Leerrechten',
    provider: 'Rijksoverheid (alleen verkend)',
    audience: ['werknemer'],
    kind: 'afspraak',
    offers:
      'Geen regeling die iemand kan aanvragen. Leerrechten zijn een begrip uit de rapporten; in november 2023 is een persoonlijk leerrecht alleen verkend. Verwijs voor een lening naar het levenlanglerenkrediet.',
    conditions: 'Niet van toepassing: er bestaat geen aanvraagbare regeling onder deze naam.',
    criteria: {},
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'onbekend',
    // Kept so that a search for "leerrechten" explains the situation; retired so it is never suggested.
    retired: true,
    source: {
      text: 'Opleidingvinden.nl, dossier LLO (november 2023)',
      url: 'https://www.opleidingvinden.nl/dossier-llo',
    },
  },
  {
    key: 'o-en-o-fondsen',
    name: 'O&O-fondsen en sectorale subsidies',
    provider: 'Het O&O-fonds van de eigen sector (werkgevers en vakbonden)',
    audience: ['werkgever', 'werknemer'],
    kind: 'fonds',
    offers:
      'Vaak een bijdrage voor scholing, duurzame inzetbaarheid, instroom en overstap naar ander werk. Er zijn ongeveer 140 fondsen voor zo’n 85 procent van de werknemers.',
    conditions:
      'Welk fonds geldt, staat in de cao die op het bedrijf van toepassing is; anders weet de brancheorganisatie het. De voorwaarden verschillen per sector: controleer bij het fonds.',
    criteria: {
      needs: ['scholing-personeel', 'financiele-regelingen'],
      kinds: ['mkb'],
      minEmployees: 1,
      region: 'nederland',
      checks: ['de cao die voor het bedrijf geldt een O&O-fonds noemt'],
    },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'Samenwerkende O&O-fondsen, veelgestelde vragen',
      url: 'https://samenwerkendeoeno.nl/faq/',
    },
  },
  {
    key: 'cao-scholingsafspraken',
    name: 'Scholingsafspraken in de cao',
    provider: 'Sociale partners van de sector (cao)',
    audience: ['werkgever', 'werknemer'],
    kind: 'afspraak',
    offers:
      'Afspraken over scholing in de cao, zoals een recht of plicht om te leren, scholingsuren of een opleidingsbudget. Bijna iedere werknemer met een cao heeft minstens één zo’n afspraak.',
    conditions:
      'Hangt af van de cao die voor het bedrijf geldt; lees die na of vraag het de brancheorganisatie.',
    criteria: {
      needs: ['scholing-personeel'],
      kinds: ['mkb'],
      minEmployees: 1,
      region: 'nederland',
      checks: ['er een cao voor het bedrijf geldt'],
    },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: { text: 'Monitor LLO Noord-Nederland 2023 (seed 004)', url: null },
  },
];
