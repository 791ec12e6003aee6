import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ContactLogRow } from '../../db/queries/contactLogs';
import { ContactLogEditNotices } from './ContactLogEditNotices';

afterEach(cleanup);

const log = { id: 'l1', advisorId: 'adv-partner', advisorName: 'Jeroen Visser', visibility: 'gedeeld' } as ContactLogRow;
const me = { advisorId: 'adv-me' };

describe('ContactLogEditNotices', () => {
  it("says whose log the advisor is correcting, and that the change is shared", () => {
    render(<ContactLogEditNotices log={log} visibility="gedeeld" me={me} />);
    expect(screen.getByText('U past een contactmoment van Jeroen Visser aan; de wijziging wordt gedeeld.')).toBeTruthy();
  });

  it('says nothing about authorship for an own log', () => {
    const { container } = render(<ContactLogEditNotices log={{ ...log, advisorId: 'adv-me' }} visibility="gedeeld" me={me} />);
    expect(container.textContent).toBe('');
  });

  it('explains that turning a shared log private withdraws it from the partner', () => {
    render(<ContactLogEditNotices log={{ ...log, advisorId: 'adv-me' }} visibility="prive" me={me} />);
    expect(screen.getByText(/Het wordt bij de partnerorganisatie ingetrokken/)).toBeTruthy();
  });
});
