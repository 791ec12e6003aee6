import { formatInt } from '../format';

/** Texts of the portfolio: company form, contact persons, import, duplicates, export, demo set. */

const excelTip = 'Zet de kolom in Excel op "Tekst" en sla het bestand opnieuw op.';

export const portfolio = {
  identity: {
    scientific: `Het nummer staat als wetenschappelijke notatie (zoals 1,23E+11); Excel heeft cijfers weggelaten. ${excelTip}`,
    kvkNotDigits: 'Een KvK-nummer bestaat alleen uit cijfers.',
    kvkLength: (n: number) => `Een KvK-nummer heeft 8 cijfers; hier staan er ${n}.`,
    kvkFiller: 'Dit is geen echt KvK-nummer (alleen dezelfde cijfers). Laat het leeg als u het nummer niet weet.',
    kvkPadded: 'Het KvK-nummer had 7 cijfers; er is een 0 voor gezet (Excel laat voorloopnullen weg).',
    vestigingNotDigits: 'Een vestigingsnummer bestaat alleen uit cijfers.',
    vestigingLength: (n: number) => `Een vestigingsnummer heeft 12 cijfers; hier staan er ${n}.`,
    vestigingFiller: 'Dit is geen echt vestigingsnummer (alleen nullen). Laat het leeg als u het niet weet.',
    vestigingPadded: 'Het vestigingsnummer was korter dan 12 cijfers; de weggevallen nullen vooraan zijn aangevuld.',
  },
  form: {
    nameRequired: 'Vul de handelsnaam in.',
    nameTooLong: 'Gebruik voor de handelsnaam hoogstens 200 tekens.',
    kvkFormat: 'Een KvK-nummer heeft 8 cijfers.',
    vestigingFormat: 'Een vestigingsnummer heeft 12 cijfers.',
    postcodeFormat: 'Vul een Nederlandse postcode in, zoals 3311 AB.',
    employeesWhole: 'Vul een heel aantal werknemers in.',
    employeesNegative: 'Het aantal werknemers kan niet negatief zijn.',
    zzpWithEmployees: 'Een zzp-er heeft geen personeel. Kies "MKB-bedrijf" als er werknemers zijn.',
  },
  contactPerson: {
    companyRequired: 'Kies bij welk bedrijf deze persoon werkt.',
    nameRequired: 'Vul een naam in.',
    nameTooLong: 'Gebruik voor de naam hoogstens 120 tekens.',
    phoneFormat: 'Vul een telefoonnummer in met alleen cijfers, spaties, streepjes of een + vooraan.',
    emailFormat: 'Vul een geldig e-mailadres in, zoals naam@bedrijf.nl.',
  },
  import: {
    emptyFile: 'Het bestand is leeg.',
    unreadableXlsx: 'Dit Excel-bestand kan niet worden gelezen. Sla het in Excel opnieuw op als .xlsx en probeer het nog eens.',
    oldXls: 'Oude Excel-bestanden (.xls) worden niet gelezen. Sla het bestand in Excel op als .xlsx of als CSV.',
    noSheets: 'Het Excel-bestand bevat geen werkbladen met gegevens.',
    noHeader: 'Er is geen kopregel gevonden. Kies zelf de rij met de kolomnamen.',
    noNameColumn: 'Koppel een kolom aan "Handelsnaam": zonder naam kan een bedrijf niet worden aangemaakt.',
    rowLabel: (row: number, column: string) => (column ? `Rij ${formatInt(row)}, kolom "${column}"` : `Rij ${formatInt(row)}`),
    nameMissing: 'De handelsnaam is leeg. Vul de naam in of laat de rij weg.',
    postcodeInvalid: (v: string) => `"${v}" is geen Nederlandse postcode (zoals 3311 AB); de postcode is niet overgenomen.`,
    employeesInvalid: (v: string) => `"${v}" is geen aantal werknemers of klasse (zoals 12 of "5 t/m 9"); de grootteklasse blijft onbekend.`,
    sectorUnknown: (v: string) => `Sector "${v}" is niet herkend; kies de sector na de import zelf.`,
    gemeenteOutside: (v: string) => `"${v}" ligt niet in de Drechtsteden; het bedrijf wordt gemarkeerd als "buiten de regio".`,
    kindSuggestedZzp: 'Eenmanszaak met hoogstens 1 werkzame persoon: als zzp-er ingelezen.',
    zzpWithEmployees: (n: number) => `Staat als zzp-er, maar met ${formatInt(n)} werknemers; als MKB-bedrijf ingelezen.`,
    statusUnknown: (v: string) => `Status "${v}" is niet herkend; "Nog niet benaderd" gebruikt.`,
    duplicateInFileKvk: (row: number) => `Hetzelfde KvK-nummer staat al op rij ${formatInt(row)} van dit bestand; deze rij wordt overgeslagen.`,
    duplicateInFileName: (row: number) => `Lijkt op rij ${formatInt(row)} van dit bestand (zelfde naam en plaats).`,
    action: { create: 'Nieuw', update: 'Bijwerken', skip: 'Overslaan', error: 'Fout' },
    mode: {
      create: 'Alles als nieuw bedrijf toevoegen',
      'update-by-kvk': 'Bestaande bedrijven bijwerken op KvK-nummer',
      'skip-duplicates': 'Dubbele bedrijven overslaan',
    },
    summary: (create: number, update: number, skip: number, error: number) =>
      `${formatInt(create)} nieuw, ${formatInt(update)} bijwerken, ${formatInt(skip)} overslaan, ${formatInt(error)} met fouten`,
  },
  duplicate: {
    sameKvk: (kvk: string) => `Zelfde KvK-nummer (${kvk})`,
    sameKvkOtherBranch: (kvk: string) => `Zelfde KvK-nummer (${kvk}), andere vestiging`,
    similarName: (name: string, place: string, pct: number) =>
      `Naam lijkt op "${name}" in ${place || 'dezelfde plaats'} (${pct}% gelijk)`,
    existing: 'Staat al in uw portefeuille',
  },
  merge: {
    title: 'Dubbele bedrijven samenvoegen',
    explain: 'Kies per veld welke waarde blijft. Contactpersonen, contactmomenten, acties en gesprekken gaan naar het bedrijf dat blijft; het andere bedrijf wordt verwijderd.',
  },
  export: {
    yes: 'ja',
    no: 'nee',
  },
  demo: {
    marker: '(demo)',
    loaded: (n: number) => `${formatInt(n)} fictieve demobedrijven geladen.`,
    removed: 'De demogegevens zijn verwijderd. Uw eigen gegevens zijn niet aangeraakt.',
  },
} as const;
