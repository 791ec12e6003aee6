import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { withTestDatabase } from '../../../test/setup/rendererDb';
import type { VeldwerkDb } from '../../db/database';
import { readGuide } from '../../db/queries/guides';
import { createGuide } from '../../db/repositories/guides';
import { GuideEditor } from './GuideEditor';

let db: VeldwerkDb;
withTestDatabase('guide-editor', (fresh) => (db = fresh));

async function openEditor() {
  const guide = await createGuide('Kennismaking');
  const router = createMemoryRouter(
    [
      { path: '/edit', element: <GuideEditor initial={guide} /> },
      { path: '/weg', element: <p>weg</p> },
    ],
    { initialEntries: ['/edit'] },
  );
  render(<RouterProvider router={router} />);
  return { guide, router, title: screen.getByRole('textbox', { name: 'Titel' }) };
}

describe('GuideEditor autosave', () => {
  it('writes an edit after a pause and what is pending when the editor is left', async () => {
    const { guide, router, title } = await openEditor();
    fireEvent.change(title, { target: { value: 'Kennismaking mkb' } });
    await waitFor(async () => expect((await readGuide(guide.id))?.title).toBe('Kennismaking mkb'));
    fireEvent.change(title, { target: { value: 'Kennismaking mkb 2' } });
    await act(async () => void (await router.navigate('/weg')));
    await waitFor(async () => expect((await readGuide(guide.id))?.title).toBe('Kennismaking mkb 2'));
  });

  it('shows a failed write and writes the same edit on "Opnieuw proberen" instead of dropping it', async () => {
    const { guide, title } = await openEditor();
    db.close();
    fireEvent.change(title, { target: { value: 'Werkplekleren' } });
    const retry = await screen.findByRole('button', { name: 'Opnieuw proberen' });
    await db.open();
    fireEvent.click(retry);
    await waitFor(async () => expect((await readGuide(guide.id))?.title).toBe('Werkplekleren'));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Opnieuw proberen' })).toBeNull());
  });
});
