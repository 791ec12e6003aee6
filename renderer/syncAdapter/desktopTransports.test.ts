import { afterEach, describe, expect, it } from 'vitest';
import type { IpcError, IpcResult, VeldwerkApi } from '../../shared/ipc/contract';
import { isTransportError } from '../../shared/sync/transport';
import { folderTransport } from './folderTransport';
import { ipcWebdavTransport } from './ipcWebdavTransport';
import { makeTransport } from './syncConfig';

/** The window as the preload leaves it in the desktop app. */
const desktopWindow = window as Window & { veldwerk?: VeldwerkApi };
const FOLDER_ID = 'f'.repeat(24);
const SERVER_ID = 's'.repeat(24);

type Call = { channel: string; request: unknown };

/** A stand-in for the preload's API that answers every call with `answer`. */
function fakeApi(answer: (channel: string, request: unknown) => IpcResult<unknown>) {
  const calls: Call[] = [];
  const group = (name: string, verbs: string[]) =>
    Object.fromEntries(
      verbs.map((verb) => [
        verb,
        async (request?: unknown) => {
          calls.push({ channel: `${name}:${verb}`, request });
          return answer(`${name}:${verb}`, request);
        },
      ]),
    );
  const api = {
    folder: group('folder', ['choose', 'forget', 'list', 'read', 'writeNew', 'remove']),
    webdav: group('webdav', ['connect', 'forget', 'list', 'read', 'writeNew', 'remove']),
  } as unknown as VeldwerkApi;
  return { api, calls };
}

const fail = (code: IpcError['code'], message = `melding ${code}`): IpcResult<never> => ({
  ok: false,
  error: { code, message },
});

afterEach(() => {
  delete desktopWindow.veldwerk;
});

describe('desktop transports over IPC', () => {
  it('name the folder and the server only by the id the main process granted', async () => {
    const { api, calls } = fakeApi(() => ({ ok: true, data: [] }));
    await folderTransport(api, FOLDER_ID, '/gedeeld').list('devices/');
    await ipcWebdavTransport(api, SERVER_ID, 'https://dav.example/').list('devices/');
    expect(calls).toEqual([
      { channel: 'folder:list', request: { folderId: FOLDER_ID, prefix: 'devices/' } },
      { channel: 'webdav:list', request: { serverId: SERVER_ID, prefix: 'devices/' } },
    ]);
  });

  it.each([
    ['not-found', 'not-found'],
    ['exists', 'exists'],
    ['unauthorized', 'unauthorized'],
    ['unreachable', 'unreachable'],
    ['not-granted', 'unreachable'],
    ['io', 'io'],
    ['too-large', 'too-large'],
  ] as const)('turn the main process’s %s into the transport error %s', async (code, kind) => {
    const { api } = fakeApi(() => fail(code));
    for (const transport of [
      folderTransport(api, FOLDER_ID, '/gedeeld'),
      ipcWebdavTransport(api, SERVER_ID, 'https://dav.example/'),
    ]) {
      const error = await transport.read('devices/a/1.jsonl').catch((e: unknown) => e);
      expect(isTransportError(error, kind)).toBe(true);
    }
  });

  it('keep the main process’s Dutch message for the advisor', async () => {
    const { api } = fakeApi(() => fail('unauthorized', 'De server weigert toegang.'));
    const error = await ipcWebdavTransport(api, SERVER_ID, 'https://dav.example/')
      .list('')
      .catch((e: unknown) => e);
    expect(isTransportError(error) && error.userMessage).toBe('De server weigert toegang.');
  });
});

describe('makeTransport in the desktop app', () => {
  it('asks to pick a folder saved as a path once more, losing nothing', () => {
    desktopWindow.veldwerk = fakeApi(() => ({ ok: true, data: [] })).api;
    const made = makeTransport(
      { kind: 'folder', path: '/mnt/team/veldwerk', encrypted: false },
      null,
    );
    expect(made).toMatchObject({
      ok: false,
      message: expect.stringContaining('Kies de map /mnt/team/veldwerk nog één keer'),
    });
    expect(!made.ok && made.message).toContain('Er gaat niets verloren');
  });

  it('asks to confirm a WebDAV server saved before the main process kept it', () => {
    desktopWindow.veldwerk = fakeApi(() => ({ ok: true, data: [] })).api;
    const made = makeTransport(
      { kind: 'webdav', url: 'https://dav.example/team/', username: 'jan', encrypted: false },
      'geheim',
    );
    expect(made).toMatchObject({
      ok: false,
      message: expect.stringContaining('https://dav.example/team/'),
    });
  });

  it('goes through the main process for WebDAV once the server has an id, whatever the browser could fetch', async () => {
    const { api, calls } = fakeApi(() => ({ ok: true, data: [] }));
    desktopWindow.veldwerk = api;
    const made = makeTransport(
      {
        kind: 'webdav',
        url: 'https://dav.example/team/',
        username: 'jan',
        serverId: SERVER_ID,
        encrypted: false,
      },
      null,
    );
    if (!made.ok) throw new Error(made.message);
    await made.transport.list('');
    expect(calls.map((c) => c.channel)).toEqual(['webdav:list']);
  });

  it('keeps the browser’s own fetch in browser mode', () => {
    const made = makeTransport(
      { kind: 'webdav', url: 'https://dav.example/team/', username: 'jan', encrypted: false },
      'geheim',
    );
    expect(made.ok).toBe(true);
    expect(made.ok && made.transport.describe()).toBe('https://dav.example/team/');
  });
});
