import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeldwerkDb, setDb } from '../database';
import { write } from '../repository';
import { parseBackup } from '../../../shared/backup/backupFile';
import { LATEST_VERSION, SCHEMA_V2 } from '../schema';
import { listSnapshots, readSnapshot, snapshotNow } from '../snapshots';
import { eraseFromBackups } from '../backupErasure';
import { erasePerson, loadDossier } from './personData';

let db: VeldwerkDb;
beforeEach(async () => {
  db = new VeldwerkDb(`avg-${crypto.randomUUID()}`);
  setDb(db);
  await db.open();
  await write(db, 'fixture', async (w) => {
    await w.insert('companies', [{ id: 'c1', name: 'Bakkerij Test' }]);
    await w.insert('contactPersons', [{ id: 'p1', companyId: 'c1', name: 'Anna de Wit', phone: '0000-1', email: 'a@voorbeeld.nl' }]);
    await w.insert('contactLogs', [
      { id: 'l1', companyId: 'c1', at: '2026-11-01T10:00:00Z', contactPersonIds: ['p1'], summary: 'Gesprek met Anna de Wit', outcome: '', visibility: 'gedeeld' },
    ]);
    await w.insert('interviews', [{ id: 'i1', companyId: 'c1', respondentName: 'Anna de Wit', answers: { x: 'Anna de Wit zegt ja' }, visibility: 'gedeeld' }]);
  });
});
afterEach(async () => {
  setDb(null);
  await db.delete();
});

describe('AVG erasure', () => {
  it('finds every record of a person', async () => {
    const d = await loadDossier('p1');
    expect(d?.logs.map((l) => l.id)).toEqual(['l1']);
    expect(d?.interviews.map((i) => i.id)).toEqual(['i1']);
  });

  it('erases in one batch that replicates: tombstone, blanked fields, redacted name', async () => {
    await erasePerson('p1');
    const batch = (await db.outbox.orderBy('seq').last())!;
    expect(batch.label).toBe('Persoon gewist (AVG)');
    const person = batch.changes.find((c) => c.table === 'contactPersons')!;
    expect(person.fields).toMatchObject({ _deleted: true, phone: '', email: '' });
    expect(JSON.stringify(batch.changes)).not.toContain('Anna');
    expect((await db.contactLogs.get('l1'))?.summary).toBe('Gesprek met [naam verwijderd]');
    expect((await db.interviews.get('i1'))?.respondentName).toBe('[naam verwijderd]');
    expect(await loadDossier('p1')).toBeNull();
    // Nothing on this laptop keeps the name: not the rows, not the change history.
    expect(JSON.stringify(await db.outbox.toArray())).not.toContain('Anna');
  });

  it('erases the person from the backups on this laptop too, keeping everything else in them', async () => {
    const other = new VeldwerkDb(`avg-other-${crypto.randomUUID()}`);
    await other.open();
    await write(other, 'fixture', (w) => w.insert('companies', [{ id: 'x1', name: 'Garage Elders' }]));
    const unrelated = await snapshotNow(other, 'handmatig');
    await other.delete();
    const withPerson = await snapshotNow(db, 'dagelijks');
    const byName = async (name: string) => {
      const entry = (await listSnapshots()).find((e) => e.name === name)!;
      return { entry, text: new TextDecoder().decode(await readSnapshot(entry.id)) };
    };
    const unrelatedBefore = await byName(unrelated);
    const withPersonBefore = await byName(withPerson);
    expect(withPersonBefore.text).toContain('Anna de Wit');

    const result = await erasePerson('p1');
    expect(result.backups).toEqual({ rewritten: 1, failed: [] });

    const after = await byName(withPerson);
    // Phone numbers as JSON strings: a bare 0000-1 also occurs inside clocks (…-00000-1<device id>).
    for (const trace of ['Anna', '"0000-1"', 'a@voorbeeld.nl']) expect(after.text).not.toContain(trace);
    const parsed = parseBackup(new TextEncoder().encode(after.text), withPerson, Object.keys(SCHEMA_V2), LATEST_VERSION);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    // The rest of the backup is as it was: a restore gives back the company, the log and the interview.
    expect(parsed.backup.tables.companies?.map((c) => c.name)).toEqual(['Bakkerij Test']);
    expect(parsed.backup.tables.contactLogs?.[0]?.summary).toBe('Gesprek met [naam verwijderd]');
    expect(parsed.backup.tables.interviews?.[0]?.respondentName).toBe('[naam verwijderd]');
    // Same name and date; a backup without the person is not touched.
    expect(after.entry.createdAt).toBe(withPersonBefore.entry.createdAt);
    expect(await byName(unrelated)).toEqual(unrelatedBefore);
  });

  it('erases several persons from a backup in one pass (a sync round can bring more than one erasure)', async () => {
    await write(db, 'tweede', (w) => w.insert('contactPersons', [{ id: 'p2', companyId: 'c1', name: 'Bram Oost', phone: '0000-2' }]));
    const name = await snapshotNow(db, 'handmatig');
    const result = await eraseFromBackups([
      { personId: 'p1', names: ['Anna de Wit'] },
      { personId: 'p2', names: ['Bram Oost'] },
    ]);
    expect(result.failed).toEqual([]);
    const entry = (await listSnapshots()).find((e) => e.name === name)!;
    const text = new TextDecoder().decode(await readSnapshot(entry.id));
    for (const trace of ['Anna', 'Bram', '"0000-1"', '"0000-2"']) expect(text).not.toContain(trace);
    expect(text).toContain('Bakkerij Test');
  });
});
