/**
 * Dutch texts the desktop shell's main process shows (dialogs, menu, IPC errors).
 * Part of the one catalogue; only electron/ imports it.
 */
export const nl = {
  menu: {
    file: 'Bestand',
    print: 'Afdrukken…',
    savePdf: 'Opslaan als PDF…',
    quit: 'Afsluiten',
    edit: 'Bewerken',
    undo: 'Ongedaan maken',
    redo: 'Opnieuw',
    cut: 'Knippen',
    copy: 'Kopiëren',
    paste: 'Plakken',
    selectAll: 'Alles selecteren',
    view: 'Beeld',
    reload: 'Herladen',
    zoomIn: 'Inzoomen',
    zoomOut: 'Uitzoomen',
    resetZoom: 'Ware grootte',
    fullscreen: 'Volledig scherm',
    devTools: 'Ontwikkelaarshulpmiddelen',
    help: 'Help',
    about: 'Over Veldwerk',
    privacy: 'Privacyverklaring',
    openLogs: 'Logboek openen',
    hide: 'Veldwerk verbergen',
  },
  dialog: {
    chooseFolder: 'Kies de gedeelde map voor synchronisatie',
    saveFile: 'Bestand opslaan',
    savePdf: 'Opslaan als PDF',
    pdfFilter: 'PDF-document',
    aboutTitle: 'Over Veldwerk',
    aboutDetail: (version: string, electron: string) =>
      `Versie ${version} (Electron ${electron}).\nVoor adviseurs van het LeerWerkLoket Drechtsteden en Baanbrekend Drechtsteden.`,
    ok: 'OK',
    confirmServerTitle: 'Synchroniseren met deze server?',
    confirmServerMessage: 'Mag Veldwerk synchroniseren met deze WebDAV-server?',
    confirmServerDetail: (url: string, username: string) =>
      `${url}${username ? `\nGebruiker: ${username}` : ''}\n\nVeldwerk zet daar de gedeelde gegevens van uw team neer en haalt die van uw partners op. Sta dit alleen toe als u dit adres zelf hebt ingevuld.`,
    allow: 'Toestaan',
    cancel: 'Annuleren',
  },
  pdfFooter: { page: 'Pagina', of: 'van' },
  errors: {
    forbiddenSender: 'Dit verzoek komt niet van het Veldwerk-venster en is geweigerd.',
    unknownChannel: 'Onbekend verzoek aan de desktop-app.',
    invalidInput: (channel: string, fields: string) =>
      `Ongeldige gegevens voor “${channel}”${fields ? ` (veld: ${fields})` : ''}.`,
    internal:
      'Er ging iets onverwachts mis in de desktop-app. Probeer het opnieuw; blijft het misgaan, herstart Veldwerk.',
    notFound: 'Het bestand of de map bestaat niet (meer).',
    backupMissing: 'Deze back-up bestaat niet (meer); er is niets geschreven.',
    exists: 'Er bestaat al een bestand met deze naam; het is niet overschreven.',
    io: (detail: string) =>
      `Lezen of schrijven is mislukt (${detail}). Controleer of de map bereikbaar is en of u er mag schrijven.`,
    rootNotAbsolute: 'De gekozen map moet een volledig pad zijn.',
    rootNotFolder: 'De gekozen map bestaat niet of is geen map.',
    outsideRoot: 'Dit pad ligt buiten de gekozen map en is geweigerd.',
    badPrefix: 'Ongeldig voorvoegsel: het mag geen ".." of een volledig pad bevatten.',
    isFolder: 'Dit is een map, geen bestand.',
    externalUrl: 'Alleen http- en https-koppelingen kunnen in de browser worden geopend.',
    noEncryption:
      'Dit wachtwoord kan niet veilig worden bewaard: versleuteling via het besturingssysteem is niet beschikbaar (op Linux: geen sleutelbos zoals GNOME Keyring of KWallet). Veldwerk bewaart het niet als leesbare tekst; u moet het elke sessie opnieuw invullen.',
    secretUnreadable:
      'Het bewaarde wachtwoord kan niet worden ontsleuteld (ander gebruikersaccount of gewijzigde sleutelbos). Vul het opnieuw in.',
    noWindow: 'Er is geen Veldwerk-venster om af te drukken.',
    notGranted:
      'Veldwerk heeft geen toegang (meer) tot deze map of server. Kies de map opnieuw of sla de serverinstellingen opnieuw op bij Synchronisatie.',
    passwordNeeded: 'Vul het wachtwoord voor de WebDAV-server in bij Synchronisatie.',
    serverNotConfirmed:
      'U hebt de verbinding met deze server niet toegestaan. Er is niets verstuurd.',
    badServerUrl: 'Dit is geen geldig adres voor een WebDAV-server.',
    credentialsInUrl:
      'Zet de gebruikersnaam en het wachtwoord niet in het adres, maar in de velden ervoor.',
    otherServer: 'Veldwerk weigerde een verzoek aan een andere server dan de ingestelde.',
    tooLarge: (where: string) =>
      `Een bestand op ${where} is groter dan Veldwerk in één keer verwerkt (64 MB). Er is niets gewijzigd; meld dit aan de beheerder.`,
    printFailed: (reason: string) => `Afdrukken is mislukt (${reason}).`,
  },
  /** Checks of the IPC contract (shared/ipc/contract.ts); shown when a request is refused. */
  contract: {
    pathParts: 'Pad mag geen lege delen, "." of ".." bevatten.',
    pathRelative: 'Pad moet relatief zijn.',
    pathChars: 'Pad bevat ongeldige tekens.',
    prefixParts: 'Voorvoegsel mag geen "." of ".." bevatten.',
    prefixRelative: 'Voorvoegsel moet relatief zijn.',
    unknownGrant: 'Onbekende toegang.',
    bytes: 'Verwacht binaire gegevens.',
    tooLarge: 'Bestand is te groot.',
  },
  startup: {
    loadFailed:
      'Veldwerk kon het scherm niet laden. Installeer de app opnieuw of neem contact op met de beheerder.',
  },
} as const;
