import { formatInt } from '../format';

/**
 * Texts of the company import that say what is wrong with a file and what to do about it.
 * Each file-level message names the file, and where it can the row and the column, so the
 * advisor can open the spreadsheet and go straight to the spot.
 */

const where = (file: string, row?: number, column?: string) =>
  `"${file}"${row !== undefined ? `, rij ${formatInt(row)}` : ''}${column ? `, ${column}` : ''}`;

/** `kolom "Handelsnaam" (A)`, or `kolom A` when the column has no heading; 0-based index. */
export const columnRef = (index: number, heading?: string) =>
  heading ? `kolom "${heading}" (${columnLetter(index)})` : `kolom ${columnLetter(index)}`;

const cols = (n: number) => (n === 1 ? '1 kolom' : `${formatInt(n)} kolommen`);

export const importing = {
  /** What a column of an import file can hold (shared/import/mapping.ts). */
  fields: {
    name: 'Handelsnaam',
    kvk: 'KvK-nummer',
    vestigingsnummer: 'Vestigingsnummer',
    street: 'Straat of adres',
    houseNumber: 'Huisnummer',
    houseNumberAddition: 'Toevoeging huisnummer',
    postcode: 'Postcode',
    place: 'Plaats',
    gemeente: 'Gemeente',
    employees: 'Werkzame personen',
    sbi: 'SBI-code of hoofdactiviteit',
    sector: 'Sector of branche',
    website: 'Website',
    legalForm: 'Rechtsvorm',
    kind: 'MKB of zzp',
    status: 'Status',
    erkendLeerbedrijf: 'Erkend leerbedrijf',
    notes: 'Opmerkingen',
  },
  column: (column: string, message: string) => `Kolom "${column}": ${message}`,
  file: {
    /** A file-level message with the file's name in front. */
    named: (file: string, message: string) => `${where(file)}: ${message}`,
    unclosedQuote: (file: string, row: number, column: string) =>
      `${where(file, row, column)}: deze cel begint met een aanhalingsteken (") dat nergens wordt gesloten. ` +
      'Daardoor zou alles wat erna komt in één cel belanden. Er is niets ingelezen. ' +
      'Zet het sluitende aanhalingsteken aan het eind van die cel, of open het bestand in Excel en sla het opnieuw op als CSV.',
    badQuote: (file: string, row: number, column: string) =>
      `${where(file, row, column)}: na een sluitend aanhalingsteken (") staat nog tekst in dezelfde cel, zodat niet vast staat waar de cel eindigt. ` +
      'Er is niets ingelezen. Verwijder het losse aanhalingsteken of verdubbel het (""), of open het bestand in Excel en sla het opnieuw op als CSV.',
    pdf: (file: string) =>
      `${where(file)} is geen leesbare lijst: het is een PDF-document. Er is niets ingelezen. ` +
      'Exporteer de lijst in het programma waar hij vandaan komt als Excel-bestand (.xlsx) of CSV, en kies dat bestand.',
    binary: (file: string) =>
      `${where(file)} is geen leesbare lijst: het bevat tekens die niet in een tekst- of Excel-bestand horen ` +
      '(waarschijnlijk een ander soort bestand met een andere naam). Er is niets ingelezen. Kies een Excel-bestand (.xlsx) of een CSV-bestand.',
    noColumns: (file: string) =>
      `${where(file)} is geen leesbare lijst: er staan geen kolommen en geen bekende kolomnamen in. Er is niets ingelezen. ` +
      'Kies een lijst met één bedrijf per rij en kolommen zoals "Handelsnaam" en "KvK-nummer".',
  },
  plan: {
    namesLookLikeNumbers: (column: string, n: number, total: number) =>
      `In kolom "${column}" (gekoppeld aan "Handelsnaam") staan bij ${formatInt(n)} van de ${formatInt(total)} rijen alleen cijfers, zoals een KvK-nummer. ` +
      'Waarschijnlijk is de verkeerde kolom of de verkeerde rij met kolomnamen gekozen. Controleer de koppeling hierboven; zo wordt er niets geïmporteerd.',
    repeatedHeadings: (rows: number[]) =>
      `${rows.length === 1 ? `Rij ${formatInt(rows[0]!)} herhaalt` : `De rijen ${rows.map(formatInt).join(', ')} herhalen`} de kolomnamen ` +
      '(zoals in een export met een kop boven elke pagina). Deze rijen worden niet geïmporteerd; de rest wel.',
    headingRows: (rows: number[]) =>
      `${rows.length === 1 ? `Rij ${formatInt(rows[0]!)} bestaat` : `De rijen ${rows.map(formatInt).join(', ')} bestaan`} uit kolomnamen, niet uit een bedrijf. ` +
      'Kies bij "Rij met kolomnamen" de rij met de echte kolomnamen; zo wordt er niets geïmporteerd.',
    unnamedColumns: (lastHeading: string) =>
      `De meeste rijen hebben ook gegevens rechts van ${lastHeading}, in kolommen zonder kolomnaam. Die worden niet ingelezen; geef ze in het bestand een kolomnaam als u ze nodig hebt.`,
    noKvkColumn:
      'Er is geen kolom gekoppeld aan "KvK-nummer". Zonder KvK-nummer worden bedrijven alleen op naam en plaats met uw portefeuille vergeleken, en kan een latere lijst ze niet op KvK-nummer bijwerken.',
  },
  row: {
    nameIsNumber: (v: string) =>
      `De handelsnaam "${v}" bestaat alleen uit cijfers (een KvK-nummer?). Controleer welke kolom aan "Handelsnaam" gekoppeld is, of vul de naam in het bestand in.`,
    tooManyCells: (cells: number, headings: number) =>
      `Deze rij heeft ${formatInt(cells)} kolommen met gegevens, de rij met kolomnamen maar ${formatInt(headings)}. ` +
      'Waarschijnlijk staat er een scheidingsteken (;) in een naam of adres zonder aanhalingstekens, zodat de waarden naar de verkeerde kolommen schuiven. ' +
      'De rij wordt niet geïmporteerd: zet die cel tussen aanhalingstekens, of open het bestand in Excel en sla het opnieuw op als CSV.',
    isHeadingRow: 'Deze rij bevat kolomnamen, geen bedrijf; ze wordt niet geïmporteerd.',
    noKvk:
      'Geen KvK-nummer: dit bedrijf wordt alleen op naam en plaats op dubbelen gecontroleerd, en kan later niet op KvK-nummer worden bijgewerkt.',
  },
  withoutKvk: {
    label: 'Rijen zonder KvK-nummer',
    add: 'Toch toevoegen',
    skip: 'Overslaan',
    addDescription: 'Deze bedrijven komen erbij; controleer zelf of ze al in uw portefeuille staan.',
    skipDescription: 'Deze rijen komen in de lijst met overgeslagen rijen, zodat u ze kunt aanvullen en opnieuw importeren.',
    count: (n: number) => (n === 1 ? '1 rij zonder KvK-nummer' : `${formatInt(n)} rijen zonder KvK-nummer`),
  },
  preview: {
    fileNotRead: 'Dit bestand kan niet worden ingelezen',
    problemsTitle: 'Eerst oplossen',
    blocked: 'Importeren kan pas als de punten hierboven zijn opgelost.',
    columnLabel: (header: string, index: number) => `${header || 'Zonder naam'} (kolom ${columnLetter(index)})`,
    mappingRemembered: 'De koppeling is overgenomen van de vorige keer dat u een bestand met dezelfde kolommen importeerde.',
    columnsInFile: (n: number) => `Kolommen koppelen (${cols(n)} in het bestand)`,
  },
  done: {
    title: 'Import voltooid',
    summary: (created: number, updated: number, skipped: number, failed: number, file: string) =>
      `Uit ${file}: ${formatInt(created)} ${created === 1 ? 'bedrijf' : 'bedrijven'} toegevoegd, ${formatInt(updated)} bijgewerkt, ` +
      `${formatInt(skipped)} ${skipped === 1 ? 'rij' : 'rijen'} overgeslagen en ${formatInt(failed)} ${failed === 1 ? 'rij' : 'rijen'} met fouten niet geïmporteerd.`,
    downloadExplain:
      'Download de overgeslagen rijen en de rijen met fouten als CSV voor Excel: de oorspronkelijke kolommen met een kolom "Melding" erbij. Verbeter ze en importeer dat bestand opnieuw.',
    download: 'Overgeslagen en foute rijen downloaden (CSV)',
    messageColumn: 'Melding',
    rejectsFileName: (file: string) => `${file.replace(/\.[^.]+$/, '') || 'import'} - niet geimporteerd.csv`,
  },
} as const;

/** A, B, …, Z, AA, AB, … as Excel names columns (0-based index). */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
