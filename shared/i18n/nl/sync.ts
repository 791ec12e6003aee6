/** Texts of synchronisation: problems, refusals and the sync report. */

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function duration(ms: number): string {
  const totalMinutes = Math.round(Math.abs(ms) / 60_000);
  const hours = Math.floor(totalMinutes / 60);
  const minutes = totalMinutes % 60;
  if (hours === 0) return plural(minutes, 'minuut', 'minuten');
  if (minutes === 0) return plural(hours, 'uur', 'uur');
  return `${plural(hours, 'uur', 'uur')} en ${plural(minutes, 'minuut', 'minuten')}`;
}

export const sync = {
  segment: {
    truncated:
      'Een synchronisatiebestand is onvolledig (waarschijnlijk wordt het nog gekopieerd). Veldwerk slaat het nu over en probeert het bij de volgende synchronisatie opnieuw.',
    checksum:
      'Een synchronisatiebestand is beschadigd: de controlesom klopt niet. Veldwerk slaat het over en probeert het later opnieuw. Veldwerk op de computer van de collega van wie het bestand is, schrijft het bij de eerstvolgende synchronisatie opnieuw; daarna komen de wijzigingen vanzelf door.',
    vanished: (path: string) =>
      `Het bestand ${path} verdween uit de gedeelde map terwijl Veldwerk het wilde lezen. De wijzigingen van dat apparaat komen bij een volgende synchronisatie; die van de anderen zijn verwerkt.`,
    repaired: (path: string) =>
      `Het eigen synchronisatiebestand ${path} in de gedeelde map was beschadigd of gewijzigd. Veldwerk heeft het opnieuw geschreven, zodat partners de wijzigingen weer kunnen lezen.`,
    count:
      'Een synchronisatiebestand bevat niet het aantal wijzigingen dat in de kop staat. Veldwerk slaat het over en probeert het later opnieuw.',
    json: 'Een synchronisatiebestand is geen leesbaar Veldwerk-bestand. Veldwerk slaat het over.',
    schema:
      'Een synchronisatiebestand bevat wijzigingen in een onverwachte vorm. Veldwerk slaat het over; controleer of iedereen dezelfde versie van Veldwerk gebruikt.',
    newerFormat: 'Dit bestand is gemaakt met een nieuwere versie van Veldwerk. Werk Veldwerk bij.',
    notSegment: 'Dit bestand is geen synchronisatiebestand van Veldwerk en wordt genegeerd.',
    mismatch: (path: string) =>
      `Het bestand ${path} hoort niet bij het apparaat of volgnummer in zijn naam. Veldwerk past het niet toe.`,
  },
  snapshot: {
    passphrase: (path: string) =>
      `De momentopname ${path} is niet met het teamwachtwoord van deze map te openen. Veldwerk gebruikt hem niet en haalt de wijzigingen zelf op.`,
    damaged: (path: string) =>
      `De momentopname ${path} is onvolledig of beschadigd. Veldwerk gebruikt hem niet en haalt de wijzigingen zelf op.`,
    'newer-format': (path: string) =>
      `De momentopname ${path} is gemaakt met een nieuwere versie van Veldwerk. Veldwerk gebruikt hem niet en haalt de wijzigingen zelf op.`,
    mismatch: (path: string) =>
      `De momentopname ${path} hoort niet bij de naam die hij draagt. Veldwerk gebruikt hem niet en haalt de wijzigingen zelf op.`,
    written: (path: string) => `Momentopname ${path} geschreven, zodat nieuwe apparaten sneller aansluiten.`,
  },
  crypto: {
    wrongPassphrase:
      'Het teamwachtwoord klopt niet: de gegevens in de gedeelde map zijn met een ander wachtwoord versleuteld. Er is niets gewijzigd. Vraag uw collega om het juiste teamwachtwoord.',
    notEncrypted: 'Dit bestand is niet versleuteld, maar de gedeelde map verwacht versleutelde bestanden.',
    decryptFailed:
      'Een versleuteld synchronisatiebestand kan niet worden geopend: het is beschadigd of hoort bij een ander apparaat. Veldwerk slaat het over.',
    passphraseNeeded:
      'De gedeelde map is versleuteld met een teamwachtwoord. Vul het teamwachtwoord in bij Instellingen › Synchronisatie.',
    unexpectedPassphrase:
      'U hebt een teamwachtwoord ingesteld, maar de gedeelde map is niet versleuteld. Veldwerk synchroniseert niet, zodat er geen onversleutelde gegevens bijkomen. Haal het wachtwoord weg of kies een versleutelde map.',
  },
  target: {
    newerFormat:
      'De gedeelde map is ingericht door een nieuwere versie van Veldwerk. Werk Veldwerk bij om te kunnen synchroniseren.',
    appTooOld: (version: string) =>
      `Voor deze gedeelde map is Veldwerk ${version} of nieuwer nodig. Werk Veldwerk bij.`,
    manifestMissing:
      'Het bestand veldwerk.json ontbreekt in de gedeelde map, terwijl er al gegevens van partners staan. Veldwerk maakt geen nieuw bestand, want dan kan niemand de bestaande gegevens meer lezen. Herstel: laat een collega die hier al eerder mee synchroniseerde één keer synchroniseren; Veldwerk zet het bestand dan terug. Daarna kunt u het hier opnieuw proberen.',
    manifestRestored:
      'Het bestand veldwerk.json ontbrak in de gedeelde map. Veldwerk heeft het teruggezet zoals het was, zodat iedereen de gegevens kan blijven lezen.',
    republished:
      'De eigen wijzigingen in de gedeelde map waren geschreven met een sleutel die niet (meer) geldt of waren beschadigd. Veldwerk heeft ze opnieuw geplaatst.',
    badManifest:
      'Het bestand veldwerk.json in de gedeelde map is onleesbaar. Veldwerk synchroniseert niet om niets te beschadigen. Zet een reservekopie terug of vraag hulp aan de beheerder.',
    ignored: {
      temp: 'tijdelijk bestand (wordt nog geschreven of is achtergebleven)',
      conflictCopy:
        'kopie die de cloudopslag maakte bij een botsing; Veldwerk gebruikt alleen het origineel',
      unknown: 'onbekend bestand',
      badName: 'bestandsnaam past niet bij Veldwerk',
    },
  },
  transport: {
    unreachable: (where: string) =>
      `De gedeelde map of server (${where}) is nu niet bereikbaar. Controleer de verbinding; Veldwerk probeert het later opnieuw. Er is niets verloren gegaan.`,
    unauthorized: (where: string) =>
      `De server (${where}) weigert toegang. Controleer gebruikersnaam en wachtwoord bij Instellingen › Synchronisatie.`,
    notFound: (path: string) => `Het bestand ${path} bestaat niet (meer) in de gedeelde map.`,
    exists: (path: string) => `Het bestand ${path} bestaat al in de gedeelde map en wordt niet overschreven.`,
    io: (where: string, detail: string) =>
      `Lezen of schrijven in de gedeelde map (${where}) mislukte: ${detail}. Veldwerk probeert het later opnieuw.`,
    tooLarge: (where: string) =>
      `De server (${where}) weigert bestanden van deze grootte (HTTP 413). Veldwerk verstuurt grote wijzigingen daarom in delen; lukt ook dat niet, vraag de beheerder dan de uploadlimiet te verhogen.`,
    insecureUrl:
      'Gebruik een beveiligd adres (https://). Alleen voor een server op deze computer mag http:// (localhost of 127.0.0.1).',
    timeout: (where: string) =>
      `De server (${where}) reageert te traag. Veldwerk probeert het later opnieuw.`,
  },
  clock: {
    futureBatch: (ahead: number) =>
      `Wijzigingen van een collega hebben een tijd die ${duration(ahead)} in de toekomst ligt. Waarschijnlijk staat de klok van een van de computers verkeerd. Veldwerk zet ze opzij en past ze toe zodra de tijd klopt; controleer de klok en tijdzone van beide computers.`,
    skewAhead: (ms: number) => `Uw klok loopt ${duration(ms)} voor op de gedeelde map.`,
    skewBehind: (ms: number) => `Uw klok loopt ${duration(ms)} achter op de gedeelde map.`,
    skewFine: 'Uw klok loopt gelijk met de gedeelde map.',
    skewUnknown: 'Niet bekend hoe uw klok loopt ten opzichte van de gedeelde map.',
  },
  engine: {
    gap: (deviceId: string, seq: number) =>
      `Er ontbreken nog wijzigingen van apparaat ${deviceId} (vanaf nummer ${seq}). Veldwerk wacht tot dat bestand in de gedeelde map staat.`,
    privateBlocked:
      'Veldwerk heeft het versturen gestopt: er zat een privé-item tussen de wijzigingen. Privé-items verlaten dit apparaat nooit. Meld dit aan de beheerder.',
    seqBroken: (expected: number, got: number) =>
      `De wachtrij met eigen wijzigingen is niet aaneengesloten (verwacht nummer ${expected}, gevonden ${got}). Versturen is gestopt; meld dit aan de beheerder.`,
    foreignSegment: (path: string) =>
      `In de gedeelde map staat al een ander bestand met de naam ${path}. Gebruikt een andere computer hetzelfde apparaat-id? Versturen is gestopt.`,
    identityRenewed:
      'In de gedeelde map stonden al wijzigingen onder de naam van dit apparaat die deze computer niet kent (teruggezette of gekopieerde gegevens). Veldwerk gaat verder als nieuw apparaat: niets gaat verloren, eigen wijzigingen die nog niet verstuurd waren gaan mee met de volgende synchronisatie.',
    massDeletionRefused:
      'Synchronisatie gestopt: u hebt het verwijderen van veel gegevens niet bevestigd. Er is niets verwijderd.',
    massDeletionQuestion: (total: number) =>
      `Een collega heeft sinds uw laatste bevestiging ${plural(total, 'record', 'records')} verwijderd. Wilt u die verwijderingen ook hier doorvoeren?`,
  },
} as const;

/** Texts of the Synchronisatie and Conflicten screens and the sync indicator. */
export const syncUi = {
  title: 'Synchronisatie',
  intro:
    'Deel contactmomenten, acties, bedrijfswijzigingen en naslaggegevens met uw partners via een gedeelde map of een WebDAV-server. U werkt gewoon offline; Veldwerk synchroniseert zodra er verbinding is, en elke vijf minuten.',
  syncNow: 'Nu synchroniseren',
  syncing: 'Bezig met synchroniseren…',
  phase: {
    manifest: 'Gedeelde map controleren…',
    push: (n: number) => `Eigen wijzigingen versturen (${plural(n, 'wijziging', 'wijzigingen')})…`,
    pull: (n: number) => `Wijzigingen van partners verwerken (${plural(n, 'wijziging', 'wijzigingen')})…`,
    snapshot: 'Momentopname van het team laden…',
    done: 'Afronden…',
    snapshotBar: 'Momentopname van het team laden',
    pullBar: 'Wijzigingen van partners ophalen',
    ofRecords: (done: string, total: string) => `${done} van ${total} records`,
    ofFiles: (done: string, total: string) => `${done} van ${total} bestanden`,
  },
  indicator: {
    notConfigured: 'Synchronisatie niet ingesteld',
    never: 'Nog niet gesynchroniseerd',
    last: (when: string) => `Laatst gesynchroniseerd ${when}`,
    failed: 'Synchronisatie mislukt, zie details',
    conflicts: (n: number) => plural(n, 'conflict', 'conflicten'),
  },
  target: {
    heading: 'Gedeelde map of server',
    kindLabel: 'Waar staan de gedeelde gegevens?',
    folder: 'Gedeelde map (netwerkschijf, OneDrive, Dropbox of Nextcloud-map)',
    webdav: 'WebDAV-server (Nextcloud, ownCloud, Apache of rclone)',
    chooseFolder: 'Map kiezen…',
    noFolder: 'Nog geen map gekozen.',
    chosenFolder: (path: string) => `Gekozen map: ${path}`,
    url: 'Adres van de WebDAV-map',
    urlHelp: 'Bijvoorbeeld https://cloud.voorbeeld.nl/remote.php/dav/files/naam/veldwerk/',
    username: 'Gebruikersnaam',
    password: 'Wachtwoord',
    passwordKept: 'Laat leeg om het bewaarde wachtwoord te houden.',
    passwordDesktop: 'Het wachtwoord wordt versleuteld bewaard door het besturingssysteem, nooit als leesbare tekst.',
    passwordBrowser:
      'In de browserversie bewaart Veldwerk het wachtwoord alleen zolang dit tabblad open is. Na opnieuw openen vraagt Veldwerk er opnieuw om.',
    weakSecret:
      'Let op: deze computer heeft geen sleutelbos (keyring). Het wachtwoord is opgeslagen, maar niet sterk beveiligd.',
    test: 'Verbinding testen',
    testing: 'Bezig met testen…',
    save: 'Opslaan',
    saved: 'Instellingen opgeslagen.',
    remove: 'Synchronisatie uitzetten',
    removed: 'Synchronisatie staat uit. Uw gegevens op deze computer blijven bewaard.',
    testOkEmpty: 'Verbinding werkt. De map is nog leeg; Veldwerk richt hem in bij de eerste synchronisatie.',
    testOk: (devices: number, encrypted: boolean) =>
      `Verbinding werkt. Er ${devices === 1 ? 'synchroniseert' : 'synchroniseren'} al ${plural(devices, 'apparaat', 'apparaten')} via deze map${encrypted ? ', versleuteld met een teamwachtwoord' : ''}.`,
    testPassphraseOk: 'Het teamwachtwoord klopt.',
  },
  passphrase: {
    heading: 'Versleuteling met een teamwachtwoord (aanbevolen)',
    explain:
      'Met een teamwachtwoord staan er in de gedeelde map of op de server alleen versleutelde bestanden: wie de map kan openen, kan de gegevens niet lezen. Alle partners moeten precies hetzelfde teamwachtwoord invullen. Bij een verkeerd wachtwoord meldt Veldwerk dat en schrijft het niets. Het wachtwoord kan niet worden teruggehaald; spreek het af buiten e-mail om.',
    label: 'Teamwachtwoord',
    use: 'Versleutelen met een teamwachtwoord',
    keep: 'Laat leeg om het bewaarde teamwachtwoord te houden.',
    tooShort: 'Gebruik minstens 12 tekens, bijvoorbeeld vier losse woorden.',
  },
  needsUrl: 'Vul het adres van de WebDAV-map in.',
  needsFolder: 'Kies eerst een map.',
  folderNeedsDesktop:
    'Een gedeelde map werkt alleen in de desktop-app van Veldwerk: een browser mag geen mappen op de computer openen. Gebruik de desktop-app of kies een WebDAV-server.',
  passwordNeeded: (persisted: boolean) =>
    persisted
      ? 'Het wachtwoord voor de WebDAV-server ontbreekt. Vul het in bij Synchronisatie.'
      : 'Vul het wachtwoord voor de WebDAV-server opnieuw in: de browserversie bewaart het alleen zolang het tabblad open is.',
  passphraseMissing:
    'Het teamwachtwoord ontbreekt op deze computer. Vul het in bij Synchronisatie; in de browserversie moet dat na elke herstart opnieuw.',
  secretsUnavailable: 'Het wachtwoord kon niet veilig worden bewaard op deze computer.',
  unexpected: (detail: string) =>
    `Synchroniseren liep vast door een onverwachte fout (${detail}). Er is niets half verwerkt; probeer het opnieuw en meld het aan de beheerder als het blijft gebeuren.`,
  status: {
    heading: 'Stand van zaken',
    lastSuccess: 'Laatst gelukt',
    never: 'Nog nooit',
    pending: 'Wacht op versturen',
    pendingCount: (n: number) => plural(n, 'wijziging', 'wijzigingen'),
    lastRound: 'Laatste poging',
    roundOk: (pushed: number, applied: number) =>
      `gelukt: ${plural(pushed, 'wijziging', 'wijzigingen')} verstuurd, ${plural(applied, 'wijziging', 'wijzigingen')} van partners verwerkt`,
    roundFailed: 'niet gelukt',
    clock: 'Klok',
    openConflicts: 'Open conflicten',
    viewConflicts: 'Conflicten bekijken',
    notConfigured: 'Synchronisatie is nog niet ingesteld. Kies hieronder een gedeelde map of een WebDAV-server.',
    quarantined: (n: number) => `${plural(n, 'wijziging', 'wijzigingen')} van partners opzij gezet (klok loopt voor).`,
  },
  peers: {
    heading: 'Partnerapparaten',
    empty: 'Nog geen gegevens van andere apparaten ontvangen.',
    device: 'Apparaat',
    who: 'Adviseur',
    newest: 'Nieuwste gegevens van',
    lastSeen: 'Laatst geschreven in de map',
    applied: 'Verwerkt',
    unknownAdvisor: 'Onbekend',
    appliedCount: (n: number) => plural(n, 'wijziging', 'wijzigingen'),
  },
  files: {
    heading: 'Overgeslagen bestanden',
    explain: 'Deze bestanden in de gedeelde map zijn niet gebruikt. Tijdelijke bestanden en kopieën verdwijnen meestal vanzelf; beschadigde bestanden probeert Veldwerk bij elke synchronisatie opnieuw.',
  },
  problems: {
    heading: 'Meldingen',
    none: 'Geen meldingen bij de laatste synchronisatie.',
  },
  massDeletion: {
    title: 'Veel gegevens verwijderen?',
    detail: (table: string, deleting: number, live: number) => `${table}: ${deleting} van ${live}`,
    examples: 'Onder meer deze records verdwijnen:',
    explain:
      'Dit kan kloppen (een partner ruimde op), maar kan ook een vergissing zijn. Weet u het niet zeker, kies dan “Nu niet” en overleg met uw partner. Er wordt dan niets verwijderd.',
    confirm: 'Ja, verwijderen',
    refuse: 'Nu niet',
  },
  conflicts: {
    title: 'Conflicten',
    intro:
      'Soms wijzigden twee adviseurs hetzelfde gegeven voordat ze hadden gesynchroniseerd. Veldwerk neemt dan de laatste wijziging over en bewaart de andere hier, zodat er niets ongemerkt verloren gaat. Kies welke waarde blijft, of voeg ze samen.',
    none: 'Er zijn geen open conflicten.',
    current: 'Nu in Veldwerk',
    other: 'Andere waarde',
    by: (who: string, when: string) => `${who}, ${when}`,
    keep: 'Deze waarde houden',
    merge: 'Samenvoegen',
    mergeLabel: 'Samengevoegde tekst',
    saveMerge: 'Samengevoegde tekst opslaan',
    cancel: 'Annuleren',
    resolved: 'Opgelost. De gekozen waarde gaat mee met de volgende synchronisatie.',
    editOnDeleted: (deleter: string, editor: string) =>
      `Verwijderd door ${deleter}, maar ${editor} wijzigde dit gegeven zonder dat de een van de ander wist. Kies of het record terugkomt met deze wijziging.`,
    deletedValue: '(verwijderd)',
    restore: 'Terugzetten met deze wijziging',
    keepDeleted: 'Verwijderd laten',
    empty: '(leeg)',
    thisDevice: 'Dit apparaat',
    back: 'Terug naar Synchronisatie',
    rowMissing: 'Dit record bestaat niet meer op deze computer.',
  },
  /** Label partners see for an action that also touched private items. */
  sharedLabel: (tables: string[]) => `${tables.join(', ')} bijgewerkt`,
  tables: {
    companies: 'Bedrijf',
    contactPersons: 'Contactpersoon',
    contactLogs: 'Contactmoment',
    followUps: 'Actie',
    guides: 'Gesprekshandleiding',
    interviews: 'Gesprek',
    terms: 'Begrip',
    schemes: 'Regeling',
    networks: 'Netwerk',
    advisors: 'Adviseur',
    targets: 'Doelstelling',
    meetings: 'Afstemmingsoverleg',
  } as Record<string, string>,
  fields: {
    name: 'Naam',
    kvk: 'KvK-nummer',
    vestigingsnummer: 'Vestigingsnummer',
    street: 'Adres',
    postcode: 'Postcode',
    place: 'Plaats',
    gemeente: 'Gemeente',
    website: 'Website',
    employees: 'Werkzame personen',
    sector: 'Sector',
    status: 'Status',
    notes: 'Notities',
    summary: 'Samenvatting',
    outcome: 'Uitkomst',
    title: 'Titel',
    due: 'Uiterste datum',
    phone: 'Telefoon',
    email: 'E-mail',
    function: 'Functie',
    definition: 'Omschrijving',
    term: 'Begrip',
    answers: 'Antwoorden',
    agreements: 'Afspraken',
    erkendVoor: 'Erkend voor',
    needsOther: 'Andere behoefte',
    reasonsNotOther: 'Andere reden',
    ownerLwl: 'Accounthouder LWL',
    ownerBaanbrekend: 'Accounthouder Baanbrekend',
    activities: 'Leren & Werken',
    _deleted: 'Verwijderd',
  } as Record<string, string>,
} as const;
