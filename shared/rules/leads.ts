import type { CompanyFacts } from '../domain/target';
import { companyNameKey } from '../text/normalize';
import type { LogFacts } from './doubleApproach';

/** Afstemmingsoverleg section 5: companies named in interviews that nobody has contacted. */

export type InterviewAnswers = {
  id: string;
  companyId: string;
  answers: Readonly<Record<string, unknown>>;
  visibility?: string;
  _deleted?: boolean;
};

export type Lead = {
  text: string;
  /** The interviews (and their companies) in which the lead was named. */
  interviewIds: string[];
  sourceCompanyIds: string[];
  /** A portfolio company with that name that has no contact yet; null when not in the portfolio. */
  matchedCompanyId: string | null;
};

/** Free-text answers name several companies: one per line, or separated by commas or semicolons. */
export const splitLeads = (answer: string): string[] =>
  answer
    .split(/[\n\r,;]+/)
    .map((s) => s.replace(/^[\s\-*•\d.)]+/, '').trim())
    .filter((s) => companyNameKey(s).length >= 2);

const MIN_PARTIAL = 5;
const namesMatch = (lead: string, company: string) =>
  lead === company ||
  (lead.length >= MIN_PARTIAL && ` ${company} `.includes(` ${lead} `)) ||
  (company.length >= MIN_PARTIAL && ` ${lead} `.includes(` ${company} `));

/**
 * Section 5: companies named in interviews (question 10 of the guides: "do you know other firms
 * that need support?") that nobody has contacted: either not in the portfolio at all, or in it
 * without a single contact moment. Any contact counts here, private or not, because the point
 * is to find companies nobody has spoken to.
 */
export function uncontactedLeads(input: {
  interviews: readonly InterviewAnswers[];
  answerKeys: readonly string[];
  companies: readonly (Pick<CompanyFacts, 'id' | 'name'> & { _deleted?: boolean })[];
  logs: readonly Pick<LogFacts, 'companyId' | '_deleted'>[];
}): Lead[] {
  const contacted = new Set(input.logs.filter((l) => !l._deleted).map((l) => l.companyId));
  const companies = input.companies
    .filter((c) => !c._deleted)
    .map((c) => ({ id: c.id, norm: companyNameKey(c.name) }));
  const leads = new Map<string, Lead>();
  for (const interview of input.interviews) {
    if (interview._deleted || interview.visibility === 'prive') continue;
    for (const key of input.answerKeys) {
      const raw = interview.answers[key];
      const texts =
        typeof raw === 'string'
          ? [raw]
          : Array.isArray(raw)
            ? raw.filter((x) => typeof x === 'string')
            : [];
      for (const text of texts.flatMap(splitLeads)) {
        const norm = companyNameKey(text);
        const matches = companies.filter((c) => c.norm && namesMatch(norm, c.norm));
        if (matches.some((c) => contacted.has(c.id))) continue;
        const lead = leads.get(norm) ?? {
          text,
          interviewIds: [],
          sourceCompanyIds: [],
          matchedCompanyId: matches[0]?.id ?? null,
        };
        if (!lead.interviewIds.includes(interview.id)) lead.interviewIds.push(interview.id);
        if (!lead.sourceCompanyIds.includes(interview.companyId))
          lead.sourceCompanyIds.push(interview.companyId);
        leads.set(norm, lead);
      }
    }
  }
  return [...leads.values()].sort((a, b) => a.text.localeCompare(b.text, 'nl'));
}

