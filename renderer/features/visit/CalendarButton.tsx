import { useState } from 'react';
import { followUpsToIcs, type CalendarItem } from '../../../shared/calendar/followUpsIcs';
import { visit } from '../../../shared/i18n/nl/visit';
import type { FollowUpRow } from '../../db/queries/followUps';
import { saveFile } from '../../platform/platform';
import { Button } from '../../ui/Button';

const c = visit.calendar;

export const slugOf = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40) || 'actie';

/**
 * What may go to a calendar: open actions with a date. Private actions stay out: a calendar
 * file ends up in Outlook, and from there on a mail server.
 */
export function calendarItems(
  followUps: readonly FollowUpRow[],
  companyName: (id: string) => string,
): CalendarItem[] {
  return followUps
    .filter((f) => f.status === 'open' && f.due && f.visibility !== 'prive')
    .map((f) => ({
      id: f.id,
      title: f.title,
      due: f.due!,
      companyName: companyName(f.companyId),
      ownerName: f.ownerName,
      updatedAt: f.updatedAt,
    }));
}

/** Saves an .ics file with the given open follow-ups (one or many) for the advisor's calendar. */
export function CalendarButton({
  followUps,
  companyName,
  label = c.add,
  fileSlug,
  variant,
  accessibleName,
}: {
  followUps: readonly FollowUpRow[];
  companyName: string | ((id: string) => string);
  label?: string;
  fileSlug: string;
  variant?: 'primary' | 'secondary' | 'quiet';
  /** When several such buttons share a label, the name that tells them apart. */
  accessibleName?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const items = calendarItems(
    followUps,
    typeof companyName === 'string' ? () => companyName : companyName,
  );
  return (
    <>
      <Button
        variant={variant}
        aria-label={accessibleName}
        isDisabled={items.length === 0}
        onPress={() => {
          setError(null);
          const bytes = new TextEncoder().encode(followUpsToIcs(items));
          saveFile(c.fileName(slugOf(fileSlug)), bytes, 'text/calendar').catch((e: unknown) =>
            setError(e instanceof Error ? e.message : String(e)),
          );
        }}
      >
        {label}
      </Button>
      {error && (
        <span role="alert" className="field-error">
          {error}
        </span>
      )}
    </>
  );
}
