import fs from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDavServer, type DavServer } from '../../test/setup/davServers';
import {
  ipcContract,
  type IpcChannel,
  type IpcRequest,
  type IpcResponses,
  type IpcResult,
} from '../../shared/ipc/contract';
import { syncOnce } from '../../shared/sync/engine';
import { memoryDevice } from '../../shared/sync/memoryLocalStore';
import { TransportError, type SyncTransport } from '../../shared/sync/transport';
import { createHandlers, type HandlerContext } from './createHandlers';
import { createIpcDispatcher, type IpcSender } from '../ipc';

/**
 * The desktop app's WebDAV path, end to end in Node: the IPC dispatcher, the main-process
 * handler, the shared transport and Node's fetch, against a real Apache mod_dav on 127.0.0.1
 * with Basic auth, no CORS headers and a folder with a space in its name.
 */

const trusted: IpcSender = {
  frameUrl: 'app://veldwerk/index.html',
  isMainFrame: true,
  isOwnWindow: true,
};
const ctx: HandlerContext = { printTarget: null };
const bytes = (text: string) => new TextEncoder().encode(text);

let apache: DavServer;
let base: string;
/** The server in the form an advisor types it: a literal space in the folder name. */
let typedUrl: string;
const confirmations: { url: string; username: string }[] = [];
let answer = true;

type Dispatch = <C extends IpcChannel>(
  channel: C,
  payload: IpcRequest<C>,
) => Promise<IpcResult<IpcResponses[C]>>;

function app(options: { maxBodyBytes?: number; userData?: string } = {}): Dispatch {
  const handlers = createHandlers({
    fs,
    sleep: async () => undefined,
    userData: options.userData ?? path.join(base, 'userData'),
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(`versleuteld:${Buffer.from(s).toString('base64')}`),
      decryptString: (b) =>
        Buffer.from(b.toString().replace(/^versleuteld:/, ''), 'base64').toString(),
    },
    app: {
      version: '0.1.0',
      platform: 'linux',
      electronVersion: '',
      paths: { userData: '', backups: '', logs: '' },
      openExternal: async () => undefined,
    },
    showSaveDialog: async () => null,
    chooseFolder: async () => null,
    fetch: (url, init) => fetch(url, init),
    confirmServer: async (server) => {
      confirmations.push(server);
      return answer;
    },
    webdavTimeoutMs: 5_000,
    // The bound is 64 MB in the app; a small one keeps this test fast.
    ...(options.maxBodyBytes !== undefined && { webdavMaxBodyBytes: options.maxBodyBytes }),
  });
  const dispatch = createIpcDispatcher(ipcContract, handlers);
  return ((channel: IpcChannel, payload: unknown) =>
    dispatch(channel, trusted, ctx, payload)) as Dispatch;
}

function data<T>(result: IpcResult<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.data;
}

beforeAll(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-webdav-main-'));
  apache = await startDavServer('apache', { basePath: 'Team Veldwerk' });
  typedUrl = `${apache.origin}Team Veldwerk/`;
}, 30_000);

afterAll(async () => {
  await apache?.stop();
  await fs.rm(base, { recursive: true, force: true });
});

describe('webdav:* against Apache mod_dav', () => {
  it('Apache answers no CORS preflight: the page itself could not talk to it', async () => {
    const preflight = await fetch(apache.url, {
      method: 'OPTIONS',
      headers: {
        Origin: 'app://veldwerk',
        'Access-Control-Request-Method': 'PROPFIND',
        'Access-Control-Request-Headers': 'authorization,depth',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('asks the advisor once per server, keeps the password encrypted and out of the renderer’s secrets', async () => {
    const call = app();
    const first = data(
      await call('webdav:connect', {
        url: typedUrl,
        username: apache.user,
        password: apache.password,
      }),
    );
    expect(confirmations).toEqual([{ url: typedUrl, username: apache.user }]);
    // The pasted, percent-encoded address is the same server: same id, no second question.
    const again = data(
      await call('webdav:connect', { url: apache.url, username: apache.user, password: null }),
    );
    expect(again.serverId).toBe(first.serverId);
    expect(confirmations).toHaveLength(1);
    const grants = path.join(base, 'userData', 'grants');
    const stored = await fs.readFile(path.join(grants, 'webdav-passwords.json'), 'utf8');
    expect(stored).not.toContain(apache.password);
    expect(await fs.readFile(path.join(grants, 'webdav.json'), 'utf8')).not.toContain(
      apache.password,
    );
    await expect(fs.stat(path.join(base, 'userData', 'secrets.json'))).rejects.toThrow();
  });

  it('writes, lists, reads and removes under the configured folder, and never overwrites', async () => {
    const call = app();
    const { serverId } = data(
      await call('webdav:connect', { url: typedUrl, username: apache.user, password: null }),
    );
    const segment = 'devices/dev-a/0000000001.jsonl';
    expect(
      data(await call('webdav:writeNew', { serverId, path: segment, bytes: bytes('{"a":1}\n') })),
    ).toEqual({ path: segment });
    // On the server's disk, inside the folder with the space.
    expect(await fs.readFile(path.join(apache.baseDir, segment), 'utf8')).toBe('{"a":1}\n');
    const again = await call('webdav:writeNew', {
      serverId,
      path: segment,
      bytes: bytes('anders'),
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'exists' } });
    expect(await fs.readFile(path.join(apache.baseDir, segment), 'utf8')).toBe('{"a":1}\n');
    const listed = data(await call('webdav:list', { serverId, prefix: 'devices/' }));
    expect(listed.map((e) => e.path)).toEqual([segment]);
    expect(
      new TextDecoder().decode(data(await call('webdav:read', { serverId, path: segment }))),
    ).toBe('{"a":1}\n');
    expect(await call('webdav:read', { serverId, path: 'devices/dev-a/9.jsonl' })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
    data(await call('webdav:remove', { serverId, path: segment }));
    expect(data(await call('webdav:list', { serverId, prefix: 'devices/' }))).toEqual([]);
  });

  it('maps a wrong password to unauthorized and a server that is down to unreachable, in Dutch', async () => {
    const userData = path.join(base, 'userData-fout');
    const call = app({ userData });
    const { serverId } = data(
      await call('webdav:connect', { url: typedUrl, username: apache.user, password: 'verkeerd' }),
    );
    const denied = await call('webdav:list', { serverId, prefix: '' });
    expect(denied).toMatchObject({
      ok: false,
      error: { code: 'unauthorized', message: expect.stringContaining('weigert toegang') },
    });

    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const down = data(
      await call('webdav:connect', {
        url: `http://127.0.0.1:${port}/dav/`,
        username: '',
        password: null,
      }),
    );
    const unreachable = await call('webdav:list', { serverId: down.serverId, prefix: '' });
    expect(unreachable).toMatchObject({
      ok: false,
      error: { code: 'unreachable', message: expect.stringContaining('niet bereikbaar') },
    });
  });

  it('refuses ids it never granted, servers the advisor did not allow, and paths that climb out', async () => {
    const call = app({ userData: path.join(base, 'userData-weigeren') });
    expect(await call('webdav:list', { serverId: 'z'.repeat(24), prefix: '' })).toMatchObject({
      ok: false,
      error: { code: 'not-granted' },
    });
    answer = false;
    try {
      const refused = await call('webdav:connect', {
        url: 'https://elders.example/dav/',
        username: 'x',
        password: 'y',
      });
      expect(refused).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    } finally {
      answer = true;
    }
    expect(
      await call('webdav:connect', {
        url: 'https://jan:geheim@cloud.example/dav/',
        username: '',
        password: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(
      await call('webdav:connect', {
        url: 'http://cloud.example/dav/',
        username: '',
        password: null,
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('https://') },
    });
    const { serverId } = data(
      await call('webdav:connect', {
        url: typedUrl,
        username: apache.user,
        password: apache.password,
      }),
    );
    for (const bad of ['../geheim.txt', 'a/../../b', '/etc/passwd', './a']) {
      expect(await call('webdav:read', { serverId, path: bad })).toMatchObject({
        ok: false,
        error: { code: 'invalid-input' },
      });
    }
    expect(await call('webdav:list', { serverId, prefix: '../' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('bounds the body both ways', async () => {
    const call = app({ maxBodyBytes: 1_000, userData: path.join(base, 'userData-klein') });
    const { serverId } = data(
      await call('webdav:connect', {
        url: typedUrl,
        username: apache.user,
        password: apache.password,
      }),
    );
    await fs.mkdir(path.join(apache.baseDir, 'groot'), { recursive: true });
    await fs.writeFile(path.join(apache.baseDir, 'groot', 'segment.jsonl'), 'x'.repeat(5_000));
    const read = await call('webdav:read', { serverId, path: 'groot/segment.jsonl' });
    expect(read).toMatchObject({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('groter dan') },
    });
    const write = await call('webdav:writeNew', {
      serverId,
      path: 'groot/nieuw.jsonl',
      bytes: new Uint8Array(5_000),
    });
    expect(write).toMatchObject({ ok: false, error: { code: 'too-large' } });
    await expect(fs.stat(path.join(apache.baseDir, 'groot', 'nieuw.jsonl'))).rejects.toThrow();
    // The contract itself refuses anything above the app's bound before a handler runs.
    expect(
      ipcContract['webdav:writeNew'].request.safeParse({
        serverId,
        path: 'a',
        bytes: new Uint8Array(64 * 1024 * 1024 + 1),
      }).success,
    ).toBe(false);
  });

  it('follows no redirect to another server', async () => {
    const hits: string[] = [];
    const elsewhere = http.createServer((req, res) => {
      hits.push(req.url ?? '');
      res
        .writeHead(207, { 'Content-Type': 'application/xml' })
        .end('<d:multistatus xmlns:d="DAV:"/>');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`;
    const redirector = http.createServer((req, res) =>
      res.writeHead(301, { Location: `${target}${req.url ?? ''}` }).end(),
    );
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve));
    try {
      const call = app({ userData: path.join(base, 'userData-redirect') });
      const url = `http://127.0.0.1:${(redirector.address() as AddressInfo).port}/dav/`;
      const { serverId } = data(
        await call('webdav:connect', { url, username: '', password: null }),
      );
      const result = await call('webdav:list', { serverId, prefix: '' });
      expect(result).toMatchObject({
        ok: false,
        error: { code: 'io', message: expect.stringContaining('301') },
      });
      expect(hits).toEqual([]);
    } finally {
      await new Promise((resolve) => redirector.close(resolve));
      await new Promise((resolve) => elsewhere.close(resolve));
    }
  });

  it('carries full sync rounds between two devices through the main process', async () => {
    const call = app();
    const { serverId } = data(
      await call('webdav:connect', { url: typedUrl, username: apache.user, password: null }),
    );
    // What the renderer's IPC adapter does, in miniature: results back into the transport shape.
    const unwrap = <T>(result: IpcResult<T>): T => {
      if (result.ok) return result.data;
      throw new TransportError(
        result.error.code === 'exists'
          ? 'exists'
          : result.error.code === 'not-found'
            ? 'not-found'
            : 'io',
        result.error.message,
      );
    };
    const transport: SyncTransport = {
      describe: () => typedUrl,
      list: async (prefix) => unwrap(await call('webdav:list', { serverId, prefix })),
      read: async (p) => unwrap(await call('webdav:read', { serverId, path: p })),
      writeNew: async (p, b) =>
        void unwrap(await call('webdav:writeNew', { serverId, path: p, bytes: b })),
      remove: async (p) => void unwrap(await call('webdav:remove', { serverId, path: p })),
    };
    const now = () => Date.now();
    const a = memoryDevice('dev-a', now);
    const b = memoryDevice('dev-b', now);
    a.write('Bedrijf', [{ table: 'companies', rowId: 'c1', fields: { naam: 'Bakkerij Jansen' } }]);
    const options = {
      transport,
      now,
      appVersion: '0.1.0',
      schemaVersion: 1,
      crypto: { passphrase: 'team', iterations: 1000 },
    };
    expect((await syncOnce({ ...options, local: a, deviceId: 'dev-a' })).ok).toBe(true);
    expect(await syncOnce({ ...options, local: b, deviceId: 'dev-b' })).toMatchObject({
      ok: true,
      appliedBatches: 1,
    });
    expect([...b.replica.rows.values()][0]).toMatchObject({ naam: 'Bakkerij Jansen' });
  }, 30_000);
});
