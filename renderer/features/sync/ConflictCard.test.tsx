import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeldwerkDb, setDb } from '../../db/database';
import type { ConflictView } from '../../db/queries/conflicts';
import { write } from '../../db/repository';
import { ConflictCard } from './ConflictCard';

let db: VeldwerkDb;
beforeEach(async () => {
  db = new VeldwerkDb(`conflictcard-${crypto.randomUUID()}`);
  setDb(db);
  await db.open();
});
afterEach(async () => {
  cleanup();
  setDb(null);
  await db.delete();
});

const hlc = (ms: number, device: string) => `${String(ms).padStart(15, '0')}-00000-${device}`;

describe('ConflictCard: a delete and an edit that did not see each other', () => {
  it('names who deleted and who edited, and brings the record back with the edit', async () => {
    await write(db, 'x', (w) => w.insert('companies', [{ id: 'c1', name: 'Bakkerij Jansen', notes: 'Wil een BBL-plek' }]));
    await write(db, 'Verwijderd', (w) => w.remove('companies', 'c1'));
    const conflict: ConflictView = {
      id: 'deleted|companies|c1|notes|x',
      kind: 'edit-on-deleted',
      table: 'companies',
      rowId: 'c1',
      field: 'notes',
      status: 'open',
      winner: { value: null, hlc: hlc(1_772_442_010_000, 'dev-a'), deviceId: 'dev-a' },
      loser: { value: 'Wil een BBL-plek', hlc: hlc(1_772_442_000_000, 'dev-b'), deviceId: 'dev-b' },
      detectedAt: 0,
      tableLabel: 'Bedrijf',
      recordLabel: 'Bakkerij Jansen',
      fieldLabel: 'Notities',
      winnerWho: 'Sanne de Wit (LWL)',
      loserWho: 'Bram Verhoeven (BB)',
      rowExists: true,
    };
    await db.conflicts.put(conflict);
    render(<ConflictCard conflict={conflict} />);
    expect(screen.getByText(/^Verwijderd door Sanne de Wit \(LWL\), maar Bram Verhoeven \(BB\) wijzigde dit gegeven/)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Verwijderd laten' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Terugzetten met deze wijziging' }));
    await waitFor(async () => expect((await db.companies.get('c1'))?._deleted).toBe(false));
    expect((await db.conflicts.get(conflict.id))?.status).toBe('opgelost');
    expect((await db.companies.get('c1'))?.notes).toBe('Wil een BBL-plek');
  });
});
