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
      'Een synchronisatiebestand is beschadigd: de controlesom klopt niet. Veldwerk slaat het over en probeert het later opnieuw. Blijft dit gebeuren, laat dan de collega van wie het bestand is opnieuw synchroniseren.',
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
    massDeletionRefused:
      'Synchronisatie gestopt: u hebt het verwijderen van veel gegevens niet bevestigd. Er is niets verwijderd.',
    massDeletionQuestion: (total: number) =>
      `Een collega heeft ${plural(total, 'record', 'records')} verwijderd. Wilt u die verwijderingen ook hier doorvoeren?`,
  },
} as const;
