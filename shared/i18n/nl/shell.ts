/**
 * Dutch texts of the renderer's shell around the features: access the desktop app asks for once
 * (folder picked again, server confirmed again) and the notice for work that was not saved.
 */
export const shell = {
  /** The window/tab title of every page: what the page is, then the app. */
  pageTitle: (what: string, app: string) => `${what} — ${app}`,
  access: {
    folderRepick: (path: string) =>
      `Veldwerk vraagt sinds deze versie zelf toestemming voor de gedeelde map. Kies de map ${path} nog één keer met “Map kiezen…” en sla op. Er gaat niets verloren: uw gegevens op deze computer en de bestanden in de map blijven zoals ze zijn, en wat nog niet verstuurd is, gaat mee bij de volgende synchronisatie.`,
    webdavReconfirm: (url: string) =>
      `Veldwerk vraagt sinds deze versie één keer uw bevestiging voor de WebDAV-server ${url}. Open Synchronisatie en kies “Opslaan”; het bewaarde wachtwoord blijft gelden. Er gaat niets verloren: wat nog niet verstuurd is, gaat mee bij de volgende synchronisatie.`,
  },
  problems: {
    notSavedTitle: 'Een wijziging is niet opgeslagen',
    notSaved:
      'Veldwerk kon uw laatste wijziging niet bewaren. Wat op het scherm staat, is er nog: probeer het opnieuw, of kopieer de tekst voor de zekerheid. De fout is vastgelegd, zodat de beheerder kan zien wat er misging.',
    dismiss: 'Melding sluiten',
  },
} as const;
