import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { routerWrapper, withTestDatabase } from '../../../test/setup/rendererDb';
import type { VeldwerkDb } from '../../db/database';
import { QUICK_ENTRY_DRAFT, readDraft } from '../../db/repositories/contactLogs';
import { ProblemNotice } from '../../platform/ProblemNotice';
import { problems } from '../../platform/problemReporter';
import { readSaveBackup } from '../../ui/useDebouncedSave';
import { newLogDraft } from './contactDrafts';
import { useContactDraft } from './useContactDraft';

let db: VeldwerkDb;
withTestDatabase('contact-draft', (fresh) => (db = fresh), { quietProblems: false });
const wrapper = routerWrapper;

describe('useContactDraft', () => {
  it('writes the typed form as a draft and removes it on forget', async () => {
    const source = newLogDraft(null);
    const { result } = renderHook(() => useContactDraft(source), { wrapper });
    await waitFor(() => expect(result.current.state).not.toBeNull());
    act(() => result.current.patch({ summary: 'Kennismaking met de eigenaar' }));
    await waitFor(async () => expect(await readDraft(QUICK_ENTRY_DRAFT)).toMatchObject({ summary: 'Kennismaking met de eigenaar' }));
    expect(result.current.status.kind).toBe('saved');
    await act(() => result.current.forget());
    expect(await readDraft(QUICK_ENTRY_DRAFT)).toBeNull();
  });

  it('shows a draft that could not be written and writes it on the next try instead of dropping it', async () => {
    problems.setSink(async () => undefined);
    render(<ProblemNotice />);
    const source = newLogDraft(null);
    const { result, unmount } = renderHook(() => useContactDraft(source), { wrapper });
    await waitFor(() => expect(result.current.state).not.toBeNull());
    db.close(); // the database goes away under the form (disk full, another window deleted it…)
    act(() => result.current.patch({ summary: 'Twee bbl-plekken in de werkplaats' }));
    await waitFor(() => expect(result.current.status.kind).toBe('error'));
    expect(await screen.findByRole('alert')).toBeTruthy();
    await db.open();
    // Closing the dialog writes what is still pending: the failed draft, not nothing.
    unmount();
    await waitFor(async () => expect(await readDraft(QUICK_ENTRY_DRAFT)).toMatchObject({ summary: 'Twee bbl-plekken in de werkplaats' }));
  });

  it('retries on request', async () => {
    const source = newLogDraft(null);
    const { result } = renderHook(() => useContactDraft(source), { wrapper });
    await waitFor(() => expect(result.current.state).not.toBeNull());
    db.close();
    act(() => result.current.patch({ outcome: 'Offerte sturen' }));
    await waitFor(() => expect(result.current.status.kind).toBe('error'));
    await db.open();
    await act(async () => expect(await result.current.retry()).toBe(true));
    expect(result.current.status.kind).toBe('saved');
    expect(await readDraft(QUICK_ENTRY_DRAFT)).toMatchObject({ outcome: 'Offerte sturen' });
  });

  it('brings back, on the next open, what was typed when the window closed before it was written', async () => {
    const source = newLogDraft(null);
    const first = renderHook(() => useContactDraft(source), { wrapper });
    await waitFor(() => expect(first.result.current.state).not.toBeNull());
    db.close(); // the write cannot finish while the window goes away
    act(() => first.result.current.patch({ summary: 'Afspraak voor een rondleiding' }));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    first.unmount();
    await db.open();
    const second = renderHook(() => useContactDraft(source), { wrapper });
    await waitFor(() => expect(second.result.current.state?.summary).toBe('Afspraak voor een rondleiding'));
    expect(second.result.current.restored).toBe(true);
    await waitFor(async () => expect(await readDraft(QUICK_ENTRY_DRAFT)).toMatchObject({ summary: 'Afspraak voor een rondleiding' }));
    await waitFor(() => expect(readSaveBackup(`contact:${QUICK_ENTRY_DRAFT}`)).toBeNull());
  });
});
