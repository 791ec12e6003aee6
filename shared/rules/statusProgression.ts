import type { CompanyStatus } from '../domain/company';
import type { Channel } from '../domain/contactLog';
import type { Visibility } from '../domain/common';

/**
 * What just happened at a company, as far as its approach status is concerned: a contactmoment
 * logged (by channel) or an interview finished.
 */
export type VisitEvent =
  | { kind: 'contact'; channel: Channel; visibility: Visibility }
  | { kind: 'interview'; visibility: Visibility };

/** Contacts where the advisor actually spoke with the company about Leren & Werken. */
const MET_IN_PERSON: ReadonlySet<Channel> = new Set(['bedrijfsbezoek', 'workshop']);

/**
 * The status a company moves to after an event, or null when it stays as it is. The status only
 * moves forward along the approach (nog niet benaderd → benaderd → in gesprek); it never undoes
 * a choice the advisor made ("actief", "nu geen interesse"), and a company that was "niet
 * bereikbaar" is reached once someone sat down with it.
 *
 * A private contact or interview never moves the status: the status is shared with the partner,
 * and a change would reveal that the private contact took place.
 */
export function statusAfterEvent(current: CompanyStatus, event: VisitEvent): CompanyStatus | null {
  if (event.visibility === 'prive') return null;
  const met = event.kind === 'interview' || MET_IN_PERSON.has(event.channel);
  if (
    met &&
    (current === 'nog-niet-benaderd' || current === 'benaderd' || current === 'niet-bereikbaar')
  ) {
    return 'in-gesprek';
  }
  if (current === 'nog-niet-benaderd') return 'benaderd';
  return null;
}
