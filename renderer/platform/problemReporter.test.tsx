import {
  act,
  fireEvent,
  render,
  renderHook,
  screen,
  waitFor,
} from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { withTestDatabase } from '../../test/setup/rendererDb';
import { VeldwerkDb, setDb } from '../db/database';
import { newLogDraft } from '../features/contacts/contactDrafts';
import { useContactDraft } from '../features/contacts/useContactDraft';
import { ProblemNotice } from './ProblemNotice';
import { createProblemReporter, isStorageError, problems } from './problemReporter';

let db: VeldwerkDb;
withTestDatabase('problems', (fresh) => (db = fresh), { install: false, quietProblems: false });

const rows = () => db.problems.toArray();

describe('the problem reporter', () => {
  it('records unhandled rejections and uncaught errors of the page in the problems table', async () => {
    const reporter = createProblemReporter();
    reporter.setSink((record) => db.problems.add(record));
    const undo = reporter.install(window);
    try {
      const rejection = new Event('unhandledrejection') as PromiseRejectionEvent;
      Object.defineProperty(rejection, 'reason', { value: new TypeError('x is undefined') });
      window.dispatchEvent(rejection);
      window.dispatchEvent(
        new ErrorEvent('error', { error: new RangeError('te diep'), message: 'te diep' }),
      );
      await waitFor(async () => expect(await rows()).toHaveLength(2));
    } finally {
      undo();
    }
    const [first, second] = await rows();
    expect(first).toMatchObject({
      kind: 'app:unhandled',
      message: 'TypeError: x is undefined',
      detail: { source: 'unhandled', lostWork: false },
    });
    expect(second).toMatchObject({ kind: 'app:error', message: 'RangeError: te diep' });
    // Nothing the advisor did was lost: no notice for these.
    expect(reporter.getNotice()).toBeNull();
  });

  it('keeps what was reported before the database opened and writes it once it is', async () => {
    const reporter = createProblemReporter();
    reporter.report('snapshot', new Error('vroeg'));
    expect(await rows()).toEqual([]);
    reporter.setSink((record) => db.problems.add(record));
    await waitFor(async () =>
      expect((await rows()).map((r) => r.message)).toEqual(['Error: vroeg']),
    );
  });

  it('treats a failed write of the database as lost work, and limits a flood to 20 records a minute', async () => {
    let now = 1_000_000;
    const reporter = createProblemReporter({ now: () => now });
    reporter.setSink((record) => db.problems.add(record));
    const quota = Object.assign(new Error('vol'), { name: 'QuotaExceededError' });
    expect(isStorageError(quota)).toBe(true);
    expect(isStorageError(new TypeError('x'))).toBe(false);
    for (let i = 0; i < 50; i++) reporter.report('draft', quota);
    expect(reporter.getNotice()).toMatchObject({ kind: 'not-saved' });
    await waitFor(async () => expect(await rows()).toHaveLength(20));
    now += 61_000;
    reporter.report('sync', new Error('later'));
    await waitFor(async () => expect(await rows()).toHaveLength(21));
  });

  it('never throws, not even when the database refuses the record', async () => {
    const reporter = createProblemReporter();
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    reporter.setSink(() => Promise.reject(new Error('database dicht')));
    expect(() => reporter.report('sync', new Error('x'))).not.toThrow();
    await waitFor(() => expect(log).toHaveBeenCalled());
    log.mockRestore();
  });
});

describe('ProblemNotice', () => {
  it('says calmly, in Dutch, that a change was not saved, and can be closed', async () => {
    const reporter = createProblemReporter();
    render(<ProblemNotice reporter={reporter} />);
    expect(screen.queryByRole('alert')).toBeNull();
    act(() => reporter.report('draft', new Error('kapot'), { lostWork: true }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Een wijziging is niet opgeslagen');
    expect(alert.textContent).toContain('Wat op het scherm staat, is er nog');
    fireEvent.click(screen.getByRole('button', { name: 'Melding sluiten' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});

describe('a background path: the contact draft', () => {
  it('reports a draft that could not be written, records it and shows the notice', async () => {
    setDb(db);
    // Problems go to a database of their own here, since the app's is the one that fails.
    const problemDb = new VeldwerkDb(`problems-log-${crypto.randomUUID()}`);
    await problemDb.open();
    problems.setSink((record) => problemDb.problems.add(record));
    try {
      render(<ProblemNotice />);
      const source = newLogDraft(null);
      const { result, unmount } = renderHook(() => useContactDraft(source), { wrapper: MemoryRouter });
      await waitFor(() => expect(result.current.state).not.toBeNull());
      // The database goes away under the form (another window deleted it, the disk is full…).
      db.close();
      act(() => result.current.patch({ summary: 'Gesprek met de eigenaar over bbl-plekken' }));
      unmount();
      expect(await screen.findByRole('alert')).toBeTruthy();
      await waitFor(async () =>
        expect((await problemDb.problems.toArray()).map((r) => r.kind)).toContain('app:draft'),
      );
    } finally {
      problemDb.close();
      await problemDb.delete();
    }
  });
});
