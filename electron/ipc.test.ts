import fc from 'fast-check';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcContract, type IpcChannel, type IpcResult } from '../shared/ipc/contract';
import type { FsLike } from './handlers/fsTypes';
import { createHandlers, type HandlerContext } from './handlers/createHandlers';
import type { PrintTarget } from './handlers/print';
import { createIpcDispatcher, handleAll, type IpcHandlers, type IpcSender } from './ipc';

const trusted: IpcSender = {
  frameUrl: 'app://veldwerk/index.html#/bedrijven',
  isMainFrame: true,
  isOwnWindow: true,
};
const channels = Object.keys(ipcContract) as IpcChannel[];
const ERROR_CODES = [
  'invalid-input',
  'forbidden-sender',
  'not-found',
  'exists',
  'io',
  'unavailable',
  'cancelled',
  'not-granted',
  'unauthorized',
  'unreachable',
  'too-large',
  'internal',
];
const DAV_ORIGIN = 'http://127.0.0.1:9';

let base: string;
let sandbox: string;
/** Every URL a handler tried to reach; the fuzz checks none is outside the granted server. */
const requested: string[] = [];
let confirmAnswer = true;

/** Real fs, but any absolute path outside the temp folder throws: the fuzzer must not touch the disk elsewhere. */
function guardedFs(): FsLike {
  const guard =
    <F extends (...args: never[]) => unknown>(fn: F) =>
    (...args: Parameters<F>) => {
      for (const arg of args) {
        if (
          typeof arg === 'string' &&
          path.isAbsolute(arg) &&
          !path.resolve(arg).startsWith(base)
        ) {
          throw Object.assign(new Error(`buiten de testmap: ${arg}`), { code: 'EACCES' });
        }
      }
      return fn(...args);
    };
  // A cast: fs's overloaded signatures do not survive a generic wrapper, the behaviour does.
  return {
    readFile: guard(fs.readFile),
    writeFile: guard(fs.writeFile),
    rename: guard(fs.rename),
    unlink: guard(fs.unlink),
    lstat: guard(fs.lstat),
    stat: guard(fs.stat),
    realpath: guard(fs.realpath),
    mkdir: guard(fs.mkdir),
    readdir: guard(fs.readdir),
    open: guard(fs.open),
    rm: guard(fs.rm),
  } as FsLike;
}

const printTarget: PrintTarget = {
  print: (_options, callback) => callback(false, 'cancelled'),
  printToPDF: async () => new Uint8Array([37, 80, 68, 70]),
};

function realHandlers(): IpcHandlers<HandlerContext> {
  return createHandlers({
    fs: guardedFs(),
    sleep: async () => undefined,
    userData: path.join(base, 'userData'),
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s) => Buffer.from(s).reverse(),
      decryptString: (b) => Buffer.from(b).reverse().toString(),
    },
    app: {
      version: '0.1.0',
      platform: 'linux',
      electronVersion: '41.7.1',
      paths: { userData: base, backups: base, logs: base },
      openExternal: async () => undefined,
    },
    showSaveDialog: async ({ defaultName }) =>
      path.join(sandbox, `dialog-${defaultName.length}.bin`),
    chooseFolder: async () => sandbox,
    // No network in unit tests: a stand-in "server" that accepts writes, lists nothing and has
    // no files; every URL it is asked for (a MOVE's Destination too) is kept.
    fetch: async (url, init) => {
      requested.push(
        url,
        ...Object.entries(init.headers ?? {})
          .filter(([k]) => k === 'Destination')
          .map(([, v]) => String(v)),
      );
      const status = { MKCOL: 201, PUT: 201, MOVE: 201, DELETE: 204 }[init.method ?? 'GET'];
      if (init.method === 'PROPFIND')
        return new Response('<d:multistatus xmlns:d="DAV:"/>', { status: 207 });
      return new Response(null, { status: status ?? 404 });
    },
    confirmServer: async () => confirmAnswer,
  });
}

/** Pick the sandbox folder and confirm the test server, as the advisor would. */
async function grantAll(dispatch: ReturnType<typeof createIpcDispatcher<HandlerContext>>) {
  const folder = await dispatch('folder:choose', trusted, { printTarget }, undefined);
  const server = await dispatch(
    'webdav:connect',
    trusted,
    { printTarget },
    { url: `${DAV_ORIGIN}/dav/`, username: 'team', password: 'geheim' },
  );
  if (!folder.ok || !server.ok) throw new Error('grant failed');
  return {
    folderId: (folder.data as { folderId: string }).folderId,
    serverId: (server.data as { serverId: string }).serverId,
  };
}

beforeAll(async () => {
  base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-ipc-')));
  sandbox = path.join(base, 'sync');
  await fs.mkdir(sandbox);
});
afterAll(() => fs.rm(base, { recursive: true, force: true }));

function isTypedResult(result: IpcResult<unknown>): boolean {
  if (result.ok === true) return 'data' in result;
  return (
    result.ok === false &&
    ERROR_CODES.includes(result.error.code) &&
    typeof result.error.message === 'string' &&
    result.error.message.length > 0
  );
}

describe('createIpcDispatcher', () => {
  const ctx: HandlerContext = { printTarget };

  it('runs the handler for a valid request from our window', async () => {
    const dispatch = createIpcDispatcher(ipcContract, realHandlers());
    const result = await dispatch('app:info', trusted, ctx, undefined);
    expect(result).toEqual({
      ok: true,
      data: {
        version: '0.1.0',
        platform: 'linux',
        electron: '41.7.1',
        paths: { userData: base, backups: base, logs: base },
      },
    });
  });

  it.each<[string, IpcSender]>([
    ['another origin', { ...trusted, frameUrl: 'https://evil.example/' }],
    ['a file:// page', { ...trusted, frameUrl: 'file:///tmp/index.html' }],
    ['an iframe', { ...trusted, isMainFrame: false }],
    ['another window', { ...trusted, isOwnWindow: false }],
    ['a frame that is gone', { ...trusted, frameUrl: undefined }],
  ])('refuses a request from %s', async (_label, sender) => {
    const handlers = realHandlers();
    const spy = vi.spyOn(handlers, 'secrets:get');
    const dispatch = createIpcDispatcher(ipcContract, handlers);
    const result = await dispatch('secrets:get', sender, ctx, { key: 'webdav' });
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(spy).not.toHaveBeenCalled();
  });

  it('answers a payload that does not fit the schema with invalid-input, in Dutch', async () => {
    const dispatch = createIpcDispatcher(ipcContract, realHandlers());
    const { folderId } = await grantAll(dispatch);
    const result = await dispatch('folder:read', trusted, ctx, {
      folderId,
      path: '../../etc/passwd',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', message: expect.stringContaining('Ongeldige gegevens') },
    });
    expect(
      await dispatch('backup:write', trusted, ctx, { name: 'x.json', bytes: 'geen bytes' }),
    ).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch('bestaat:niet', trusted, ctx, undefined)).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
  });

  it('turns a throwing handler into a typed error and logs only unexpected ones', async () => {
    const logError = vi.fn();
    const handlers = realHandlers();
    handlers['app:info'] = async () => {
      throw new TypeError('undefined is not a function at /home/adviseur/geheim');
    };
    const dispatch = createIpcDispatcher(ipcContract, handlers, { logError });
    const result = await dispatch('app:info', trusted, ctx, undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('geheim');
    expect(logError).toHaveBeenCalledOnce();

    const { folderId } = await grantAll(dispatch);
    const missing = await dispatch('folder:read', trusted, ctx, {
      folderId,
      path: 'bestaat-niet.json',
    });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('carries a handler result through unchanged', async () => {
    const dispatch = createIpcDispatcher(ipcContract, realHandlers());
    const { folderId } = await grantAll(dispatch);
    const bytes = new TextEncoder().encode('{"v":1}');
    expect(
      await dispatch('folder:writeNew', trusted, ctx, {
        folderId,
        path: 'devices/d1/1.jsonl',
        bytes,
      }),
    ).toEqual({
      ok: true,
      data: { path: 'devices/d1/1.jsonl' },
    });
    const read = await dispatch('folder:read', trusted, ctx, {
      folderId,
      path: 'devices/d1/1.jsonl',
    });
    expect(read.ok && new TextDecoder().decode(read.data as Uint8Array)).toBe('{"v":1}');
  });

  it('never throws and always answers with a typed result, whatever the payload (fuzz, every channel)', async () => {
    const unexpected: unknown[] = [];
    const dispatch = createIpcDispatcher(ipcContract, realHandlers(), {
      logError: (_channel, error) => void unexpected.push(error),
    });
    const { folderId, serverId } = await grantAll(dispatch);
    // From here on the advisor says no to every new server the fuzzer tries to connect.
    confirmAnswer = false;
    requested.length = 0;
    const keys = [
      'root',
      'folderId',
      'serverId',
      'path',
      'prefix',
      'bytes',
      'overwrite',
      'key',
      'value',
      'name',
      'keep',
      'url',
      'username',
      'password',
      'suggestedName',
      'landscape',
      'filters',
    ];
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(
        sandbox,
        `${sandbox}/../..`,
        '../x',
        'a/../../b',
        'x.json',
        'javascript:alert(1)',
        'https://example.org/',
        '__proto__',
      ),
      fc.constantFrom(
        folderId,
        serverId,
        'a'.repeat(24),
        `${DAV_ORIGIN}/dav/`,
        'http://127.0.0.1:9/andere/',
        'devices/',
        '%2e%2e/x',
        './a',
      ),
      fc.uint8Array({ maxLength: 64 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.record({ name: fc.string(), extensions: fc.array(fc.string()) }), {
        maxLength: 2,
      }),
    );
    const payload = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5 }),
      fc.record({
        folderId: fc.constantFrom(folderId, 'a'.repeat(24)),
        path: fc.string({ minLength: 1, maxLength: 30 }),
        bytes: fc.uint8Array({ maxLength: 32 }),
      }),
      fc.record({ folderId: fc.constant(folderId), prefix: fc.string({ maxLength: 20 }) }),
      fc.record({
        serverId: fc.constantFrom(serverId, 'b'.repeat(24)),
        path: fc.string({ minLength: 1, maxLength: 30 }),
        bytes: fc.uint8Array({ maxLength: 32 }),
      }),
      fc.record({ serverId: fc.constant(serverId), prefix: fc.string({ maxLength: 20 }) }),
      fc.record({
        url: fc.oneof(fc.webUrl(), fc.constant(`${DAV_ORIGIN}/dav/`)),
        username: fc.string({ maxLength: 10 }),
        password: fc.option(fc.string({ maxLength: 10 })),
      }),
    );
    const sender = fc.record({
      frameUrl: fc.oneof(fc.constant(trusted.frameUrl), fc.webUrl(), fc.constant(undefined)),
      isMainFrame: fc.boolean(),
      isOwnWindow: fc.boolean(),
    });

    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        sender,
        payload,
        async (channel, from, request) => {
          const result = await dispatch(channel, from, ctx, request);
          expect(isTypedResult(result)).toBe(true);
        },
      ),
      { numRuns: 600 },
    );
    // Nothing unexpected happened, and the only server ever contacted is the confirmed one,
    // always below its folder.
    expect(unexpected).toEqual([]);
    // Valid requests for the granted server, so the origin check below never runs on nothing.
    await dispatch('webdav:list', trusted, ctx, { serverId, prefix: 'devices/' });
    await dispatch('webdav:writeNew', trusted, ctx, {
      serverId,
      path: 'devices/a/1.jsonl',
      bytes: new Uint8Array([1]),
    });
    expect(requested.some((url) => url.endsWith('devices/a/1.jsonl'))).toBe(true);
    for (const url of requested) expect(url.startsWith(`${DAV_ORIGIN}/dav/`)).toBe(true);
    // Nothing was written outside the picked folder (guardedFs refuses that anyway) and no
    // new server was granted.
    const servers = JSON.parse(
      await fs.readFile(path.join(base, 'userData', 'grants', 'webdav.json'), 'utf8'),
    );
    expect(Object.keys(servers.grants)).toEqual([serverId]);
  }, 60_000); // 600 runs with real file and grant I/O; the machine is shared and can be slow.
});

describe('handleAll', () => {
  it('registers every channel of the contract once, and a broken event is a forbidden sender', async () => {
    const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
    const ipcMain = {
      handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) =>
        void registered.set(channel, listener),
    };
    const dispatch = createIpcDispatcher(ipcContract, realHandlers());
    handleAll(ipcMain, ipcContract, dispatch, (event) => {
      if (event === 'kapot') throw new Error('frame destroyed');
      return { sender: trusted, ctx: { printTarget } };
    });
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
    expect(await registered.get('print:dialog')?.({}, undefined)).toEqual({
      ok: true,
      data: { printed: false },
    });
    expect(await registered.get('app:info')?.('kapot', undefined)).toMatchObject({
      ok: false,
      error: { code: 'forbidden-sender' },
    });
  });
});
