import { formatCount } from '../format';

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
  /** The sync indicator in the header: how many changes wait to be sent. */
  syncPending: (n: number) => formatCount(n, 'wijziging wacht', 'wijzigingen wachten'),
  notFound: {
    title: 'Pagina niet gevonden',
    heading: 'Deze pagina bestaat niet (meer)',
    explain: 'Misschien is het bedrijf of gesprek verwijderd of samengevoegd.',
    back: 'Naar de portefeuille',
  },
  /** Opening the database before anything else shows (DatabaseGate). */
  database: {
    opening: 'Uw gegevens worden geopend…',
    waiting: 'Wachten tot de andere vensters gesloten zijn…',
    replacedTitle: 'Veldwerk is bijgewerkt in een ander venster',
    replaced: 'Herlaad dit venster om verder te werken. Uw gegevens zijn veilig.',
    reload: 'Herladen',
    details: 'Technische details',
    problems: {
      blocked: {
        title: 'Veldwerk is nog open in een ander venster',
        message:
          'De database moet worden bijgewerkt, maar een ander venster of tabblad van Veldwerk houdt hem vast. Sluit de andere vensters van Veldwerk; dit venster gaat daarna vanzelf verder. Er gaat niets verloren.',
      },
      'newer-version': {
        title: 'Uw gegevens zijn van een nieuwere versie van Veldwerk',
        message:
          'Deze laptop heeft eerder een nieuwere versie van Veldwerk gebruikt. Deze oudere versie kan die gegevens niet veilig openen en laat ze daarom ongemoeid. Installeer de nieuwste versie van Veldwerk.',
      },
      quota: {
        title: 'De schijf of de browseropslag is vol',
        message:
          'Veldwerk kan niets meer opslaan omdat er geen ruimte is. Maak ruimte vrij op de schijf (of wis andere websitegegevens in browsermodus) en start Veldwerk opnieuw. Uw bestaande gegevens blijven staan.',
      },
      unavailable: {
        title: 'Deze browser staat geen opslag toe',
        message:
          'In een privévenster of met strikte instellingen kan Veldwerk geen gegevens bewaren. Open Veldwerk in een gewoon venster of gebruik de desktop-app.',
      },
      unknown: {
        title: 'De database kon niet worden geopend',
        message:
          'Er ging iets mis bij het openen van uw gegevens. Ze zijn niet gewist. Start Veldwerk opnieuw; blijft dit gebeuren, zet dan een back-up terug via Instellingen of neem contact op met de beheerder.',
      },
    },
  },
} as const;
