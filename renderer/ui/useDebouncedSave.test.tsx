import { act, cleanup, render } from '@testing-library/react';
import { useEffect } from 'react';
import { createMemoryRouter, RouterProvider, useNavigate } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { readSaveBackup, useDebouncedSave, type DebouncedSave } from './useDebouncedSave';

afterEach(cleanup);

type Harness = { api: DebouncedSave<string> | null; navigate: ((to: string) => void) | null };

function Editor({ harness, save, backupKey }: { harness: Harness; save: (v: string) => Promise<unknown>; backupKey?: string }) {
  const api = useDebouncedSave<string>({ save, source: 'test', delayMs: 10_000, backupKey });
  const navigate = useNavigate();
  useEffect(() => {
    harness.api = api;
    harness.navigate = (to) => void navigate(to);
  });
  return <p>{api.status.kind}</p>;
}

function mount(save: (v: string) => Promise<unknown>, backupKey?: string) {
  const harness: Harness = { api: null, navigate: null };
  const router = createMemoryRouter(
    [
      { path: '/a', element: <Editor harness={harness} save={save} backupKey={backupKey} /> },
      { path: '/b', element: <Editor harness={harness} save={save} backupKey={backupKey} /> },
      { path: '/weg', element: <p>weg</p> },
    ],
    { initialEntries: ['/a'] },
  );
  const view = render(<RouterProvider router={router} />);
  return { harness, router, view };
}

const settle = () => act(async () => await new Promise((r) => setTimeout(r, 0)));

describe('useDebouncedSave', () => {
  it('writes only the newest value, in order, when flushed', async () => {
    const written: string[] = [];
    const { harness } = mount(async (v) => void written.push(v));
    act(() => {
      harness.api!.schedule('a');
      harness.api!.schedule('ab');
    });
    expect(harness.api!.hasPending()).toBe(true);
    await act(async () => expect(await harness.api!.flush()).toBe(true));
    expect(written).toEqual(['ab']);
    expect(harness.api!.status.kind).toBe('saved');
  });

  it('writes what is pending when the route changes and when the editor unmounts', async () => {
    const written: string[] = [];
    const { harness, router } = mount(async (v) => void written.push(v));
    act(() => harness.api!.schedule('notities'));
    await act(async () => void (await router.navigate('/b')));
    await settle();
    expect(written).toEqual(['notities']);
    act(() => harness.api!.schedule('meer notities'));
    await act(async () => void (await router.navigate('/weg')));
    await settle();
    expect(written).toEqual(['notities', 'meer notities']);
  });

  it('keeps a failed value pending, shows the failure and writes it on the next try', async () => {
    let fail = true;
    const written: string[] = [];
    const { harness } = mount(async (v) => {
      if (fail) throw new Error('schijf vol');
      written.push(v);
    });
    act(() => harness.api!.schedule('afspraak'));
    await act(async () => expect(await harness.api!.flush()).toBe(false));
    expect(harness.api!.status).toEqual({ kind: 'error', message: 'schijf vol' });
    expect(harness.api!.hasPending()).toBe(true);
    fail = false;
    await act(async () => expect(await harness.api!.flush()).toBe(true));
    expect(written).toEqual(['afspraak']);
  });

  it('copies the pending value synchronously on pagehide and drops the copy after a write', async () => {
    let release: (() => void) | null = null;
    const { harness } = mount(() => new Promise<void>((r) => (release = r)), 'toets');
    act(() => harness.api!.schedule('half getypt'));
    act(() => void window.dispatchEvent(new Event('pagehide')));
    // The copy exists before the (slow) database write has even finished.
    expect(readSaveBackup<string>('toets')?.value).toBe('half getypt');
    await act(async () => {
      await expect.poll(() => release).not.toBeNull();
      release!();
      await harness.api!.flush();
    });
    expect(readSaveBackup('toets')).toBeNull();
  });

  it('leaves the copy also when the page closes while the write is under way', async () => {
    let release: (() => void) | null = null;
    const { harness } = mount(() => new Promise<void>((r) => (release = r)), 'onderweg');
    act(() => harness.api!.schedule('bijna opgeslagen'));
    let done: Promise<boolean> = Promise.resolve(true);
    act(() => void (done = harness.api!.flush()));
    await act(async () => await expect.poll(() => release).not.toBeNull());
    act(() => void window.dispatchEvent(new Event('pagehide')));
    expect(readSaveBackup<string>('onderweg')?.value).toBe('bijna opgeslagen');
    await act(async () => {
      release!();
      await done;
    });
  });

  it('keeps a copy of a value whose write failed, also after the editor is gone', async () => {
    const { harness, router } = mount(async () => {
      throw new Error('database gesloten');
    }, 'mislukt');
    act(() => harness.api!.schedule('afspraak met de eigenaar'));
    await act(async () => void (await router.navigate('/weg')));
    await settle();
    expect(readSaveBackup<string>('mislukt')?.value).toBe('afspraak met de eigenaar');
  });
});
