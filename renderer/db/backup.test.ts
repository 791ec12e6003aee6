import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBackup, previewRestore } from '../../shared/backup/backupFile';
import { backupTables, countRows, createBackup, encodeBackup, restoreBackup } from './backup';
import { VeldwerkDb } from './database';
import { write } from './repository';
import { LAST_PUSHED_SEQ_KEY } from './queries/syncStatus';
import { LATEST_VERSION } from './schema';

let db: VeldwerkDb;
beforeEach(async () => {
  db = new VeldwerkDb(`backup-${crypto.randomUUID()}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

async function fill() {
  await write(db, 'a', (w) => w.insert('companies', [{ id: 'c1', name: 'Café Ré' }, { id: 'c2', name: 'B' }]));
  await write(db, 'b', (w) => w.insert('contactLogs', [{ id: 'l1', companyId: 'c1', summary: 'x', visibility: 'gedeeld' }]));
  await write(db, 'c', (w) => w.patch('companies', 'c2', { name: 'B2' }));
  await db.settings.put({ key: 'profile', value: { name: 'A', deviceId: 'x' } });
  await db.settings.put({ key: LAST_PUSHED_SEQ_KEY, value: 2 });
}

describe('backup and restore', () => {
  it('round-trips every row through a validated file', async () => {
    await fill();
    const backup = await createBackup(db, 'handmatig');
    const parsed = parseBackup(encodeBackup(backup), 'b.json', backupTables(db), LATEST_VERSION);
    expect(parsed.ok).toBe(true);

    await write(db, 'later', (w) => w.insert('companies', [{ id: 'c3', name: 'Na de back-up' }]));
    const preview = previewRestore(await countRows(db), backup, { companies: 'Bedrijven' });
    expect(preview).toEqual([{ table: 'companies', label: 'Bedrijven', current: 3, backup: 2 }]);

    const oldDevice = backup.deviceId;
    const { deviceId } = await restoreBackup(db, parsed.ok ? parsed.backup : backup);
    expect(deviceId).not.toBe(oldDevice);
    expect((await db.companies.toArray()).map((c) => c.name).sort()).toEqual(['B2', 'Café Ré']);
    expect(await db.contactLogs.count()).toBe(1);
    // Pushed history becomes the old device's, pending changes are this device's first batches.
    expect(await db.inbox.count()).toBe(2);
    const outbox = await db.outbox.toArray();
    expect(outbox.map((b) => [b.deviceId, b.seq, b.label])).toEqual([[deviceId, 1, 'c']]);
    expect((await db.peers.get(oldDevice!))?.appliedSeq).toBe(2);
    expect((await db.settings.get('profile'))?.value).toMatchObject({ name: 'A', deviceId });
    // New writes continue the new device's sequence.
    await write(db, 'd', (w) => w.patch('companies', 'c1', { name: 'C' }));
    expect((await db.outbox.orderBy('seq').last())?.seq).toBe(2);
  });

  it('refuses bad files in Dutch and changes nothing', () => {
    const tables = ['companies'];
    const bad = (s: string) => parseBackup(new TextEncoder().encode(s), 'x.json', tables, LATEST_VERSION);
    expect(bad('{niet json')).toMatchObject({ ok: false, message: expect.stringContaining('geen leesbaar') });
    expect(bad('{"format":"iets"}')).toMatchObject({ ok: false, message: expect.stringContaining('geen back-up van Veldwerk') });
    expect(bad(JSON.stringify({ format: 'veldwerk-backup', version: 1, schemaVersion: 99, createdAt: 'x', deviceId: null, tables: {} }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('nieuwere versie'),
    });
    expect(bad(JSON.stringify({ format: 'veldwerk-backup', version: 1, schemaVersion: 1, createdAt: 'x', deviceId: null, tables: { geheim: [] } }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('onbekende onderdelen'),
    });
  });

  it('leaves the database untouched when a restore fails halfway', async () => {
    await fill();
    const backup = await createBackup(db, 'handmatig');
    // Two rows with the same key make bulkAdd fail in the middle of the restore.
    backup.tables.companies!.push({ ...backup.tables.companies![0]! });
    await expect(restoreBackup(db, backup)).rejects.toThrow();
    expect(await db.companies.count()).toBe(2);
    expect(await db.outbox.count()).toBe(3);
  });
});
