import { act, cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting } from '../../../shared/domain/meeting';
import { setDb, VeldwerkDb } from '../../db/database';
import { toMeeting } from '../../db/queries/alignment';
import { saveMeeting } from '../../db/repositories/meetings';
import { useMeetingDraft } from './useMeetingDraft';

let db: VeldwerkDb;
beforeEach(async () => {
  db = new VeldwerkDb(`test-${crypto.randomUUID()}`);
  await db.open();
  setDb(db);
});
afterEach(async () => {
  cleanup();
  setDb(null);
  await db.delete();
});

const period = { from: '2026-11-30', to: '2026-12-06' };
const me = { advisorId: 'a1', name: 'Sanne Adviseur', organisation: 'lwl' as const };
const profile = { ...me, organisationOther: '', deviceId: 'd1' };
const wrapper = ({ children }: { children: ReactNode }) => (
  <RouterProvider router={createMemoryRouter([{ path: '/', element: children }])} />
);
const stored = async (id: string) => toMeeting(await db.meetings.get(id));

describe('useMeetingDraft', () => {
  it('writes nothing for a new meeting until it is edited, then creates it', async () => {
    let firstEdit: string | null = null;
    const { result } = renderHook(
      () => useMeetingDraft({ id: 'nieuw-1', meeting: undefined, isNew: true, period, profile, onFirstEdit: (id) => (firstEdit = id) }),
      { wrapper },
    );
    await expect.poll(() => result.current.draft).not.toBeNull();
    expect(result.current.autosave.status.kind).toBe('idle');
    expect(result.current.exists).toBe(false);
    expect(await db.meetings.count()).toBe(0);

    act(() => result.current.change({ notes: 'Eerste notitie' }));
    expect(firstEdit).toBe('nieuw-1');
    await act(async () => void (await result.current.autosave.flush()));
    expect((await stored('nieuw-1'))?.notes).toBe('Eerste notitie');
    expect(result.current.exists).toBe(true);
  });

  it('keeps a partner’s change to another field that arrived while typing', async () => {
    await saveMeeting({ id: 'm1', date: '2026-12-03', periodStart: period.from, periodEnd: period.to, participants: [me], notes: 'A', agreements: [] });
    const initial = (await stored('m1'))!;
    const { result, rerender } = renderHook(
      ({ meeting }: { meeting: Meeting }) => useMeetingDraft({ id: 'm1', meeting, isNew: false, period, profile }),
      { wrapper, initialProps: { meeting: initial } },
    );
    await expect.poll(() => result.current.draft?.notes).toBe('A');

    // The partner adds a participant (arrives by sync); the draft on screen does not have it.
    const partner = { advisorId: 'b1', name: 'Jeroen Partner', organisation: 'baanbrekend' as const };
    await saveMeeting({ ...initial, participants: [me, partner] });
    rerender({ meeting: (await stored('m1'))! });

    act(() => result.current.change({ notes: 'A, en Sliedrecht besproken' }));
    await act(async () => void (await result.current.autosave.flush()));
    const after = (await stored('m1'))!;
    expect(after.notes).toBe('A, en Sliedrecht besproken');
    expect(after.participants.map((p) => p.advisorId)).toEqual(['a1', 'b1']);
  });

  it('restores typing left behind by a closed page, even when a partner changed the meeting since', async () => {
    await saveMeeting({ id: 'm2', date: '2026-12-03', periodStart: period.from, periodEnd: period.to, participants: [me], notes: 'A', agreements: [] });
    const initial = (await stored('m2'))!;
    localStorage.setItem(
      'veldwerk:niet-opgeslagen:meeting:m2',
      JSON.stringify({ at: Date.parse(initial.updatedAt) - 60_000, value: { ...initial, notes: 'A, half getypt' } }),
    );
    const partner = { advisorId: 'b1', name: 'Jeroen Partner', organisation: 'baanbrekend' as const };
    await saveMeeting({ ...initial, participants: [me, partner] });
    const { result } = renderHook(() => useMeetingDraft({ id: 'm2', meeting: initial, isNew: false, period, profile }), { wrapper });
    await expect.poll(() => result.current.draft?.notes).toBe('A, half getypt');
    expect(result.current.restored).toBe(true);
    await act(async () => void (await result.current.autosave.flush()));
    await expect.poll(async () => (await stored('m2'))?.notes).toBe('A, half getypt');
    expect((await stored('m2'))!.participants).toHaveLength(2);
    expect(localStorage.getItem('veldwerk:niet-opgeslagen:meeting:m2')).toBeNull();
  });
});
