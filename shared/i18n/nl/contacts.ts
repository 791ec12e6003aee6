import type { Channel } from '../../domain/contactLog';

/** Texts of contact moments, "Mijn acties", the company timeline and the double-approach warning. */

/** Completes "… had op 3 november 2026 ___": the channel as a Dutch phrase. */
const channelPhrase: Record<Channel, string> = {
  bedrijfsbezoek: 'een bedrijfsbezoek',
  telefoon: 'telefonisch contact',
  'e-mail': 'contact per e-mail',
  netwerkbijeenkomst: 'contact op een netwerkbijeenkomst',
  doorverwijzing: 'contact via een doorverwijzing',
  workshop: 'contact tijdens een workshop',
  anders: 'contact',
};

export const contacts = {
  channelPhrase,
  visibility: {
    gedeeld: 'Gedeeld',
    prive: 'Privé',
    priveMarker: 'Privé: blijft op deze laptop',
  },
  doubleApproach: {
    heading: 'Let op: dit bedrijf is recent door een partner benaderd',
    explain: (days: number) =>
      `Om het bedrijf niet dubbel te benaderen: iemand van een andere organisatie had de afgelopen ${days} dagen contact of heeft hier een open actie. Stem uw contact en vervolgstappen met die collega af.`,
    contact: (who: string, date: string, channel: Channel, outcome: string) =>
      `${who} had op ${date} ${channelPhrase[channel]}${outcome ? `; afgesproken: ${outcome}` : '.'}`,
    openAction: (who: string, title: string, due: string | null) =>
      `${who} heeft hier een open actie: “${title}”${due ? ` (uiterlijk ${due})` : ''}.`,
    who: (organisation: string, advisorName: string) =>
      advisorName ? `${advisorName} van ${organisation}` : organisation,
    listTitle: 'Recent door beide organisaties benaderd',
    ownedByBothTitle: 'Eigenaar bij beide organisaties',
  },
  myActions: {
    title: 'Mijn acties',
    overdue: 'Te laat',
    thisWeek: 'Deze week',
    later: 'Later',
    noDate: 'Zonder datum',
    empty: 'Geen open acties. Goed bezig!',
    markDone: 'Gedaan',
    badge: (n: number) => (n === 1 ? '1 actie te laat' : `${n} acties te laat`),
  },
  timeline: {
    types: {
      contact: 'Contactmomenten',
      actie: 'Acties',
      gesprek: 'Gesprekken',
      afspraak: 'Afspraken uit het overleg',
      wijziging: 'Wijzigingen',
    },
    contactTitle: (channel: string, advisorName: string) =>
      advisorName ? `${channel} – ${advisorName}` : channel,
    outcome: (outcome: string) => `Afgesproken: ${outcome}`,
    actionTitle: (title: string) => `Actie: ${title}`,
    actionOpen: (owner: string, due: string | null) =>
      due ? `Open, voor ${owner}, uiterlijk ${due}` : `Open, voor ${owner}`,
    actionDone: (owner: string, date: string | null) =>
      date ? `Gedaan door ${owner} op ${date}` : `Gedaan door ${owner}`,
    actionExpired: (owner: string) => `Vervallen (was voor ${owner})`,
    interviewFinished: (guide: string) => `Gesprek gevoerd: ${guide}`,
    interviewStarted: (guide: string) => `Gesprek begonnen: ${guide}`,
    agreementTitle: (text: string) => `Afspraak in het afstemmingsoverleg: ${text}`,
    agreementDetail: (owner: string, due: string | null) =>
      due ? `Voor ${owner}, uiterlijk ${due}` : `Voor ${owner}`,
    created: 'Bedrijf toegevoegd',
    merged: (other: string) => `${other} samengevoegd met dit bedrijf`,
    mergedInto: (other: string) => `Samengevoegd met ${other}`,
    deleted: 'Bedrijf verwijderd',
    restored: 'Bedrijf teruggezet',
    sizeSet: (to: string) => `Grootteklasse vastgelegd: ${to}`,
    sizeChanged: (from: string, to: string) => `Grootteklasse gewijzigd van ${from} naar ${to}`,
    statusSet: (to: string) => `Status: ${to}`,
    statusChanged: (from: string, to: string) => `Status gewijzigd van ${from} naar ${to}`,
    kindChanged: (from: string, to: string) => `Soort gewijzigd van ${from} naar ${to}`,
    ownerSet: (org: string, to: string) => `Eigenaar ${org}: ${to}`,
    ownerChanged: (org: string, from: string, to: string) =>
      `Eigenaar ${org} gewijzigd van ${from} naar ${to}`,
    ownerCleared: (org: string, from: string) => `Eigenaar ${org} (${from}) losgelaten`,
    byWhom: (label: string, who: string) => (who ? `${label} – ${who}` : label),
    kind: (kind: string) => (kind === 'mkb' ? 'MKB-bedrijf' : kind === 'zzp' ? 'zzp-er' : kind),
    sizeClass: (size: string) =>
      size === 'zzp' ? 'zzp' : size === 'onbekend' ? 'onbekend' : `${size} medewerkers`,
    unknownAdvisor: 'onbekende adviseur',
  },
} as const;
