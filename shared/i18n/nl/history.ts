/**
 * Labels of user actions as the data layer records them (renderer/db/repositories): shown in
 * the history and the sync log. One function or text per action, grouped by table.
 */
export const history = {
  companies: {
    imported: (file: string, created: number, updated: number) =>
      `Import ${file}: ${created} nieuw, ${updated} bijgewerkt`,
    importUndone: (file: string) => `Import ${file} ongedaan gemaakt`,
    demoRemoved: 'Demogegevens verwijderd',
    added: (name: string) => `Bedrijf ${name} toegevoegd`,
    edited: 'Bedrijf bewerkt',
    removed: 'Bedrijf verwijderd',
    merged: 'Dubbele bedrijven samengevoegd',
  },
  demo: {
    loaded: 'Demogegevens geladen',
    alignment: 'Demogegevens: doelen en afstemmingsoverleg',
  },
  contactPersons: {
    added: 'Contactpersoon toegevoegd',
    edited: 'Contactpersoon bewerkt',
    removed: 'Contactpersoon verwijderd',
  },
  contactLogs: {
    added: 'Contactmoment vastgelegd',
    addedWithCompany: (name: string) => `Contactmoment vastgelegd bij nieuw bedrijf ${name}`,
    edited: 'Contactmoment bewerkt',
    removed: 'Contactmoment verwijderd',
    demo: (logs: number, followUps: number) =>
      `Demogegevens: ${logs} contactmomenten en ${followUps} acties`,
  },
  followUps: {
    added: 'Vervolgactie toegevoegd',
    reopened: 'Vervolgactie heropend',
    done: 'Vervolgactie afgerond',
    expired: 'Vervolgactie vervallen',
    removed: 'Vervolgactie verwijderd',
  },
  guides: {
    seeded: 'Gesprekshandleidingen klaargezet',
    newVersion: (title: string) => `Nieuwe versie van "${title}"`,
    created: (title: string) => `Handleiding "${title}" aangemaakt`,
    published: (title: string, version: number) =>
      `Handleiding "${title}" versie ${version} gepubliceerd`,
    conceptRemoved: (title: string) => `Concept van "${title}" verwijderd`,
    /** The one section a new guide starts with. */
    firstSection: 'Eerste onderdeel',
  },
  interviews: {
    started: (guide: string) => `Gesprek gestart: ${guide}`,
    startedWithCompany: (company: string) => `Bedrijf ${company} toegevoegd en gesprek gestart`,
    answersSaved: 'Gespreksantwoorden opgeslagen',
    finished: (guide: string) => `Gesprek afgerond: ${guide}`,
    factsTaken: 'Gegevens uit gesprek overgenomen in het bedrijf',
    removed: 'Gesprek verwijderd',
    zijInstroomTaken: 'Zij-instroom uit afgeronde gesprekken overgenomen',
  },
  meetings: {
    updated: 'Afstemmingsoverleg bijgewerkt',
    recorded: 'Afstemmingsoverleg vastgelegd',
    removed: 'Afstemmingsoverleg verwijderd',
  },
  personData: {
    purged: (n: number) => `${n} oude registraties verwijderd (bewaartermijn)`,
  },
  profile: { saved: 'Profiel opgeslagen' },
  reference: {
    seeded: 'Kennisbank klaargezet',
    termSaved: (term: string) => `Begrip "${term}" opgeslagen`,
    schemeSaved: (name: string) => `Regeling "${name}" opgeslagen`,
    networkSaved: (name: string) => `Netwerk "${name}" opgeslagen`,
    retired: 'Uit gebruik genomen in de kennisbank',
    restored: 'Weer in gebruik genomen in de kennisbank',
    schemeChecked: 'Regeling gecontroleerd',
    setImported: 'Referentieset geïmporteerd',
  },
  targets: {
    saved: (title: string, existed: boolean) =>
      `Doel "${title}" ${existed ? 'bewerkt' : 'toegevoegd'}`,
    removed: 'Doel verwijderd',
  },
} as const;
