import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toIpcError } from '../errors';
import { ipcContract } from '../../shared/ipc/contract';
import {
  chooseFolder,
  folderGrantSchema,
  forgetFolder,
  listFolder,
  readFromFolder,
  removeFromFolder,
  writeNewInFolder,
  type FolderDeps,
} from './folder';
import { grantStore } from './grants';
import { writeAtomic, type AtomicWriteDeps } from './atomicWrite';

let base: string;
let root: string;
let folderId: string;
let deps: FolderDeps;
const bytes = (text: string) => new TextEncoder().encode(text);

/** Handler deps as the app builds them: the grants live in a file in the user data folder. */
function depsPicking(picked: () => string | null): FolderDeps {
  const file = path.join(base, 'userData', 'grants', 'folders.json');
  return {
    fs,
    sleep: async () => undefined,
    chooseFolder: async () => picked(),
    folders: grantStore({ fs, file }, folderGrantSchema),
  };
}

beforeEach(async () => {
  base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-folder-')));
  root = path.join(base, 'gedeeld');
  await fs.mkdir(root);
  deps = depsPicking(() => root);
  folderId = (await chooseFolder(deps))!.folderId;
});

afterEach(() => fs.rm(base, { recursive: true, force: true }));

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    // The code the renderer would receive through the IPC dispatcher.
    return toIpcError(error).error.code;
  }
}

describe('folder:writeNew', () => {
  it('writes the file, creating folders, and leaves no temporary file', async () => {
    const result = await writeNewInFolder(deps, {
      folderId,
      path: 'devices/abc/1.jsonl',
      bytes: bytes('{"a":1}\n'),
    });
    expect(result).toEqual({ path: 'devices/abc/1.jsonl' });
    expect(await fs.readFile(path.join(root, 'devices/abc/1.jsonl'), 'utf8')).toBe('{"a":1}\n');
    expect(await fs.readdir(path.join(root, 'devices/abc'))).toEqual(['1.jsonl']);
  });

  it('never overwrites: a second write of the same name is refused and the first stays', async () => {
    await writeNewInFolder(deps, { folderId, path: 'a.json', bytes: bytes('eerste') });
    expect(
      await codeOf(writeNewInFolder(deps, { folderId, path: 'a.json', bytes: bytes('tweede') })),
    ).toBe('exists');
    expect(await fs.readFile(path.join(root, 'a.json'), 'utf8')).toBe('eerste');
    expect(await fs.readdir(root)).toEqual(['a.json']);
  });

  it('goes through a temporary name in the same folder, then links it exclusively (no rename)', async () => {
    const links: [string, string][] = [];
    const rename = vi.fn(fs.rename);
    const spy: FolderDeps = {
      ...deps,
      fs: {
        ...fs,
        rename,
        link: async (from, to) => (links.push([String(from), String(to)]), fs.link(from, to)),
      },
    };
    await writeNewInFolder(spy, { folderId, path: 'x/segment.jsonl', bytes: bytes('data') });
    expect(rename).not.toHaveBeenCalled();
    expect(links).toHaveLength(1);
    const [from, to] = links[0] ?? ['', ''];
    expect(path.dirname(from)).toBe(path.dirname(to));
    expect(path.basename(from)).toMatch(/^\.segment\.jsonl\.tmp-[0-9a-f]+$/);
    expect(await fs.readdir(path.join(root, 'x'))).toEqual(['segment.jsonl']);
  });

  it.each([
    ['with hard links', true],
    ['without hard links (FAT, some cloud drives)', false],
  ])('two laptops creating the same file at once: exactly one wins, whole, never replaced (%s)', async (_, hardLinks) => {
    const racing: FolderDeps = hardLinks
      ? deps
      : { ...deps, fs: { ...fs, link: async () => Promise.reject(Object.assign(new Error('no'), { code: 'EPERM' })) } };
    for (let run = 0; run < 10; run++) {
      const name = `veldwerk-${run}.json`;
      const writers = Array.from({ length: 4 }, (_, i) => `laptop ${i} `.repeat(2000));
      const codes = await Promise.all(
        writers.map((text) => codeOf(writeNewInFolder(racing, { folderId, path: name, bytes: bytes(text) }))),
      );
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'ok').every((c) => c === 'exists')).toBe(true);
      expect(await fs.readFile(path.join(root, name), 'utf8')).toBe(writers[codes.indexOf('ok')]);
    }
    expect((await fs.readdir(root)).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('retries a rename that Windows refuses for a moment (EPERM, EBUSY)', async () => {
    let failures = 0;
    const sleeps: number[] = [];
    const flaky: AtomicWriteDeps = {
      sleep: async (ms: number) => void sleeps.push(ms),
      fs: {
        ...fs,
        rename: async (from, to) => {
          if (failures < 2) {
            failures++;
            throw Object.assign(new Error('busy'), { code: failures === 1 ? 'EPERM' : 'EBUSY' });
          }
          return fs.rename(from, to);
        },
      },
    };
    await writeAtomic(flaky, path.join(root, 'b.json'), bytes('ok'), { overwrite: true });
    expect(await fs.readFile(path.join(root, 'b.json'), 'utf8')).toBe('ok');
    expect(sleeps).toEqual([50, 100]);
  });

  it('gives up after a few attempts, reports io and cleans up the temporary file', async () => {
    const rename = vi.fn(async () => {
      throw Object.assign(new Error('locked'), { code: 'EPERM' });
    });
    const locked = { sleep: async () => undefined, fs: { ...fs, rename } };
    expect(
      await codeOf(writeAtomic(locked, path.join(root, 'c.json'), bytes('x'), { overwrite: true })),
    ).toBe('io');
    expect(rename).toHaveBeenCalledTimes(6);
    expect(await fs.readdir(root)).toEqual([]);
  });

  it.each([
    '../buiten.txt',
    'a/../../buiten.txt',
    '/etc/passwd',
    'C:/Windows/x',
    'a//b',
    './a',
    '..\\buiten.txt',
  ])('rejects the path %s', async (bad) => {
    expect(await codeOf(writeNewInFolder(deps, { folderId, path: bad, bytes: bytes('x') }))).toBe(
      'invalid-input',
    );
    expect((await fs.readdir(base)).sort()).toEqual(['gedeeld', 'userData']);
    expect(await fs.readdir(root)).toEqual([]);
  });

  it('rejects a symlink inside the root that leads out of it', async () => {
    const outside = path.join(base, 'buiten');
    await fs.mkdir(outside);
    await fs.symlink(outside, path.join(root, 'link'), 'dir');
    expect(
      await codeOf(writeNewInFolder(deps, { folderId, path: 'link/x.json', bytes: bytes('x') })),
    ).toBe('invalid-input');
    expect(
      await codeOf(
        writeNewInFolder(deps, { folderId, path: 'link/nieuw/x.json', bytes: bytes('x') }),
      ),
    ).toBe('invalid-input');
    expect(await fs.readdir(outside)).toEqual([]);
  });

  it('reports a granted folder that has gone (an unplugged drive) as not found', async () => {
    await fs.rm(root, { recursive: true });
    expect(await codeOf(writeNewInFolder(deps, { folderId, path: 'a', bytes: bytes('x') }))).toBe(
      'not-found',
    );
    expect(await codeOf(listFolder(deps, { folderId, prefix: '' }))).toBe('not-found');
  });
});

describe('folder:list, read, remove', () => {
  beforeEach(async () => {
    await writeNewInFolder(deps, { folderId, path: 'devices/a/1.jsonl', bytes: bytes('één') });
    await writeNewInFolder(deps, { folderId, path: 'devices/a/2.jsonl', bytes: bytes('twee') });
    await writeNewInFolder(deps, { folderId, path: 'devices/b/1.jsonl', bytes: bytes('b') });
    await writeNewInFolder(deps, { folderId, path: 'manifest.json', bytes: bytes('{}') });
    await fs.writeFile(path.join(root, 'devices/a/.3.jsonl.tmp-abc123'), 'half');
  });

  it('lists files recursively under a prefix as relative posix paths, without temporary files', async () => {
    const all = await listFolder(deps, { folderId, prefix: '' });
    expect(all.map((e) => e.path)).toEqual([
      'devices/a/1.jsonl',
      'devices/a/2.jsonl',
      'devices/b/1.jsonl',
      'manifest.json',
    ]);
    expect(all[0]).toMatchObject({ size: 5 }); // 'één' is five bytes in UTF-8;
    expect(all[0]?.mtimeMs).toBeGreaterThan(0);
    expect((await listFolder(deps, { folderId, prefix: 'devices/a/' })).map((e) => e.path)).toEqual(
      ['devices/a/1.jsonl', 'devices/a/2.jsonl'],
    );
    expect((await listFolder(deps, { folderId, prefix: 'devices/' })).length).toBe(3);
    expect(await listFolder(deps, { folderId, prefix: 'nog-niet/' })).toEqual([]);
  });

  it('does not follow symlinks while listing and rejects a prefix that leaves the root', async () => {
    await fs.symlink(base, path.join(root, 'lus'), 'dir');
    expect(
      (await listFolder(deps, { folderId, prefix: '' })).some((e) => e.path.startsWith('lus')),
    ).toBe(false);
    expect(await codeOf(listFolder(deps, { folderId, prefix: '../' }))).toBe('invalid-input');
    expect(await codeOf(listFolder(deps, { folderId, prefix: '/etc/' }))).toBe('invalid-input');
    expect(await codeOf(listFolder(deps, { folderId, prefix: 'lus/' }))).toBe('invalid-input');
  });

  it('reads a file back as bytes', async () => {
    const data = await readFromFolder(deps, { folderId, path: 'devices/a/1.jsonl' });
    expect(data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(data)).toBe('één');
    expect(await codeOf(readFromFolder(deps, { folderId, path: 'devices/a/9.jsonl' }))).toBe(
      'not-found',
    );
    expect(await codeOf(readFromFolder(deps, { folderId, path: 'devices' }))).toBe('invalid-input');
  });

  it('refuses to read through a symlink that points outside', async () => {
    await fs.writeFile(path.join(base, 'geheim.txt'), 'geheim');
    await fs.symlink(path.join(base, 'geheim.txt'), path.join(root, 'geheim.txt'));
    expect(await codeOf(readFromFolder(deps, { folderId, path: 'geheim.txt' }))).toBe(
      'invalid-input',
    );
  });

  it('removes a file once, and never a folder', async () => {
    expect(await removeFromFolder(deps, { folderId, path: 'manifest.json' })).toEqual({
      removed: true,
    });
    expect(await removeFromFolder(deps, { folderId, path: 'manifest.json' })).toEqual({
      removed: false,
    });
    expect(await codeOf(removeFromFolder(deps, { folderId, path: 'devices' }))).toBe(
      'invalid-input',
    );
    expect(
      await codeOf(removeFromFolder(deps, { folderId, path: '../gedeeld/devices/a/1.jsonl' })),
    ).toBe('invalid-input');
  });
});

describe('folder capability', () => {
  const unknownId = 'a'.repeat(24);

  it('refuses every request for an id that was never granted, and touches nothing', async () => {
    await fs.writeFile(path.join(root, 'bestaand.json'), 'blijft');
    for (const attempt of [
      listFolder(deps, { folderId: unknownId, prefix: '' }),
      readFromFolder(deps, { folderId: unknownId, path: 'bestaand.json' }),
      writeNewInFolder(deps, { folderId: unknownId, path: 'nieuw.json', bytes: bytes('x') }),
      removeFromFolder(deps, { folderId: unknownId, path: 'bestaand.json' }),
    ]) {
      expect(await codeOf(attempt)).toBe('not-granted');
    }
    expect(await fs.readdir(root)).toEqual(['bestaand.json']);
  });

  it('grants a folder only through the dialog, keeps it across restarts, and gives the same id again', async () => {
    // A new set of handlers over the same user data folder, as after restarting the app.
    const restarted = depsPicking(() => root);
    await writeNewInFolder(restarted, { folderId, path: 'na-herstart.json', bytes: bytes('ok') });
    expect(await fs.readFile(path.join(root, 'na-herstart.json'), 'utf8')).toBe('ok');
    expect(await chooseFolder(restarted)).toEqual({ folderId, path: root });
    const stored = JSON.parse(
      await fs.readFile(path.join(base, 'userData', 'grants', 'folders.json'), 'utf8'),
    );
    expect(Object.keys(stored.grants)).toEqual([folderId]);
  });

  it('grants nothing when the advisor cancels the dialog', async () => {
    const cancelled = depsPicking(() => null);
    expect(await chooseFolder(cancelled)).toBeNull();
    const stored = JSON.parse(
      await fs.readFile(path.join(base, 'userData', 'grants', 'folders.json'), 'utf8'),
    );
    expect(Object.keys(stored.grants)).toEqual([folderId]);
  });

  it('keeps the real path of a folder picked through a symlink', async () => {
    const link = path.join(base, 'snelkoppeling');
    await fs.symlink(root, link, 'dir');
    const viaLink = depsPicking(() => link);
    expect(await chooseFolder(viaLink)).toEqual({ folderId, path: root });
  });

  it('refuses a folder id after it is forgotten', async () => {
    expect(await forgetFolder(deps, { folderId })).toEqual({ removed: true });
    expect(await codeOf(listFolder(deps, { folderId, prefix: '' }))).toBe('not-granted');
    expect(await forgetFolder(deps, { folderId })).toEqual({ removed: false });
  });

  it('accepts no root path and no overwrite flag in any request (the contract refuses them)', () => {
    const contract = ipcContract;
    expect(
      contract['folder:writeNew'].request.safeParse({ folderId, path: 'a', bytes: bytes('x') })
        .success,
    ).toBe(true);
    expect(
      contract['folder:writeNew'].request.safeParse({
        folderId,
        path: 'a',
        bytes: bytes('x'),
        overwrite: true,
      }).success,
    ).toBe(false);
    expect(
      contract['folder:read'].request.safeParse({ root: '/home', path: '.ssh/id_rsa' }).success,
    ).toBe(false);
    expect(
      contract['folder:read'].request.safeParse({ folderId, root: '/home', path: 'a' }).success,
    ).toBe(false);
    expect(contract['folder:list'].request.safeParse({ folderId, prefix: '../' }).success).toBe(
      false,
    );
    expect(
      contract['folder:list'].request.safeParse({ folderId: '../../etc', prefix: '' }).success,
    ).toBe(false);
  });
});
