import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeldwerkDb, setDb } from '../database';
import { write } from '../repository';
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
});
