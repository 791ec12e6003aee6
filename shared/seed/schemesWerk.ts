import { NO_CONDITIONS_KNOWN } from '../domain/scheme';
import type { SchemeSeed } from './schemes';

/*
 * Regelingen that lower the risk of hiring or keeping someone (the "ontzorgen" instruments of
 * the 2017 report), plus the regional funds. Facts from REGELINGEN-NOTES (23 November 2026).
 */
export const WERK_SCHEMES: readonly SchemeSeed[] = [
  {
    key: 'loonkostensubsidie',
    name: 'Loonkostensubsidie',
    provider: 'Gemeente van de werknemer; in de regio via Baanbrekend Drechtsteden',
    audience: ['werkgever'],
    kind: 'uitkering-loonkosten',
    offers:
      'Een werkgever die iemand aanneemt die (nog) niet het volle minimumloon kan verdienen, krijgt het verschil tussen de loonwaarde en het minimumloon vergoed.',
    conditions:
      'Voor mensen uit de Participatiewet, schoolverlaters van vso, pro of entree, en mensen in het doelgroepregister; Wajongers vallen onder loondispensatie van UWV. Aanvragen vóór de start van het contract; er moet een duurzaam dienstverband in het vooruitzicht zijn. In de Drechtsteden kan het forfaitair (eerst zes maanden 50 procent van het minimumloon, daarna op basis van een loonwaardemeting) of direct met een loonwaardemeting.',
    criteria: {
      needs: ['werving', 'financiele-regelingen'],
      region: 'nederland',
      targetGroups: ['werkzoekende-uitkering', 'arbeidsbeperking'],
    },
    amount:
      'Hoogstens 70% van het wettelijk minimumloon, plus een vergoeding voor werkgeverslasten (23,5%; één bron noemt 23%).',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'Divosa, loonkostensubsidie',
      url: 'https://www.divosa.nl/meedoen/loonkostensubsidie',
    },
  },
  {
    key: 'loondispensatie',
    name: 'Loondispensatie',
    provider: 'UWV',
    audience: ['werkgever'],
    kind: 'uitkering-loonkosten',
    offers:
      'De werkgever betaalt alleen loon naar de loonwaarde van een werknemer met een Wajong-uitkering.',
    conditions:
      'De werknemer is minstens zes maanden lang minstens 25 procent minder productief. Loopt zes maanden tot vijf jaar en kan worden verlengd.',
    criteria: { needs: ['werving'], region: 'nederland', targetGroups: ['arbeidsbeperking'] },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'UWV, 5 vragen over loondispensatie (2019)',
      url: 'https://www.uwv.nl/overuwv/magazines/nlwerkt-online/edities/2019-04/5-vragen-over-loondispensatie/index.aspx',
    },
  },
  {
    key: 'no-risk-polis',
    name: 'No-riskpolis',
    provider: 'UWV',
    audience: ['werkgever'],
    kind: 'uitkering-loonkosten',
    offers:
      'Wordt een werknemer uit de doelgroep ziek, dan betaalt UWV een ziektewetuitkering die de werkgever met het loon verrekent. De ziekte telt niet mee voor de premie van de werkgever. Vooraf aanvragen is niet nodig.',
    conditions:
      'Voor werknemers met onder meer een WIA-, WAO-, WAZ- of Wajong-uitkering, een Wsw-indicatie, een plek in het doelgroepregister of een no-riskverklaring vanwege een scholingsbelemmering. Geldt vijf jaar (bij Wajong, Wsw, beschut werk en banenafspraak zolang de werknemer er werkt). Sommige andere bronnen noemen een kortere duur; UWV is leidend.',
    criteria: { needs: ['werving'], region: 'nederland', targetGroups: ['arbeidsbeperking'] },
    amount: 'Een ziektewetuitkering gedurende hoogstens twee jaar ziekte.',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'UWV, situaties waarin de no-riskpolis geldt',
      url: 'https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/voordelen-en-regelingen-voor-uw-werkgever/no-riskpolis-en-no-riskverklaring/situaties-waarin-de-no-riskpolis-voor-u-geldt',
    },
  },
  {
    key: 'loonkostenvoordeel',
    name: 'Loonkostenvoordeel (LKV)',
    provider: 'Belastingdienst en UWV',
    audience: ['werkgever'],
    kind: 'fiscaal',
    offers:
      'Een tegemoetkoming per verloond uur voor werkgevers die iemand met een arbeidsbeperking, iemand uit de banenafspraak of een werknemer die na ziekte wordt herplaatst in dienst hebben.',
    conditions:
      'Voor een arbeidsgehandicapte werknemer moet binnen drie maanden na de start een doelgroepverklaring zijn aangevraagd. Verschillende LKV’s tellen niet bij elkaar op: het hoogste geldt.',
    criteria: {
      needs: ['werving', 'financiele-regelingen'],
      region: 'nederland',
      targetGroups: ['arbeidsbeperking'],
    },
    amount:
      'Arbeidsgehandicapte werknemer en herplaatsing: € 3,05 per uur, hoogstens € 6.000 per jaar; banenafspraak: € 1,01 per uur, hoogstens € 2.000 per jaar.',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: { text: 'Fundament voor (2026)', url: 'https://www.fundamentvoor.nl/node/58952' },
  },
  {
    key: 'lkv-oudere-werknemer',
    name: 'Loonkostenvoordeel oudere werknemer',
    provider: 'Belastingdienst en UWV',
    audience: ['werkgever'],
    kind: 'fiscaal',
    offers:
      'Een tegemoetkoming voor werkgevers die een werkzoekende van 56 jaar of ouder met een uitkering aannamen.',
    conditions:
      'Afgeschaft per 1 januari 2026. Alleen contracten die vóór 2024 begonnen, houden het voordeel voor de rest van hun drie jaar.',
    criteria: { region: 'nederland', targetGroups: ['oudere', 'werkzoekende-uitkering'] },
    amount: 'Was € 3,05 per uur; voor banen die in 2024 of 2025 begonnen € 1,35 per uur in 2025.',
    validFrom: null,
    validUntil: '2025-12-31',
    status: 'beeindigd',
    source: {
      date: '2023-11-23',
      text: 'Rendement, 23 november 2023',
      url: 'https://www.rendement.nl/lkv-en-jeugd-liv/nieuws/afschaffing-loonkostenvoordeel-ouderen-gaat-stapsgewijs.html',
    },
  },
  {
    key: 'mobiliteitsbonus',
    name: 'Mobiliteitsbonus',
    provider: 'Belastingdienst (premiekorting)',
    audience: ['werkgever'],
    kind: 'fiscaal',
    offers:
      'Een premiekorting voor werkgevers die een oudere werkzoekende of iemand met een arbeidsbeperking aannamen.',
    conditions: 'Beëindigd per 1 januari 2018 en vervangen door het loonkostenvoordeel (LKV).',
    criteria: { region: 'nederland', targetGroups: ['oudere', 'arbeidsbeperking'] },
    amount:
      'Was hoogstens € 7.000 per jaar, drie jaar lang, voor een uitkeringsgerechtigde van 56 jaar of ouder.',
    validFrom: null,
    validUntil: '2017-12-31',
    status: 'beeindigd',
    source: {
      text: 'UWV, mobiliteitsbonus bij ziekte of handicap',
      url: 'https://www.uwv.nl/werkgevers/werknemer-met-uitkering/toelichting-voordelen-en-regelingen/detail/mobiliteitsbonus-bij-ziekte-of-handicap',
    },
  },
  {
    key: 'brugww',
    name: 'BrugWW',
    provider: 'UWV',
    audience: ['werkgever', 'werkzoekende'],
    kind: 'uitkering-loonkosten',
    offers:
      'Iemand met een WW-uitkering die bij een nieuwe werkgever begint en daar wordt omgeschoold, houdt WW voor de uren scholing; de werkgever betaalt alleen de gewerkte uren.',
    conditions:
      'Bestaat sinds 1 april 2016 met of zonder sectorplan. Of de regeling nog loopt of in 2023 is gestopt, is niet gevonden: controleer bij UWV.',
    criteria: { needs: ['werving'], region: 'nederland', targetGroups: ['werkzoekende-uitkering'] },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'onbekend',
    source: {
      text: 'Leren en Werken, UWV-regelingen (zonder datum)',
      url: 'https://www.lerenenwerken.nl/uwv-regelingen',
    },
  },
  {
    key: 'jobcoaching',
    name: 'Jobcoaching',
    provider: 'UWV of de gemeente',
    audience: ['werkgever', 'werknemer'],
    kind: 'uitkering-loonkosten',
    offers:
      'Begeleiding op de werkplek voor een werknemer met een arbeidsbeperking, door een externe jobcoach of door een collega (interne jobcoach). Voor een interne jobcoach krijgt de werkgever een vergoeding.',
    conditions:
      'Er zijn drie routes met elk hun eigen voorwaarden. Externe jobcoach via UWV: de werknemer vraagt die zelf aan, samen met een jobcoach van een door UWV erkende organisatie; UWV beslist binnen acht weken en de coach begeleidt eerst minstens zes maanden. Interne jobcoach via UWV (vergoeding voor de werkgever): een contract van minstens zes maanden en minstens 12 uur per week, met loon van minstens 35 procent van het minimumloon; begeleiding licht, middel of intensief, samen hoogstens drie jaar, verlenging mogelijk. De urenpercentages uit het UWV-protocol van 2016 gelden sinds 1 oktober 2019 niet meer. Via de gemeente (Participatiewet): de gemeente stelt eigen regels; die voor de Drechtsteden zijn niet gevonden.',
    criteria: { needs: ['werving'], region: 'nederland', targetGroups: ['arbeidsbeperking'] },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'UWV, jobcoach (externe jobcoach, zonder datum); AO Metalektro, vergoedingen jobcoach (interne jobcoach, 13 juli 2024)',
      url: 'https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/jobcoach',
      date: '2024-07-13',
    },
  },
  {
    key: 'werken-met-behoud-van-uitkering',
    name: 'Werken met behoud van uitkering (proefplaatsing)',
    provider: 'UWV of de gemeente',
    audience: ['werkgever', 'werkzoekende'],
    kind: 'uitkering-loonkosten',
    offers:
      'Een werkzoekende werkt een tijd op proef bij de werkgever en houdt zijn uitkering; de werkgever betaalt in die periode geen loon.',
    conditions:
      'Bij UWV in de regel twee maanden, uiterlijk zes. De werkgever moet van plan zijn daarna een contract van minstens zes maanden aan te bieden, voor minstens evenveel uren; een proeftijd is daarna niet toegestaan. De kandidaat werkte niet eerder in dezelfde functie bij het bedrijf. Bij de gemeente bepaalt die zelf de duur; voor de Drechtsteden is die niet gevonden.',
    criteria: { needs: ['werving'], region: 'nederland', targetGroups: ['werkzoekende-uitkering'] },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'UWV, proefplaatsing',
      url: 'https://www.uwv.nl/particulieren/voorzieningen/voorzieningen-werk/detail/voordelen-en-regelingen-voor-uw-werkgever/proefplaatsing',
    },
  },
  {
    key: 'baanbonus',
    name: 'Baanbonus',
    provider: 'Baanbrekend Drechtsteden / gemeente',
    audience: ['werkgever'],
    kind: 'subsidie',
    offers:
      'Een financiële tegemoetkoming bij het in dienst nemen van een werkzoekende, genoemd in het rapport van 2017. Wat de bonus nu inhoudt is niet gevonden.',
    conditions: `${NO_CONDITIONS_KNOWN} Of de baanbonus nog bestaat, is niet bekend.`,
    criteria: { region: 'drechtsteden', targetGroups: ['werkzoekende-uitkering'] },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'onbekend',
    source: {
      text: 'Eindrapport Leren en Werken in MKB Regio Drechtsteden (2017), paragraaf 3.3',
      url: null,
      date: '2017-08-01',
    },
  },
  {
    key: 'project-matchmaker',
    name: 'Project Matchmaker',
    provider: 'Project Matchmaker (regionaal project)',
    audience: ['werkgever'],
    kind: 'advies',
    offers:
      'In het rapport van 2017 genoemd als voorbeeld van een overkoepelend orgaan met een coach die stagiaires kan helpen met werknemersvaardigheden, zoals op tijd komen en afspraken nakomen. Wat het project nu doet, staat niet in de bronnen.',
    conditions: `${NO_CONDITIONS_KNOWN} Of het project nog bestaat, is niet bekend.`,
    criteria: { region: 'drechtsteden', needs: ['werknemersvaardigheden', 'begeleiding-stagiair'] },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'onbekend',
    source: {
      text: 'Eindrapport Leren en Werken in MKB Regio Drechtsteden (2017), paragraaf 4.3',
      url: null,
      date: '2017-08-01',
    },
  },
  {
    key: 'advies-baanbrekend',
    name: 'Gratis advies over regelingen',
    provider: 'Baanbrekend Drechtsteden',
    audience: ['werkgever'],
    kind: 'advies',
    offers:
      'Eén vast aanspreekpunt dat gratis meedenkt over personeel en regelingen, kandidaten selecteert uit de eigen bestanden en helpt bij begeleiding en scholing op de werkvloer.',
    conditions: 'Voor werkgevers in de Drechtsteden. Er zijn geen andere voorwaarden bekend.',
    criteria: {
      needs: ['financiele-regelingen', 'administratieve-lasten', 'werving'],
      region: 'drechtsteden',
    },
    amount: 'Gratis.',
    validFrom: null,
    validUntil: null,
    status: 'actief',
    source: {
      text: 'Baanbrekend Drechtsteden, dienstverlening',
      url: 'https://www.baanbrekenddrechtsteden.nl/dienstverlening',
    },
  },
  {
    key: 'financieringsfonds-mkb-drechtsteden',
    name: 'Stichting Financieringsfonds MKB Drechtsteden',
    provider: 'Stichting Financieringsfonds MKB Drechtsteden',
    audience: ['werkgever', 'zzp-er'],
    kind: 'lening',
    offers:
      'Brengt ondernemers uit de regio die financiering zoeken in contact met vermogende (oud-)ondernemers die willen investeren. Een kredietcommissie beoordeelt de aanvragen.',
    conditions: `${NO_CONDITIONS_KNOWN} De gegevens dateren uit februari 2017.`,
    criteria: { kinds: ['mkb', 'zzp'], region: 'drechtsteden' },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'onbekend',
    source: { text: 'Eindrapport 2017, bijlage 6 (stand februari 2017)', url: null, date: '2017-02-01' },
  },
  {
    key: 'mkb-katalysatorfonds',
    name: 'MKB Katalysatorfonds Drechtsteden',
    provider: 'MKB Katalysatorfonds Drechtsteden',
    audience: ['werkgever'],
    kind: 'fonds',
    offers:
      'Regionaal fonds dat in het rapport van 2017 alleen met een webadres wordt genoemd; wat het biedt, staat er niet bij.',
    conditions: NO_CONDITIONS_KNOWN,
    criteria: { kinds: ['mkb'], region: 'drechtsteden' },
    amount: null,
    validFrom: null,
    validUntil: null,
    status: 'onbekend',
    source: {
      text: 'Eindrapport 2017, bijlage 6 (stand februari 2017)',
      url: 'http://www.mkbkatalysatorfondsdrechtsteden.nl/',
      date: '2017-02-01',
    },
  },
];
