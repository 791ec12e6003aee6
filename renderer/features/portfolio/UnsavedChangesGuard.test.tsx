import { act, cleanup, render, screen } from '@testing-library/react';
import { createHashRouter, Link, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { UnsavedChangesGuard } from './UnsavedChangesGuard';

const POP_WARNING = 'blocker on a POP navigation';

function renderAt(when: boolean) {
  window.location.hash = '#/bedrijf';
  const router = createHashRouter([
    {
      path: '/bedrijf',
      element: (
        <>
          <h1>Bedrijf</h1>
          <Link to="/elders">Elders</Link>
          <UnsavedChangesGuard when={when} flush={async () => false} />
        </>
      ),
    },
    { path: '/elders', element: <h1>Elders</h1> },
  ]);
  render(<RouterProvider router={router} />);
  return router;
}

/** What a browser does for an address typed in the bar: a new entry without router state, then popstate. */
async function typeAddress(hash: string) {
  await act(async () => {
    window.history.pushState(null, '', hash);
    window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('UnsavedChangesGuard', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('registers no router blocker while everything is saved, so typed addresses do not warn', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderAt(false);
    await screen.findByRole('heading', { name: 'Bedrijf' });
    await typeAddress('#/elders');
    await screen.findByRole('heading', { name: 'Elders' });
    expect(warn.mock.calls.flat().join(' ')).not.toContain(POP_WARNING);
  });

  it('still stops a link away from the page while a change is unsaved', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    renderAt(true);
    await act(async () => screen.getByRole('link', { name: 'Elders' }).click());
    expect(await screen.findByText('Niet alles is opgeslagen')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Elders' })).toBeNull();
  });
});
