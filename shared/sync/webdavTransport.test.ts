import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, requireDavServer } from '../../test/setup/davServers';
import { isTransportError } from './transport';
import { parseWebdavUrl, webdavTransport, type FetchLike } from './webdavTransport';
import { parseMultistatus, relativeHref } from './webdavXml';
import { syncOnce } from './engine';
import { memoryDevice } from './memoryLocalStore';

describe('WebDAV multistatus parsing', () => {
  it('reads responses with d:, D:, default and odd namespace prefixes', () => {
    const xml = `<?xml version="1.0"?>
<D:multistatus xmlns:D="DAV:" xmlns:lp1="DAV:">
 <D:response><D:href>/dav/veldwerk/devices/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat></D:response>
 <D:response><D:href>/dav/veldwerk/devices/dev-a/0000000001.jsonl</D:href><D:propstat><D:prop><lp1:resourcetype/><lp1:getcontentlength>123</lp1:getcontentlength><lp1:getlastmodified>Tue, 14 Nov 2023 22:13:20 GMT</lp1:getlastmodified></D:prop><D:status>HTTP/1.1 200 OK</D:status></D:propstat>
 <D:propstat><D:prop><D:getcontentlength>999</D:getcontentlength></D:prop><D:status>HTTP/1.1 404 Not Found</D:status></D:propstat></D:response>
</D:multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      { href: '/dav/veldwerk/devices/', isCollection: true, size: 0, mtimeMs: 0 },
      { href: '/dav/veldwerk/devices/dev-a/0000000001.jsonl', isCollection: false, size: 123, mtimeMs: Date.UTC(2023, 10, 14, 22, 13, 20) },
    ]);
    const plain = `<multistatus xmlns="DAV:"><response><href>https://x.nl/a%20b/caf%C3%A9&amp;co.jsonl</href><propstat><prop><getcontentlength>5</getcontentlength><resourcetype/></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    const [entry] = parseMultistatus(plain);
    expect(relativeHref(entry!.href, '/a b/')).toBe('café&co.jsonl');
    expect(relativeHref('/other/x', '/a/')).toBeNull();
  });

  it('allows only https, or http to this computer', () => {
    expect(parseWebdavUrl('https://cloud.example.nl/remote.php/dav/files/jan/veldwerk').ok).toBe(true);
    expect(parseWebdavUrl('http://127.0.0.1:8080/').ok).toBe(true);
    expect(parseWebdavUrl('http://localhost/dav').ok).toBe(true);
    expect(parseWebdavUrl('http://cloud.example.nl/')).toMatchObject({ ok: false, message: expect.stringContaining('https://') });
    expect(parseWebdavUrl('ftp://x').ok).toBe(false);
  });

  it('maps 401 to unauthorized and network failure to unreachable', async () => {
    const denied: FetchLike = async () => ({ status: 401, headers: { get: () => null }, arrayBuffer: async () => new ArrayBuffer(0), text: async () => '' });
    const err1 = await webdavTransport({ url: 'https://x.nl/', fetch: denied }).read('a').catch((e: unknown) => e);
    expect(isTransportError(err1, 'unauthorized') && err1.userMessage).toContain('weigert toegang');
    const down: FetchLike = async () => { throw new TypeError('fetch failed'); };
    const err2 = await webdavTransport({ url: 'https://x.nl/', fetch: down }).list('').catch((e: unknown) => e);
    expect(isTransportError(err2, 'unreachable') && err2.userMessage).toContain('niet bereikbaar');
  });
});

// A missing rclone fails this suite (with the apt command), never skips it.
describe('WebDAV transport against rclone serve webdav', () => {
  let server: ChildProcess;
  let dir: string;
  let url: string;
  const nodeFetch: FetchLike = (u, init) => fetch(u, init as RequestInit);

  beforeAll(async () => {
    requireDavServer('rclone');
    dir = mkdtempSync(join(tmpdir(), 'veldwerk-dav-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}/`;
    server = spawn('rclone', ['serve', 'webdav', dir, '--addr', `127.0.0.1:${port}`, '--user', 'jan', '--pass', 'geheim'], { stdio: 'ignore' });
    for (let i = 0; i < 100; i++) {
      const up = await fetch(url, { method: 'OPTIONS' }).then(() => true, () => false);
      if (up) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('rclone webdav start niet');
  }, 20_000);

  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes atomically, never overwrites, lists recursively, reads and removes', async () => {
    const dav = webdavTransport({ url, username: 'jan', password: 'geheim', fetch: nodeFetch });
    const bytes = new TextEncoder().encode('hallo\n');
    await dav.writeNew('devices/dev-a/0000000001.jsonl', bytes);
    const again = await dav.writeNew('devices/dev-a/0000000001.jsonl', new Uint8Array([1])).catch((e: unknown) => e);
    expect(isTransportError(again, 'exists')).toBe(true);
    expect(await dav.read('devices/dev-a/0000000001.jsonl')).toEqual(bytes);
    const listed = await dav.list('devices/');
    expect(listed.map((e) => e.path)).toEqual(['devices/dev-a/0000000001.jsonl']);
    expect(listed[0]!.size).toBe(6);
    expect(Math.abs(listed[0]!.mtimeMs - Date.now())).toBeLessThan(60_000);
    expect(await dav.list('nergens/')).toEqual([]);
    const missing = await dav.read('devices/x/0000000001.jsonl').catch((e: unknown) => e);
    expect(isTransportError(missing, 'not-found')).toBe(true);
    await dav.remove!('devices/dev-a/0000000001.jsonl');
    expect(await dav.list('devices/')).toEqual([]);
    const wrong = webdavTransport({ url, username: 'jan', password: 'fout', fetch: nodeFetch });
    expect(isTransportError(await wrong.list('').catch((e: unknown) => e), 'unauthorized')).toBe(true);
  });

  it('carries a full encrypted sync round between two devices', async () => {
    const dav = webdavTransport({ url, username: 'jan', password: 'geheim', fetch: nodeFetch });
    const now = () => Date.now();
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    a.write('Bedrijf', [{ table: 'companies', rowId: 'c1', fields: { naam: 'Bakkerij Jansen' } }]);
    const opts = { transport: dav, now, appVersion: '0.1.0', schemaVersion: 1, crypto: { passphrase: 'team', iterations: 1000 } };
    expect((await syncOnce({ ...opts, local: a, deviceId: 'dev-a' })).ok).toBe(true);
    const r = await syncOnce({ ...opts, local: b, deviceId: 'dev-b' });
    expect(r).toMatchObject({ ok: true, appliedBatches: 1 });
    expect([...b.replica.rows.values()][0]).toMatchObject({ naam: 'Bakkerij Jansen' });
  });
});
