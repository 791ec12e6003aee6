import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { SyncProgressBar } from './SyncStatusPanel';

afterEach(cleanup);

describe('sync progress bar', () => {
  it('shows how much of the snapshot a joining laptop has loaded, labelled for assistive technology', () => {
    render(<SyncProgressBar progress={{ phase: 'snapshot', done: 40_000, step: 40_000, steps: 80_000 }} />);
    const bar = screen.getByRole('progressbar', { name: 'Momentopname van het team laden' });
    expect(bar.getAttribute('aria-valuenow')).toBe('40000');
    expect(bar.getAttribute('aria-valuemax')).toBe('80000');
    expect(bar.getAttribute('aria-valuetext')).toBe('40.000 van 80.000 records');
    expect(screen.getByText('40.000 van 80.000 records')).toBeTruthy();
  });

  it('counts files while partners’ changes are read, and stays away for a short round', () => {
    const { rerender } = render(<SyncProgressBar progress={{ phase: 'pull', done: 900, step: 3, steps: 12 }} />);
    expect(screen.getByRole('progressbar', { name: 'Wijzigingen van partners ophalen' }).getAttribute('aria-valuetext')).toBe(
      '3 van 12 bestanden',
    );
    rerender(<SyncProgressBar progress={{ phase: 'pull', done: 2, step: 1, steps: 1 }} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
    rerender(<SyncProgressBar progress={{ phase: 'push', done: 2 }} />);
    expect(screen.queryByRole('progressbar')).toBeNull();
  });
});
