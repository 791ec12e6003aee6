import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listBackups, readBackup, replaceBackup, writeBackup, type BackupDeps } from './backup';

let base: string;
let deps: BackupDeps;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-backup-'));
  deps = { fs, backupDir: path.join(base, 'backups') };
});

afterEach(() => fs.rm(base, { recursive: true, force: true }));

/** Write a backup and date it, so the order does not depend on how fast the disk is. */
async function backupAt(name: string, minutesAgo: number, keep?: number) {
  const result = await writeBackup(deps, { name, bytes: bytes(`{"naam":"${name}"}`), ...(keep ? { keep } : {}) });
  const when = new Date(Date.now() - minutesAgo * 60_000);
  await fs.utimes(path.join(deps.backupDir, name), when, when);
  return result;
}

describe('backups', () => {
  it('keeps the newest 14 by default and says which it removed', async () => {
    // Each write prunes: the 15th removed 00, the 16th 01, so the 17th removes 02.
    for (let i = 0; i < 16; i++) await backupAt(`veldwerk-${String(i).padStart(2, '0')}.json`, 100 - i);
    const result = await backupAt('veldwerk-16.json', 0);
    expect(result.path).toBe(path.join(deps.backupDir, 'veldwerk-16.json'));
    expect(result.removed).toEqual(['veldwerk-02.json']);
    const list = await listBackups(deps);
    expect(list).toHaveLength(14);
    expect(list[0]?.name).toBe('veldwerk-16.json');
    expect(list.at(-1)?.name).toBe('veldwerk-03.json');
  });

  it('honours a smaller keep and never removes the backup just written', async () => {
    await backupAt('a.json', 10);
    await backupAt('b.json', 5);
    // Written now but dated in the past (a wrong clock): it still survives the pruning.
    await writeBackup(deps, { name: 'c.json', bytes: bytes('{}'), keep: 1 });
    expect((await listBackups(deps)).map((b) => b.name)).toEqual(['c.json']);
  });

  it('leaves other files in the folder alone', async () => {
    await fs.mkdir(deps.backupDir, { recursive: true });
    await fs.writeFile(path.join(deps.backupDir, 'notities.txt'), 'van de gebruiker');
    await backupAt('a.json', 2, 1);
    await backupAt('b.json', 1, 1);
    expect((await fs.readdir(deps.backupDir)).sort()).toEqual(['b.json', 'notities.txt']);
  });

  it('lists nothing before the first backup and reads a backup back', async () => {
    expect(await listBackups(deps)).toEqual([]);
    await backupAt('veldwerk.json', 0);
    expect(new TextDecoder().decode(await readBackup(deps, { name: 'veldwerk.json' }))).toBe('{"naam":"veldwerk.json"}');
    await expect(readBackup(deps, { name: 'bestaat-niet.json' })).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses names that could leave the backup folder', async () => {
    await expect(writeBackup(deps, { name: '../x.json', bytes: bytes('{}') })).rejects.toMatchObject({ code: 'invalid-input' });
    await expect(readBackup(deps, { name: '.verborgen.json' })).rejects.toMatchObject({ code: 'invalid-input' });
  });

  it('rewrites an existing backup in place and keeps its date and its place in the order', async () => {
    await backupAt('oud.json', 60);
    await backupAt('nieuw.json', 5);
    const before = await listBackups(deps);
    await replaceBackup(deps, { name: 'oud.json', bytes: bytes('{"naam":"[naam verwijderd]"}') });
    expect(new TextDecoder().decode(await readBackup(deps, { name: 'oud.json' }))).toBe('{"naam":"[naam verwijderd]"}');
    const after = await listBackups(deps);
    expect(after.map((b) => [b.name, Math.round(b.mtimeMs)])).toEqual(before.map((b) => [b.name, Math.round(b.mtimeMs)]));
    // No temp file is left beside it.
    expect((await fs.readdir(deps.backupDir)).sort()).toEqual(['nieuw.json', 'oud.json']);
  });

  it('never creates a backup by replacing one that is not there', async () => {
    await expect(replaceBackup(deps, { name: 'weg.json', bytes: bytes('{}') })).rejects.toMatchObject({ code: 'not-found' });
    await fs.mkdir(deps.backupDir, { recursive: true });
    expect(await fs.readdir(deps.backupDir)).toEqual([]);
  });
});
