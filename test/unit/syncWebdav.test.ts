// Full sync rounds through the shared WebDAV transport against real servers on 127.0.0.1:
// Apache mod_dav, nginx (dav-ext) and rclone. A missing server fails the test (never skips).
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../shared/sync/bytes';
import { syncOnce } from '../../shared/sync/engine';
import { memoryDevice, type MemoryDevice } from '../../shared/sync/memoryLocalStore';
import { memoryTransport } from '../../shared/sync/memoryTransport';
import type { SyncOptions } from '../../shared/sync/ports';
import { transportError, type SyncTransport } from '../../shared/sync/transport';
import { webdavTransport, type FetchLike } from '../../shared/sync/webdavTransport';
import { startDavServer, type DavKind, type DavServer } from '../setup/davServers';

const nodeFetch: FetchLike = (u, init) => fetch(u, init as RequestInit);
const ONE_MB = 1024 * 1024;
let clock = 1_760_000_000_000;
const now = () => clock;

function run(transport: SyncTransport, device: MemoryDevice, extra: Partial<SyncOptions> = {}) {
  clock += 1000;
  return syncOnce({
    transport,
    local: device,
    deviceId: device.deviceId,
    now,
    appVersion: '0.1.0',
    schemaVersion: 2,
    ...extra,
  });
}

const rowIds = (d: MemoryDevice) => [...d.replica.rows.keys()].sort();

describe.each<DavKind>(['apache', 'nginx', 'rclone'])('sync over WebDAV (%s)', (kind) => {
  let server: DavServer;
  beforeAll(async () => {
    // Apache and nginx with a 1 MB upload limit, as nginx has by default.
    server = await startDavServer(kind, { basePath: 'Team Veldwerk', ...(kind !== 'rclone' && { maxBodyBytes: ONE_MB }) });
  }, 30_000);
  afterAll(() => server?.stop());

  const dav = (url: string) => webdavTransport({ url, username: server.user, password: server.password, fetch: nodeFetch });

  it('a typed space and a pasted %20 name the same folder; a missing parent folder is created', async () => {
    const typed = `${server.origin}Team Veldwerk/${kind}/nieuw/`;
    const pasted = `${server.origin}Team%20Veldwerk/${kind}/nieuw/`;
    const x = memoryDevice('dev-x', now);
    const y = memoryDevice('dev-y', now);
    x.write('x', [{ table: 'companies', rowId: 'cx', fields: { name: 'Bakkerij Jansen' } }]);
    y.write('y', [{ table: 'companies', rowId: 'cy', fields: { name: 'Garage Dekker' } }]);
    const rx = await run(dav(typed), x);
    expect(rx.problems).toEqual([]);
    await run(dav(pasted), y);
    await run(dav(typed), x);
    expect(rowIds(x)).toEqual(rowIds(y));
    expect(rowIds(x)).toHaveLength(2);
    // Never the literal escape as a folder name.
    const listing = await dav(`${server.origin}`).list('');
    expect(listing.some((e) => e.path.includes('%20'))).toBe(false);
  });

  it('a 3 MB import batch reaches partners whole through a 1 MB upload limit', async () => {
    const url = `${server.url}${kind}-groot/`;
    const x = memoryDevice('dev-x', now);
    const y = memoryDevice('dev-y', now);
    const notes = 'Uitgebreide aantekening over het bedrijf en de leerwerkplekken. '.repeat(16);
    x.write(
      'Import 3000 bedrijven',
      Array.from({ length: 3000 }, (_, i) => ({ table: 'companies', rowId: `imp-${i}`, fields: { name: `Bedrijf ${i}`, notes } })),
    );
    const pushed = await run(dav(url), x, { crypto: { passphrase: 'team geheim', iterations: 1000 } });
    expect(pushed).toMatchObject({ ok: true, pushedBatches: 1 });
    const files = (await dav(url).list('devices/')).map((e) => e.path);
    if (kind !== 'rclone') expect(files).toContain('devices/dev-x/0000000001.enc.part001');
    const pulled = await run(dav(url), y, { crypto: { passphrase: 'team geheim', iterations: 1000 } });
    expect(pulled).toMatchObject({ ok: true, appliedBatches: 1 });
    expect(y.replica.rows.size).toBe(3000);
    // A damaged part is noticed by its owner and written again.
    if (kind !== 'rclone') {
      const file = join(server.baseDir, `${kind}-groot`, 'devices', 'dev-x', '0000000001.enc.part002');
      const bytes = readFileSync(file);
      bytes[100] = bytes[100]! ^ 0xff;
      writeFileSync(file, bytes);
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const repair = await run(dav(url), x, { crypto: { passphrase: 'team geheim', iterations: 1000 } });
      expect(repair.problems.map((p) => p.kind)).toEqual(['republished']);
      const z = memoryDevice('dev-z', now);
      expect(await run(dav(url), z, { crypto: { passphrase: 'team geheim', iterations: 1000 } })).toMatchObject({ ok: true, appliedBatches: 1 });
    }
    // Nothing is reported as a stray file, and a second round has nothing to do.
    expect(pulled.skippedFiles).toEqual([]);
    expect(await run(dav(url), y, { crypto: { passphrase: 'team geheim', iterations: 1000 } })).toMatchObject({
      ok: true,
      appliedBatches: 0,
      skippedFiles: [],
    });
  }, 60_000);

  it('a snapshot larger than the upload limit is stored in parts and a new laptop joins from it', async () => {
    const url = `${server.url}${kind}-snapshot/`;
    const crypto = { passphrase: 'team geheim', iterations: 1000 };
    const x = memoryDevice('dev-x', now);
    // Random notes, so the gzipped snapshot stays above 1 MB.
    const noise = () => toBase64(globalThis.crypto.getRandomValues(new Uint8Array(300)));
    for (let b = 0; b < 5; b++) {
      x.write('Import', Array.from({ length: 1000 }, (_, i) => ({ table: 'companies', rowId: `s-${b}-${i}`, fields: { name: `Bedrijf ${i}`, notes: noise() } })));
    }
    const first = await run(dav(url), x, { crypto, limits: { snapshotEveryBatches: 5 } });
    expect(first).toMatchObject({ ok: true, snapshotWritten: 'snapshots/000000000005-dev-x.enc' });
    const files = (await dav(url).list('snapshots/')).map((e) => e.path);
    if (kind !== 'rclone') expect(files).toContain('snapshots/000000000005-dev-x.enc.part001');
    x.write('Bewerkt', [{ table: 'companies', rowId: 's-0-0', fields: { name: 'Na de momentopname' } }]);
    await run(dav(url), x, { crypto });
    const z = memoryDevice('dev-z', now);
    const joined = await run(dav(url), z, { crypto });
    expect(joined).toMatchObject({ ok: true, snapshotLoaded: 'snapshots/000000000005-dev-x.enc', appliedBatches: 1 });
    const names = (d: MemoryDevice) => [...d.replica.rows].map(([k, r]) => `${k}:${String(r.name)}:${String(r.notes)}`).sort();
    expect(names(z)).toEqual(names(x));
    expect(z.replica.rows.get('companies\u0000s-0-0')?.name).toBe('Na de momentopname');
  });

  it('a refused upload (HTTP 413) has its own message, without the password in it', async () => {
    if (kind === 'rclone') return; // rclone has no upload limit to hit
    const t = webdavTransport({
      url: `${server.origin.replace('http://', `http://${server.user}:${server.password}@`)}Team%20Veldwerk/`,
      fetch: nodeFetch,
    });
    const error = await t.writeNew('groot.bin', new Uint8Array(2 * ONE_MB)).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'too-large', userMessage: expect.stringContaining('413') });
    expect(JSON.stringify(error) + String((error as Error).message)).not.toContain(server.password);
    expect(t.describe()).not.toContain(server.password);
  });
});

describe('a segment listed and gone before it is read', () => {
  it('does not stop the round for the other partners', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    const c = memoryDevice('dev-c', now);
    b.write('b', [{ table: 'companies', rowId: 'cb', fields: { name: 'B' } }]);
    c.write('c', [{ table: 'companies', rowId: 'cc', fields: { name: 'C' } }]);
    await run(target, b);
    await run(target, c);
    const vanishing: SyncTransport = {
      ...target,
      async read(path) {
        if (path.startsWith('devices/dev-b/')) throw transportError.notFound(path);
        return target.read(path);
      },
    };
    const r = await run(vanishing, a);
    expect(r.ok).toBe(true);
    expect(r.problems.map((p) => p.kind)).toEqual(['segment-unreadable']);
    expect(rowIds(a)).toEqual(['companies\u0000cc']);
    await run(target, a);
    expect(rowIds(a)).toHaveLength(2);
  });
});
