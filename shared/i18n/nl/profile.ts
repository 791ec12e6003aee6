export const profileText = {
  welcomeTitle: 'Welkom bij Veldwerk',
  welcomeIntro:
    'Veldwerk bewaart uw portefeuille, contactmomenten en gesprekken op deze laptop, ook zonder internet. Vertel eerst wie u bent, zodat uw contactmomenten en afspraken bij uw naam en organisatie staan.',
  nameLabel: 'Uw naam',
  nameHelp: 'Zoals collega’s van de partnerorganisatie u kennen, bijvoorbeeld “Sanne de Vries”.',
  organisationLabel: 'Voor welke organisatie werkt u?',
  otherLabel: 'Naam van uw organisatie',
  start: 'Aan de slag',
  nameRequired: 'Vul uw naam in (minstens twee tekens).',
  organisationRequired: 'Kies uw organisatie.',
  otherRequired: 'Vul de naam van uw organisatie in.',
  privacyNote:
    'Uw naam en organisatie worden gedeeld met partners zodra u synchronisatie instelt. Privé gemarkeerde gegevens verlaten deze laptop nooit.',
  settingsTitle: 'Uw profiel',
  settingsSaved: 'Profiel opgeslagen.',
  deviceLabel: 'Apparaat-id',
  deviceHelp: 'Hiermee herkennen partners de gegevens van deze laptop bij synchronisatie.',
} as const;
