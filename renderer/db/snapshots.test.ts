import { afterEach, describe, expect, it } from 'vitest';
import { parseBackup } from '../../shared/backup/backupFile';
import { VeldwerkDb } from './database';
import { write } from './repository';
import { LATEST_VERSION, SCHEMA_V2 } from './schema';
import { isGzip } from './snapshotBuild';
import { listSnapshots, maybeDailySnapshot, readSnapshot } from './snapshots';

let db: VeldwerkDb | null = null;
afterEach(async () => {
  await db?.delete();
  db = null;
});

describe('daily snapshot', () => {
  it('is stored gzipped in browser mode and read back as the plain backup file with every row', async () => {
    db = new VeldwerkDb(`snap-${crypto.randomUUID()}`);
    await db.open();
    const rows = Array.from({ length: 500 }, (_, i) => ({ id: `c${i}`, name: `Bedrijf ${i}`, place: 'Dordrecht' }));
    await write(db, 'import', (w) => w.insert('companies', rows));
    await write(db, 'log', (w) => w.insert('contactLogs', [{ id: 'l1', companyId: 'c1', at: '2026-01-01T10:00:00Z', visibility: 'gedeeld' }]));

    expect(await maybeDailySnapshot(db)).toBe(true);
    // Once a day: a second call the same day takes none.
    expect(await maybeDailySnapshot(db)).toBe(false);

    const [entry] = (await listSnapshots()).filter((s) => s.name.endsWith('dagelijks.json'));
    const stored = await readSnapshot(entry!.id);
    expect(isGzip(stored)).toBe(false);
    const parsed = parseBackup(stored, entry!.name, Object.keys(SCHEMA_V2), LATEST_VERSION);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.backup.tables.companies).toHaveLength(500);
    expect(parsed.backup.tables.contactLogs?.[0]?.id).toBe('l1');
    expect(parsed.backup.reason).toBe('dagelijks');
    // The stored copy is much smaller than the JSON it holds.
    expect(entry!.size).toBeLessThan(stored.byteLength / 3);
  });
});
