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
} as const;
