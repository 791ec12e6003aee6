import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../test/setup/rendererDb';
import type { VeldwerkDb } from '../../db/database';
import { TermFormDialog } from './TermFormDialog';

let db: VeldwerkDb;
withTestDatabase('term-dialog', (fresh) => (db = fresh));

function openNewTerm() {
  const router = createMemoryRouter(
    [
      { path: '/', element: <TermFormDialog term={null} isOpen onOpenChange={() => undefined} /> },
      { path: '/kennisbank/begrippen/:key', element: <p>begrip</p> },
    ],
    { initialEntries: ['/'] },
  );
  render(<RouterProvider router={router} />);
  return router;
}

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });

describe('a new begrip (useReferenceForm)', () => {
  it('takes its key from its name until a key is typed, saves in one write and opens its page', async () => {
    const router = openNewTerm();
    type('Begrip', 'Beroepspraktijkvorming BBL');
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: /^Sleutel/ })).toHaveProperty('value', 'beroepspraktijkvorming-bbl'),
    );
    type('Sleutel', 'bpv-bbl');
    type('Begrip', 'Beroepspraktijkvorming');
    expect(screen.getByRole('textbox', { name: /^Sleutel/ })).toHaveProperty('value', 'bpv-bbl');
    type('Uitleg', 'Leren op de werkvloer naast de opleiding.');
    fireEvent.click(screen.getByRole('button', { name: 'Opslaan' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/kennisbank/begrippen/bpv-bbl'));
    expect(await db.terms.get('begrip-bpv-bbl')).toMatchObject({ key: 'bpv-bbl', term: 'Beroepspraktijkvorming' });
  });
});
