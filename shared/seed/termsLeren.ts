import type { TermSeed } from './terms';

/** Begrippen about ways of learning: leervormen, mbo, hoger onderwijs and LLO. */
export const LEARNING_TERMS: readonly TermSeed[] = [
  {
    key: 'leren-en-werken',
    term: 'Leren en Werken',
    synonyms: ['Leren & Werken', 'werkend leren'],
    definition:
      'Verzamelnaam voor alle manieren waarop leren en werken samengaan. Het rapport uit 2017 noemt vier vormen: de beroepspraktijkvorming in het mbo, stages in hbo en wo, korte opleidingen met een baan als uitkomst en EVC. Ook op-, bij- en omscholing van eigen personeel valt eronder.',
    category: 'leervormen',
    related: ['bpv', 'stage-hbo', 'kort-traject', 'evc', 'programma-leren-en-werken'],
    source: ['001', 'hoofdstuk 1 en bijlage 5'],
  },
  {
    key: 'programma-leren-en-werken',
    term: 'Programma Leren en Werken',
    definition:
      'Landelijk programma dat sinds eind 2009 werkt aan een betere aansluiting tussen onderwijs en arbeidsmarkt. Speerpunten zijn werkend leren, loopbaanadvies en EVC.',
    category: 'leervormen',
    related: ['leren-en-werken', 'lwl', 'evc'],
    source: ['001', 'bijlage 4 (informatieblok in de interviewleidraden)'],
  },
  {
    key: 'bpv',
    term: 'Beroepspraktijkvorming',
    abbreviation: 'bpv',
    synonyms: ['beroepspraktijkvorming', 'bpv-plaats', 'leerwerkplek'],
    definition:
      'Het deel van een mbo-opleiding dat de student in de praktijk leert, bij een erkend leerbedrijf. Het verloopt in drie stappen: een passende student vinden en de plek voorbereiden, de student begeleiden en tot slot beoordelen wat hij of zij kan.',
    category: 'mbo',
    related: ['bol', 'bbl', 'erkend-leerbedrijf', 'praktijkbegeleider', 'sbb'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'bol',
    term: 'Beroepsopleidende leerweg',
    abbreviation: 'BOL',
    synonyms: ['beroepsopleidende leerweg'],
    definition:
      'Mbo-leerweg waarin de student vooral op school leert en daarnaast stage loopt. Tussen een vijfde en ruim de helft van de opleiding (20 tot 60 procent) is praktijk. Het diploma is hetzelfde als in de BBL.',
    category: 'mbo',
    related: ['bbl', 'bpv', 'kwalificatiestructuur'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'bbl',
    term: 'Beroepsbegeleidende leerweg',
    abbreviation: 'BBL',
    synonyms: ['beroepsbegeleidende leerweg'],
    definition:
      'Mbo-leerweg waarin de student vooral werkt: minstens 60 procent van de tijd bij een leerbedrijf, meestal met een arbeidscontract, en daarnaast meestal één dag per week naar school. Het diploma is hetzelfde als in de BOL.',
    category: 'mbo',
    related: ['bol', 'bpv', 'erkend-leerbedrijf', 'subsidie-praktijkleren'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'mbo-niveaus',
    term: 'Mbo-niveau',
    synonyms: ['kwalificatieniveau', 'mbo-niveaus', 'niveau 1', 'niveau 2', 'niveau 3', 'niveau 4'],
    definition:
      'Het mbo kent vier niveaus. Niveau 1 is de entreeopleiding, niveau 2 de basisberoepsopleiding, niveau 3 de vakopleiding en niveau 4 de middenkader- of specialistenopleiding. Hoe hoger het niveau, hoe zelfstandiger en complexer het werk waarvoor iemand wordt opgeleid.',
    category: 'mbo',
    related: [
      'entreeopleiding',
      'basisberoepsopleiding',
      'vakopleiding',
      'middenkaderopleiding',
      'specialistenopleiding',
    ],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'entreeopleiding',
    term: 'Entreeopleiding',
    synonyms: ['entree'],
    definition:
      'Opleiding van één jaar op mbo-niveau 1, voor wie geen vooropleiding heeft die toegang geeft tot een hoger niveau. Bereidt voor op eenvoudig werk of op doorstromen naar niveau 2.',
    category: 'mbo',
    related: ['mbo-niveaus', 'basisberoepsopleiding', 'startkwalificatie'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'basisberoepsopleiding',
    term: 'Basisberoepsopleiding',
    definition:
      'Mbo-opleiding van twee jaar op niveau 2. Leidt op voor uitvoerend werk en geeft een startkwalificatie.',
    category: 'mbo',
    related: ['mbo-niveaus', 'vakopleiding', 'startkwalificatie'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'vakopleiding',
    term: 'Vakopleiding',
    definition:
      'Mbo-opleiding van drie jaar op niveau 3. Daarna kan iemand zelfstandig het vak uitoefenen.',
    category: 'mbo',
    related: ['mbo-niveaus', 'specialistenopleiding', 'middenkaderopleiding'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'middenkaderopleiding',
    term: 'Middenkaderopleiding',
    definition:
      'Mbo-opleiding van drie of vier jaar op niveau 4. Leidt op voor zelfstandig werk met verantwoordelijkheid, soms met een leidinggevende rol, en geeft toegang tot het hbo.',
    category: 'mbo',
    related: ['mbo-niveaus', 'specialistenopleiding'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'specialistenopleiding',
    term: 'Specialistenopleiding',
    definition:
      'Opleiding van één jaar op mbo-niveau 4 die iemand volgt na een passende vakopleiding, om zich in het vak te specialiseren.',
    category: 'mbo',
    related: ['mbo-niveaus', 'vakopleiding'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'kwalificatiestructuur',
    term: 'Kwalificatiestructuur',
    definition:
      'Het landelijke overzicht van alle mbo-beroepen en wat iemand moet kunnen om daarvoor een diploma te krijgen. Het bestaat uit kwalificatiedossiers: per beroep of groep beroepen één dossier. SBB houdt het bij. BOL en BBL leiden op binnen dezelfde structuur, daarom is het diploma gelijk.',
    category: 'mbo',
    related: ['sbb', 'bol', 'bbl'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'startkwalificatie',
    term: 'Startkwalificatie',
    definition:
      'Het minimale diploma waarmee iemand een goede kans op werk heeft. De rapporten noemen het begrip zonder het niveau te omschrijven; gewoonlijk gaat het om een havo- of vwo-diploma of een mbo-diploma vanaf niveau 2. Vrouwen zonder startkwalificatie zijn een doelgroep van het LeerWerkLoket.',
    category: 'mbo',
    related: ['basisberoepsopleiding', 'entreeopleiding', 'lwl'],
    source: ['001', 'hoofdstuk 5'],
  },
  {
    key: 'stage-hbo',
    term: 'Stage hbo',
    synonyms: ['hbo-stage'],
    definition:
      'Een hbo-student werkt een tijd in een bedrijf om wat hij of zij leert in de praktijk te brengen. Meestal duurt dat twee tot twaalf maanden; het kan een oriënterende stage zijn of een afstudeeropdracht.',
    category: 'hoger-onderwijs',
    related: ['stage-wo', 'leren-en-werken', 'duaal-opleiden'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'stage-wo',
    term: 'Stage wo',
    synonyms: ['wo-stage', 'universitaire stage'],
    definition:
      'Een universitaire student werkt tijdelijk in een bedrijf, vaak voor onderzoek of een afstudeeropdracht. Net als in het hbo duurt zo’n stage meestal twee tot twaalf maanden.',
    category: 'hoger-onderwijs',
    related: ['stage-hbo', 'leren-en-werken'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'associate-degree',
    term: 'Associate degree',
    abbreviation: 'Ad',
    synonyms: ['Ad-opleiding', 'associate degree-opleiding'],
    definition:
      'Tweejarige hbo-opleiding met een eigen, erkend diploma, een stap onder de bachelor. Past bij wie praktisch wil doorleren, bijvoorbeeld een Ad Bouwkunde naast het werk. Bij werkgevers is deze opleiding nog weinig bekend.',
    category: 'hoger-onderwijs',
    related: ['mkb-route', 'duaal-opleiden'],
    source: ['003', 'hoofdstuk 1 en 4'],
  },
  {
    key: 'mkb-route',
    term: 'Mkb-route',
    // Not a synonym of hbo-duaal: the Mkb-route is one form of it (see duaal-opleiden).
    synonyms: ['Mkb-route in het hbo', 'mkb route'],
    definition:
      'Duale hbo-opleiding (Ad of bachelor) waarbij de student in dienst is van een mkb-bedrijf en daar salaris krijgt. Werken en leren lopen tegelijk en horen bij elkaar; student, hogeschool en bedrijf leggen afspraken vast in een driepartijenovereenkomst. Het lijkt op de BBL, maar dan in het hbo.',
    category: 'hoger-onderwijs',
    related: ['tripartiete-overeenkomst', 'associate-degree', 'duaal-opleiden', 'bbl'],
    source: ['003', 'hoofdstuk 1'],
  },
  {
    key: 'duaal-opleiden',
    term: 'Duaal opleiden',
    synonyms: ['duale opleiding', 'duaal leren', 'hbo-duaal', 'duaal hbo'],
    definition:
      'Opleiden waarbij werken en leren tegelijk gebeuren: een deel van de opleiding vindt plaats op de werkplek. In het mbo heet dat de BBL. In het hbo heet het hbo-duaal; de Mkb-route is daar één vorm van, waarbij de student in dienst is van een mkb-bedrijf.',
    category: 'leervormen',
    related: ['bbl', 'mkb-route'],
    source: ['003', 'hoofdstuk 1'],
  },
  {
    key: 'tripartiete-overeenkomst',
    term: 'Tripartiete overeenkomst',
    synonyms: ['driepartijenovereenkomst'],
    definition:
      'Overeenkomst tussen student, hogeschool en werkgever waarin staat wat ieder doet tijdens een duale opleiding, zoals in de Mkb-route.',
    category: 'hoger-onderwijs',
    related: ['mkb-route', 'praktijkbegeleider'],
    source: ['003', 'hoofdstuk 1'],
  },
  {
    key: 'praktijkbegeleider',
    term: 'Praktijkbegeleider',
    synonyms: ['praktijkopleider', 'werkbegeleider'],
    definition:
      'De collega die een student of leerling op de werkplek begeleidt. In het mbo stelt SBB eisen aan deze begeleiding; voor duale hbo-opleidingen zijn er geen landelijke eisen.',
    category: 'leervormen',
    related: ['bpv', 'erkend-leerbedrijf', 'mkb-route'],
    source: ['003', 'hoofdstuk 4'],
  },
  {
    key: 'kort-traject',
    term: 'Korte opleidingstrajecten met baangarantie',
    synonyms: [
      'kort opleidingstraject met baangarantie',
      'kort opleidingstraject',
      'korte opleidingstrajecten',
    ],
    definition:
      'Korte, gerichte opleiding van enkele weken voor werkzoekenden, meestal voor werk op een eenvoudiger niveau, met een baan als uitkomst. Een voorbeeld is een cursus steigerbouw.',
    category: 'leervormen',
    related: ['leren-en-werken', 'baanbrekend'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'evc',
    term: 'Erkenning Verworven Competenties',
    abbreviation: 'EVC',
    synonyms: ['Ervaringscertificaat', 'EVC-traject', 'erkenning van verworven competenties'],
    definition:
      'Een manier om zichtbaar te maken wat iemand al kan, ook als dat buiten school is geleerd: op het werk, thuis of als vrijwilliger. Wat is aangetoond, levert een ervaringscertificaat op en soms vrijstellingen of zelfs een diploma.',
    category: 'leervormen',
    related: ['leren-en-werken', 'informeel-leren', 'llo'],
    source: ['001', 'bijlage 5'],
  },
  {
    key: 'werknemersvaardigheden',
    term: 'Werknemersvaardigheden',
    synonyms: ['werknemersvaardigheid'],
    definition:
      'Het gewone gedrag dat een werkgever van iedere medewerker verwacht: op tijd komen, afspraken nakomen en je niet onnodig ziek melden. Werkgevers noemen het ontbreken hiervan een knelpunt bij stagiairs.',
    category: 'leervormen',
    related: ['bpv', 'ontzorgen'],
    source: ['001', 'hoofdstuk 4'],
  },
  {
    key: 'leerrechten',
    term: 'Leerrechten',
    synonyms: ['leerrecht'],
    definition:
      'Het idee dat iedereen recht heeft op een door de overheid bekostigde bachelor- en masteropleiding, ook als dat recht pas later wordt gebruikt. Het is een begrip, geen regeling waarvoor een werkgever kan aanvragen; voor wie later wil studeren bestaat wel het levenlanglerenkrediet van DUO.',
    category: 'llo',
    related: ['llo', 'post-initieel-onderwijs'],
    source: ['004', 'bijlage 6.2'],
  },
  {
    key: 'llo',
    term: 'Leven lang ontwikkelen',
    abbreviation: 'LLO',
    definition:
      'Je hele werkende leven blijven leren en je talenten benutten, uit eigen motivatie en binnen je mogelijkheden. Het dient drie doelen: persoonlijke groei, inzetbaar en productief blijven op het werk, en meedoen in de samenleving. In metingen telt vooral onderwijs dat iemand volgt na de eerste opleiding.',
    category: 'llo',
    related: ['leven-lang-leren', 'leercultuur', 'post-initieel-onderwijs', 'zij-instroom'],
    source: ['002', 'hoofdstuk 2'],
  },
  {
    key: 'leven-lang-leren',
    term: 'Leven lang leren',
    synonyms: ['levenlang leren'],
    definition:
      'Oudere naam voor leven lang ontwikkelen: ook na de schooltijd blijven leren. Het LeerWerkLoket werkt eraan dat dit voor meer mensen werkelijkheid wordt.',
    category: 'llo',
    related: ['llo', 'lwl'],
    source: ['001', 'hoofdstuk 1'],
  },
  {
    key: 'zij-instroom',
    term: 'Zij-instroom',
    synonyms: ['zijinstroom', 'zij-instromer', 'zij-instromers'],
    definition:
      'Overstappen naar een ander vak of een andere sector terwijl je al werkt, vaak met een omscholing. Bijvoorbeeld iemand met een mbo-4- of bachelordiploma die de techniek of de zorg in gaat.',
    category: 'llo',
    related: ['llo', 'duaal-opleiden'],
    source: ['002', 'hoofdstuk 1'],
  },
  {
    key: 'formeel-leren',
    term: 'Formeel leren',
    definition:
      'Leren met een diploma of certificaat als doel, bijvoorbeeld een opleiding bij een school of een erkende cursus.',
    category: 'llo',
    related: ['non-formeel-leren', 'informeel-leren', 'lang-onderwijs'],
    source: ['004', 'begrippen'],
  },
  {
    key: 'non-formeel-leren',
    term: 'Non-formeel leren',
    definition:
      'Georganiseerd leren dat niet tot een diploma leidt, zoals een interne training of workshop.',
    category: 'llo',
    related: ['formeel-leren', 'informeel-leren', 'kort-onderwijs'],
    source: ['004', 'begrippen'],
  },
  {
    key: 'informeel-leren',
    term: 'Informeel leren',
    definition:
      'Leren zonder cursus of begeleiding, gewoon tijdens het werk: door te doen, te vragen en van collega’s af te kijken.',
    category: 'llo',
    related: ['formeel-leren', 'non-formeel-leren', 'evc'],
    source: ['004', 'begrippen'],
  },
  {
    key: 'lang-onderwijs',
    term: 'Lang onderwijs',
    definition:
      'Een opleiding die eindigt met een erkend diploma, zoals een mbo-, hbo- of wo-opleiding.',
    category: 'llo',
    related: ['kort-onderwijs', 'formeel-leren'],
    source: ['004', 'begrippen'],
  },
  {
    key: 'kort-onderwijs',
    term: 'Kort onderwijs',
    definition:
      'Een training of cursus zonder erkend diploma; soms krijgt de deelnemer wel een certificaat.',
    category: 'llo',
    related: ['lang-onderwijs', 'non-formeel-leren'],
    source: ['004', 'begrippen'],
  },
  {
    key: 'initieel-onderwijs',
    term: 'Initieel onderwijs',
    definition:
      'De opleiding die iemand volgt als eerste schoolloopbaan, voordat hij of zij gaat werken.',
    category: 'llo',
    related: ['post-initieel-onderwijs'],
    source: ['004', 'begrippen'],
  },
  {
    key: 'post-initieel-onderwijs',
    term: 'Post-initieel onderwijs',
    synonyms: ['postinitieel onderwijs'],
    definition:
      'Onderwijs dat iemand volgt nadat hij of zij is gaan werken, of vanaf 25 jaar. Dit is wat metingen van leven lang ontwikkelen meestal tellen.',
    category: 'llo',
    related: ['initieel-onderwijs', 'llo'],
    source: ['004', 'begrippen'],
  },
  {
    key: 'laaggeletterdheid',
    term: 'Laaggeletterdheid',
    synonyms: ['laaggeletterd', 'laaggeletterde'],
    definition:
      'Moeite hebben met lezen, schrijven of rekenen, ook na het doorlopen van school. Het komt ook voor op de werkvloer en is vaak niet zichtbaar; het verschilt van analfabetisme, waarbij iemand helemaal niet heeft leren lezen en schrijven.',
    category: 'llo',
    related: ['startkwalificatie', 'werknemersvaardigheden'],
    source: ['001', 'bijlage 4'],
  },
  {
    key: 'leercultuur',
    term: 'Leercultuur',
    synonyms: ['leer- en ontwikkelcultuur', 'leerklimaat'],
    definition:
      'De gedeelde gewoonten en opvattingen in een bedrijf over leren: hoe normaal het is om vragen te stellen, fouten te maken en iets nieuws te proberen. Bouwstenen zijn onder meer ruimte en veiligheid, samenwerken en leidinggevenden die ontwikkeling stimuleren.',
    category: 'llo',
    related: ['llo', 'handelingsverlegenheid', 'lerend-netwerk'],
    source: ['004', 'hoofdstuk 4'],
  },
  {
    key: 'handelingsverlegenheid',
    term: 'Handelingsverlegenheid',
    definition:
      'Een werkgever vindt leren belangrijk, maar komt er niet toe om het planmatig aan te pakken, omdat tijd, kennis, overzicht of vaardigheden ontbreken.',
    category: 'llo',
    related: ['leercultuur', 'ontzorgen'],
    source: ['004', 'hoofdstuk 4'],
  },
  {
    key: 'lerend-netwerk',
    term: 'Lerend netwerk',
    definition:
      'Een groep bedrijven die regelmatig samenkomt om kennis en ervaringen over leren en ontwikkelen te delen.',
    category: 'llo',
    related: ['leercultuur', 'llo'],
    source: ['002', 'hoofdstuk 4'],
  },
];
