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

const trusted: IpcSender = { frameUrl: 'app://veldwerk/index.html#/bedrijven', isMainFrame: true, isOwnWindow: true };
const channels = Object.keys(ipcContract) as IpcChannel[];
const ERROR_CODES = ['invalid-input', 'forbidden-sender', 'not-found', 'exists', 'io', 'unavailable', 'cancelled', 'internal'];

let base: string;
let sandbox: string;

/** Real fs, but any absolute path outside the temp folder throws: the fuzzer must not touch the disk elsewhere. */
function guardedFs(): FsLike {
  const guard =
    <F extends (...args: never[]) => unknown>(fn: F) =>
    (...args: Parameters<F>) => {
      for (const arg of args) {
        if (typeof arg === 'string' && path.isAbsolute(arg) && !path.resolve(arg).startsWith(base)) {
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
    showSaveDialog: async ({ defaultName }) => path.join(sandbox, `dialog-${defaultName.length}.bin`),
    chooseFolder: async () => sandbox,
  });
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
      data: { version: '0.1.0', platform: 'linux', electron: '41.7.1', paths: { userData: base, backups: base, logs: base } },
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
    const result = await dispatch('folder:read', trusted, ctx, { root: sandbox, path: '../../etc/passwd' });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining('Ongeldige gegevens') } });
    expect(await dispatch('backup:write', trusted, ctx, { name: 'x.json', bytes: 'geen bytes' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await dispatch('bestaat:niet', trusted, ctx, undefined)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
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

    const missing = await dispatch('folder:read', trusted, ctx, { root: sandbox, path: 'bestaat-niet.json' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(logError).toHaveBeenCalledOnce();
  });

  it('carries a handler result through unchanged', async () => {
    const dispatch = createIpcDispatcher(ipcContract, realHandlers());
    const bytes = new TextEncoder().encode('{"v":1}');
    expect(await dispatch('folder:writeNew', trusted, ctx, { root: sandbox, path: 'devices/d1/1.jsonl', bytes })).toEqual({
      ok: true,
      data: { path: 'devices/d1/1.jsonl' },
    });
    const read = await dispatch('folder:read', trusted, ctx, { root: sandbox, path: 'devices/d1/1.jsonl' });
    expect(read.ok && new TextDecoder().decode(read.data as Uint8Array)).toBe('{"v":1}');
  });

  it('never throws and always answers with a typed result, whatever the payload (fuzz, every channel)', async () => {
    const dispatch = createIpcDispatcher(ipcContract, realHandlers(), { logError: () => undefined });
    const keys = ['root', 'path', 'prefix', 'bytes', 'overwrite', 'key', 'value', 'name', 'keep', 'url', 'suggestedName', 'landscape', 'filters'];
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom(sandbox, `${sandbox}/../..`, '../x', 'a/../../b', 'x.json', 'javascript:alert(1)', 'https://example.org/', '__proto__'),
      fc.uint8Array({ maxLength: 64 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.record({ name: fc.string(), extensions: fc.array(fc.string()) }), { maxLength: 2 }),
    );
    const payload = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 5 }),
      fc.record({ root: fc.constant(sandbox), path: fc.string({ minLength: 1, maxLength: 30 }), bytes: fc.uint8Array({ maxLength: 32 }) }),
      fc.record({ root: fc.constant(sandbox), prefix: fc.string({ maxLength: 20 }) }),
    );
    const sender = fc.record({
      frameUrl: fc.oneof(fc.constant(trusted.frameUrl), fc.webUrl(), fc.constant(undefined)),
      isMainFrame: fc.boolean(),
      isOwnWindow: fc.boolean(),
    });

    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...channels), sender, payload, async (channel, from, request) => {
        const result = await dispatch(channel, from, ctx, request);
        expect(isTypedResult(result)).toBe(true);
      }),
      { numRuns: 600 },
    );
  });
});

describe('handleAll', () => {
  it('registers every channel of the contract once, and a broken event is a forbidden sender', async () => {
    const registered = new Map<string, (event: unknown, payload: unknown) => Promise<unknown>>();
    const ipcMain = { handle: (channel: string, listener: (event: unknown, payload: unknown) => Promise<unknown>) => void registered.set(channel, listener) };
    const dispatch = createIpcDispatcher(ipcContract, realHandlers());
    handleAll(ipcMain, ipcContract, dispatch, (event) => {
      if (event === 'kapot') throw new Error('frame destroyed');
      return { sender: trusted, ctx: { printTarget } };
    });
    expect([...registered.keys()].sort()).toEqual([...channels].sort());
    expect(await registered.get('print:dialog')?.({}, undefined)).toEqual({ ok: true, data: { printed: false } });
    expect(await registered.get('app:info')?.('kapot', undefined)).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});
