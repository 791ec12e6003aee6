export const settingsText = {
  intro: 'Uw profiel, waar Veldwerk uw gegevens bewaart, en de privacyverklaring.',
  storageTitle: 'Gegevens op deze laptop',
  modeLabel: 'Werkwijze',
  whereLabel: 'Opslag',
  whereDesktop: 'In de gebruikersmap van Veldwerk:',
  whereBrowser:
    'In de opslag van deze browser (IndexedDB), alleen op deze computer. Wist u de browsergegevens, dan verdwijnen ook deze gegevens: maak regelmatig een back-up.',
  backupsLabel: 'Back-ups',
  versionLabel: 'Versie',
  persistLabel: 'Blijvende opslag',
  persisted: 'Toegekend: de browser ruimt uw gegevens niet zelf op bij ruimtegebrek.',
  notPersisted:
    'Niet toegekend: bij ruimtegebrek kan de browser gegevens opruimen. Gebruik de desktop-app of maak regelmatig een back-up.',
  privacyLink: 'Privacyverklaring lezen',
  privacyTitle: 'Privacyverklaring',
  privacySections: [
    {
      title: 'Wat Veldwerk bewaart',
      paragraphs: [
        'Veldwerk bewaart bedrijfsgegevens (handelsnaam, KvK-nummer, adres, aantal medewerkers, sector), contactpersonen bij die bedrijven, contactmomenten, vervolgacties, gesprekken en afspraken uit het afstemmingsoverleg.',
        'Namen, functies, telefoonnummers en e-mailadressen van contactpersonen, en notities over hen, zijn persoonsgegevens. De AVG is daarop van toepassing.',
      ],
    },
    {
      title: 'Waar het staat',
      paragraphs: [
        'Alles staat eerst op deze laptop, in de database van Veldwerk. Er is geen centrale server van Veldwerk.',
        'Stelt u synchronisatie in, dan komen gedeelde gegevens ook in de gedeelde map of op de WebDAV-server die uw organisaties daarvoor kiezen. Met een teamwachtwoord worden ze daar versleuteld opgeslagen, zodat de beheerder van die map of server ze niet kan lezen.',
      ],
    },
    {
      title: 'Wat gedeeld wordt en wat privé blijft',
      paragraphs: [
        'Contactmomenten, vervolgacties en gesprekken die u als gedeeld markeert, zien de adviseurs van LeerWerkLoket en Baanbrekend Drechtsteden, zodat een bedrijf niet twee keer wordt benaderd.',
        'Wat u als privé markeert, verlaat deze laptop nooit: het wordt niet gesynchroniseerd en komt niet in exports voor partners.',
      ],
    },
    {
      title: 'Rechten van betrokkenen',
      paragraphs: [
        'Vraagt iemand om inzage, dan kunt u alle gegevens over die persoon vinden en exporteren. Vraagt iemand om verwijdering, dan wist Veldwerk de persoon en maakt de naam onleesbaar in contactmomenten en gesprekken; die verwijdering wordt ook naar partners gesynchroniseerd. Op deze laptop verdwijnt de naam ook uit de wijzigingsgeschiedenis; eerder gedeelde bestanden op de gedeelde map of server blijven staan, maar zijn met een teamwachtwoord versleuteld en onleesbaar voor de beheerder.',
        'Oude contactmomenten en gesprekken worden na de ingestelde bewaartermijn ter beoordeling getoond, zodat u ze kunt verwijderen.',
      ],
    },
  ],
  personsLink: 'Personen en bewaartermijn (AVG)',
  preferences: {
    title: 'Niet dubbel benaderen',
    explain: 'Veldwerk waarschuwt als de andere organisatie een bedrijf in deze periode heeft benaderd of er een open actie heeft.',
    window: 'Kijk terug over',
    windows: { '14': '2 weken', '28': '4 weken (standaard)', '42': '6 weken', '56': '8 weken', '91': '3 maanden' },
  },
  /** Reading a backup file (shared/backup/backupFile.ts). */
  backupFile: {
    notJson: (file: string) =>
      `${file} is geen leesbaar back-upbestand (geen geldige JSON). Kies een bestand dat Veldwerk heeft gemaakt, met de naam veldwerk-backup-….json.`,
    notVeldwerk: (file: string) => `${file} is geen back-up van Veldwerk. Kies een bestand dat begint met veldwerk-backup.`,
    broken: (file: string, where: string, why: string) =>
      `${file} is beschadigd of onvolledig (bij ${where}: ${why}). Er is niets veranderd; probeer een andere back-up.`,
    start: 'het begin',
    newer: (file: string) =>
      `${file} is gemaakt met een nieuwere versie van Veldwerk. Werk Veldwerk eerst bij en zet de back-up daarna terug.`,
    unknownParts: (file: string, parts: string) => `${file} bevat onbekende onderdelen (${parts}). Er is niets veranderd.`,
    badRow: (file: string, row: number, table: string) => `${file}: rij ${row} van ${table} is ongeldig. Er is niets veranderd.`,
    describe: (when: string, rows: string) => `Back-up van ${when} met ${rows} rijen`,
  },
  backup: {
    title: 'Back-ups',
    explain: 'Veldwerk maakt elke dag een back-up, en ook vóór elke database-upgrade, import en terugzetactie',
    keptDesktop: ' (de laatste 14 in de back-upmap).',
    keptBrowser: ' (de laatste 3 in deze browser; download ze om ze veilig te bewaren).',
    make: 'Back-up maken',
    restore: 'Back-up terugzetten…',
    chooseFile: 'Back-upbestand kiezen',
    saved: (name: string) => `Back-up opgeslagen als ${name}.`,
    failed: (why: string) => `De back-up is niet gelukt: ${why}`,
    restoreFailed: (why: string) => `Terugzetten is mislukt; er is niets veranderd. (${why})`,
    automatic: 'Automatische back-ups',
    made: 'Gemaakt',
    file: 'Bestand',
    size: 'Grootte',
    actions: 'Acties',
    download: 'Downloaden',
    restoreOne: 'Terugzetten…',
    restoreTitle: 'Back-up terugzetten',
    changes: (backup: string) => `${backup}. Zo verandert uw database:`,
    part: 'Onderdeel',
    now: 'Nu',
    after: 'Na terugzetten',
    warning:
      'Alles wat u na deze back-up heeft ingevoerd, verdwijnt van deze laptop. Veldwerk bewaart eerst een back-up van de huidige toestand, zodat u dit kunt terugdraaien. Gesynchroniseerde wijzigingen van partners komen bij de volgende synchronisatie terug.',
    confirm: 'Terugzetten',
    /** The tables of a backup as the restore preview names them. */
    tables: {
      companies: 'Bedrijven en zzp-ers',
      contactPersons: 'Contactpersonen',
      contactLogs: 'Contactmomenten',
      followUps: 'Vervolgacties',
      interviews: 'Gesprekken',
      guides: 'Gesprekshandleidingen',
      terms: 'Begrippen',
      schemes: 'Regelingen',
      networks: 'Netwerken',
      advisors: 'Adviseurs',
      targets: 'Doelen',
      meetings: 'Afstemmingsoverleggen',
    } as Record<string, string>,
  },
} as const;
