import { afterEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { createDatabaseAtVersion } from '../../test/setup/migrationHarness';
import { parseBackup } from '../../shared/backup/backupFile';
import { VeldwerkDb, setDb } from './database';
import { classifyOpenError, openDatabase } from './openDatabase';
import { LATEST_VERSION, SCHEMA_V1, SCHEMA_V2 } from './schema';
import { listSnapshots, readSnapshot } from './snapshots';

afterEach(() => setDb(null));

describe('opening the database', () => {
  it('snapshots the old database before upgrading it, then opens it with every row', async () => {
    const name = `open-${crypto.randomUUID()}`;
    await createDatabaseAtVersion(name, [SCHEMA_V1], {
      companies: [{ id: 'c1', _clock: {}, name: 'Oud BV' }],
      settings: [{ key: 'deviceId', value: 'dev-old' }],
    });
    const db = new VeldwerkDb(name);
    setDb(db);
    const result = await openDatabase(() => undefined);
    expect(result).toMatchObject({ ok: true, upgradedFrom: 1 });
    expect((await db.companies.get('c1'))?.name).toBe('Oud BV');

    const [snapshot] = await listSnapshots();
    expect(snapshot?.name).toMatch(/voor-upgrade\.json$/);
    const parsed = parseBackup(await readSnapshot(snapshot!.id), snapshot!.name, Object.keys(SCHEMA_V2), LATEST_VERSION);
    expect(parsed.ok && parsed.backup.tables.companies?.[0]?.name).toBe('Oud BV');
    expect(parsed.ok && parsed.backup.schemaVersion).toBe(1);
    db.close();
    await db.delete();
  });

  it('refuses a database of a newer app version without touching it', async () => {
    const name = `newer-${crypto.randomUUID()}`;
    const newer = new Dexie(name);
    newer.version(LATEST_VERSION + 1).stores({ companies: 'id' });
    await newer.open();
    await newer.table('companies').add({ id: 'c1' });
    newer.close();
    setDb(new VeldwerkDb(name));
    const result = await openDatabase(() => undefined);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'newer-version' } });
    const again = new Dexie(name);
    await again.open();
    expect(await again.table('companies').count()).toBe(1);
    again.close();
    await Dexie.delete(name);
  });

  it('explains quota and private-mode failures in Dutch', () => {
    expect(classifyOpenError({ name: 'OpenFailedError', inner: { name: 'QuotaExceededError' } }).title).toContain('vol');
    expect(classifyOpenError({ name: 'MissingAPIError' }).kind).toBe('unavailable');
    expect(classifyOpenError(new Error('x')).message).toContain('niet gewist');
  });
});
