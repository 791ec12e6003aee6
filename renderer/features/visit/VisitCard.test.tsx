import { cleanup, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, localToday } from '../../../shared/dates/localDate';
import type { CompanyRow } from '../../db/queries/companies';
import type { FollowUpRow } from '../../db/queries/followUps';
import type { VisitCard as Card } from './useVisitCard';
import { VisitCard } from './VisitCard';

afterEach(cleanup);

const today = localToday();
const followUp = (id: string, title: string, due: string | null) =>
  ({ id, title, due, ownerName: 'Fleur Bakker', visibility: 'gedeeld', status: 'open' }) as unknown as FollowUpRow;

const card: Card = {
  company: { id: 'c1', name: 'Garage De Brug', kind: 'mkb' } as CompanyRow,
  persons: [],
  contacts: [],
  followUps: [
    followUp('f1', 'Offerte nabellen', addDays(today, -3)),
    followUp('f2', 'Subsidie uitleggen', today),
    followUp('f3', 'Terugkomen na de zomer', null),
  ],
  interviews: [],
  schemes: [],
  advisorName: () => null,
  networkNames: [],
};

describe('VisitCard: open actions', () => {
  it('marks an action past its date as late, and only that one', () => {
    render(
      <MemoryRouter>
        <VisitCard card={card} print />
      </MemoryRouter>,
    );
    const list = screen.getByRole('list', { name: 'Open acties' });
    const items = within(list).getAllByRole('listitem');
    expect(items.map((li) => li.textContent?.includes('te laat'))).toEqual([true, false, false]);
  });
});
