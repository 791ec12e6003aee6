import { formatDate } from '../format';

/*
 * Texts of the domain rules added for issue 15: honest regeling matching (who a scheme is for,
 * conditions the record cannot settle, schemes whose existence is unsure), reach references and
 * network status. Kept apart from kennisbank.ts so parallel work does not collide.
 */

/** Short labels of the company needs as they read inside a sentence ("sluit aan bij …"). */
const needShort: Record<string, string> = {
  'begeleiding-stagiair': 'begeleiding van een stagiair',
  werknemersvaardigheden: 'werknemersvaardigheden',
  'administratieve-lasten': 'minder administratie',
  'financiele-regelingen': 'financiële regelingen',
  werving: 'werving van personeel',
  'scholing-personeel': 'scholing van eigen personeel',
  'erkenning-leerbedrijf': 'erkend leerbedrijf worden',
  anders: 'andere behoeften',
};

export const domain = {
  match: {
    /** "a, b en c" */
    listAnd: (items: string[]) =>
      items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`,
    kindMkb: 'MKB-bedrijven met personeel',
    kindZzp: 'zzp-ers',
    /** A scheme whose status is unknown is never "Past". */
    statusUnknown: 'Misschien — controleer eerst of de regeling nog bestaat',
    statusUnknownMissing: 'of de regeling nog bestaat',
    audienceNotEmployer: (who: string) =>
      `Past niet: geen regeling voor werkgevers maar voor ${who} zelf; een medewerker kan het zelf aanvragen`,
    audienceNotZzp: (who: string) => `Past niet: een regeling voor ${who}, niet voor zzp-ers`,
    audienceZzp: 'Past: ook bedoeld voor zzp-ers zelf',
    audienceWho: {
      werkgever: 'werkgevers',
      werknemer: 'werknemers',
      werkzoekende: 'werkzoekenden',
      'zzp-er': 'zzp-ers',
    } as Record<string, string>,
    targetGroups: (groups: string) =>
      `Past mogelijk: alleen bij het in dienst nemen of houden van ${groups}`,
    targetGroupsMissing: (groups: string) => `een kandidaat of werknemer uit de doelgroep (${groups})`,
    check: (text: string) => `Past mogelijk: alleen als ${text}`,
    erkendNotNeeded: (forms: string) =>
      `Past: voor ${forms} is geen erkenning door SBB nodig`,
    erkendOnlyFor: (forms: string) =>
      `Onbekend: geen erkend leerbedrijf; dan past het alleen voor plaatsen zonder SBB-erkenning, niet voor ${forms}`,
    erkendNotFor: (forms: string) =>
      `Past niet: voor ${forms} moet het bedrijf een erkend leerbedrijf zijn; erkenning kan bij SBB worden aangevraagd`,
    needsFit: (needs: string) => `Sluit aan bij de behoefte: ${needs}`,
    needLabel: (key: string) => needShort[key] ?? key.replace(/-/g, ' '),
  },
  outcomeLabels: {
    forEveryone: 'Voor iedereen',
    maybe: 'Misschien',
  },
  scheme: {
    sourceDate: (date: string | null | undefined) =>
      date ? `bron van ${formatDate(date)}` : 'bron zonder datum',
  },
  schemeForm: {
    sourceDate: 'Datum van de bron',
    sourceDateHint: 'jjjj-mm-dd, de datum die de bron zelf noemt; leeg als die geen datum heeft',
  },
  companyForm: {
    /** The counting base of the employee figure (issue 15). */
    employeesBasis:
      'Medewerkers in loondienst, zonder de eigenaar(s). Een KvK-lijst telt werkzame personen, eigenaren inbegrepen, en komt daardoor vaak één hoger uit.',
  },
  facts: {
    reasonsNot: 'Waarom (nog) niet',
  },
  networks: {
    website: 'Website',
    websiteHint: 'Van het netwerk zelf, nooit van een persoon.',
    status: 'Status',
    source: 'Bron',
    sourceDated: (text: string, date: string | null) =>
      date ? `${text} (${formatDate(date)})` : text,
    listSource:
      'Bron van de netwerken uit het rapport: bijlage 6, stand februari 2017, niet uitputtend. Of ze nog bestaan, staat bij elk netwerk.',
    statusUnknownNote:
      'Niet gecontroleerd of dit netwerk nog bestaat; de gegevens komen uit de bron hieronder.',
  },
  networkStatuses: {
    actief: 'Actief',
    onbekend: 'Status onbekend',
    opgeheven: 'Opgeheven',
  },
} as const;
