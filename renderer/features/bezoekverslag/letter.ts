import type { CompanyKind } from '../../../shared/domain/company';
import type { SectorKey } from '../../../shared/domain/target';
import { resolveWording } from '../../../shared/guides/wording';
import { formatLocalDate } from '../../../shared/dates/localDate';
import { formatDate } from '../../../shared/i18n/format';
import { visit } from '../../../shared/i18n/nl/visit';
import type { SchemeFit } from '../visit/schemeFit';

const v = visit.verslag;

export type LetterInput = {
  companyName: string;
  kind: CompanyKind | null;
  sector: SectorKey | null;
  /** The person the letter is addressed to; the salutation falls back on the sector's word. */
  contactName: string | null;
  /** When the visit or contact took place (ISO). */
  at: string;
  /** Topics discussed (labels) and the agreed outcome, from a SHARED contactmoment only. */
  topics: string[];
  outcome: string;
  agreed: { title: string; ownerName: string; due: string | null }[];
  schemes: SchemeFit[];
  advisorName: string;
  organisationName: string;
};

const firstSentence = (s: string) => {
  const m = /^(.+?[.!?])(\s|$)/s.exec(s.trim());
  return (m?.[1] ?? s).trim();
};
/**
 * The matching reasons in words for the employer: without the "Past:" label and the rule's
 * bounds in brackets, and without a reason another one already says ("MKB-bedrijf" next to
 * "MKB-bedrijf met 8 werknemers").
 */
function plainReason(reasons: string[]): string {
  const plain = reasons.map((r) =>
    r
      .replace(/^Past: /, '')
      .replace(/\s*\([^)]*\)/g, '')
      .trim(),
  );
  return plain
    .filter((r, i) => !plain.some((o, j) => j !== i && o !== r && o.startsWith(r)))
    .slice(0, 2)
    .join('; ');
}

/**
 * The first version of the bezoekverslag, in the sector's words ("praktijk", "onderneming"):
 * what was discussed, what was agreed and by when, the regelingen worth a look with a reason
 * and a link, and who wrote it. The advisor edits it before it goes out.
 */
export function composeLetter(input: LetterInput): { subject: string; body: string } {
  const date = formatDate(input.at);
  const word = (token: string) => resolveWording(`{${token}}`, input.sector, input.kind);
  const addressWord = word('aanspreekvorm') === 'werkgever' ? 'ondernemer' : word('aanspreekvorm');
  const lines: string[] = [
    v.greeting(input.contactName?.trim() || addressWord),
    '',
    v.thanks(date, word('bedrijf')),
    '',
    `${v.discussed}:`,
  ];
  if (input.topics.length > 0) lines.push(v.discussedTopics(input.topics.join(', ')));
  if (input.outcome.trim()) lines.push(`- ${input.outcome.trim()}`);
  lines.push('', `${v.agreed}:`);
  if (input.agreed.length === 0) lines.push(v.nothingAgreed);
  for (const a of input.agreed)
    lines.push(v.agreedItem(a.title, a.ownerName, a.due ? formatLocalDate(a.due) : null));
  if (input.schemes.length > 0) {
    lines.push('', `${v.schemes}:`);
    for (const s of input.schemes)
      lines.push(v.schemeItem(s.name, firstSentence(s.offers), plainReason(s.reasons), s.url));
  }
  lines.push('', v.closing, '', v.regards, v.signature(input.advisorName, input.organisationName));
  return { subject: v.subjectText(input.companyName, date), body: lines.join('\n') };
}
