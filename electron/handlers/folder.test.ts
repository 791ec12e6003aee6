import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toIpcError } from '../errors';
import { listFolder, readFromFolder, removeFromFolder, writeNewInFolder, type FolderDeps } from './folder';

let base: string;
let root: string;
let deps: FolderDeps;
const bytes = (text: string) => new TextEncoder().encode(text);

beforeEach(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-folder-'));
  root = path.join(base, 'gedeeld');
  await fs.mkdir(root);
  deps = { fs, sleep: async () => undefined, chooseFolder: async () => null };
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
    const result = await writeNewInFolder(deps, { root, path: 'devices/abc/1.jsonl', bytes: bytes('{"a":1}\n') });
    expect(result).toEqual({ path: 'devices/abc/1.jsonl' });
    expect(await fs.readFile(path.join(root, 'devices/abc/1.jsonl'), 'utf8')).toBe('{"a":1}\n');
    expect(await fs.readdir(path.join(root, 'devices/abc'))).toEqual(['1.jsonl']);
  });

  it('refuses to overwrite unless asked, and then replaces the whole file', async () => {
    await writeNewInFolder(deps, { root, path: 'a.json', bytes: bytes('eerste') });
    expect(await codeOf(writeNewInFolder(deps, { root, path: 'a.json', bytes: bytes('tweede') }))).toBe('exists');
    expect(await fs.readFile(path.join(root, 'a.json'), 'utf8')).toBe('eerste');
    await writeNewInFolder(deps, { root, path: 'a.json', bytes: bytes('derde'), overwrite: true });
    expect(await fs.readFile(path.join(root, 'a.json'), 'utf8')).toBe('derde');
    expect(await fs.readdir(root)).toEqual(['a.json']);
  });

  it('goes through a temporary name in the same folder, then renames', async () => {
    const renames: [string, string][] = [];
    const spy: FolderDeps = { ...deps, fs: { ...fs, rename: async (from, to) => (renames.push([String(from), String(to)]), fs.rename(from, to)) } };
    await writeNewInFolder(spy, { root, path: 'x/segment.jsonl', bytes: bytes('data') });
    expect(renames).toHaveLength(1);
    const [from, to] = renames[0] ?? ['', ''];
    expect(path.dirname(from)).toBe(path.dirname(to));
    expect(path.basename(from)).toMatch(/^\.segment\.jsonl\.tmp-[0-9a-f]+$/);
  });

  it('retries a rename that Windows refuses for a moment (EPERM, EBUSY)', async () => {
    let failures = 0;
    const sleeps: number[] = [];
    const flaky: FolderDeps = {
      ...deps,
      sleep: async (ms) => void sleeps.push(ms),
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
    await writeNewInFolder(flaky, { root, path: 'b.json', bytes: bytes('ok') });
    expect(await fs.readFile(path.join(root, 'b.json'), 'utf8')).toBe('ok');
    expect(sleeps).toEqual([50, 100]);
  });

  it('gives up after a few attempts, reports io and cleans up the temporary file', async () => {
    const rename = vi.fn(async () => {
      throw Object.assign(new Error('locked'), { code: 'EPERM' });
    });
    const locked: FolderDeps = { ...deps, fs: { ...fs, rename } };
    expect(await codeOf(writeNewInFolder(locked, { root, path: 'c.json', bytes: bytes('x') }))).toBe('io');
    expect(rename).toHaveBeenCalledTimes(6);
    expect(await fs.readdir(root)).toEqual([]);
  });

  it.each(['../buiten.txt', 'a/../../buiten.txt', '/etc/passwd', 'C:/Windows/x', 'a//b', './a', '..\\buiten.txt'])(
    'rejects the path %s',
    async (bad) => {
      expect(await codeOf(writeNewInFolder(deps, { root, path: bad, bytes: bytes('x') }))).toBe('invalid-input');
      expect(await fs.readdir(base)).toEqual(['gedeeld']);
    },
  );

  it('rejects a symlink inside the root that leads out of it', async () => {
    const outside = path.join(base, 'buiten');
    await fs.mkdir(outside);
    await fs.symlink(outside, path.join(root, 'link'), 'dir');
    expect(await codeOf(writeNewInFolder(deps, { root, path: 'link/x.json', bytes: bytes('x') }))).toBe('invalid-input');
    expect(await codeOf(writeNewInFolder(deps, { root, path: 'link/nieuw/x.json', bytes: bytes('x') }))).toBe('invalid-input');
    expect(await fs.readdir(outside)).toEqual([]);
  });

  it('rejects a relative root and a root that does not exist', async () => {
    expect(await codeOf(writeNewInFolder(deps, { root: 'relatief', path: 'a', bytes: bytes('x') }))).toBe('invalid-input');
    expect(await codeOf(writeNewInFolder(deps, { root: path.join(base, 'weg'), path: 'a', bytes: bytes('x') }))).toBe('not-found');
  });
});

describe('folder:list, read, remove', () => {
  beforeEach(async () => {
    await writeNewInFolder(deps, { root, path: 'devices/a/1.jsonl', bytes: bytes('één') });
    await writeNewInFolder(deps, { root, path: 'devices/a/2.jsonl', bytes: bytes('twee') });
    await writeNewInFolder(deps, { root, path: 'devices/b/1.jsonl', bytes: bytes('b') });
    await writeNewInFolder(deps, { root, path: 'manifest.json', bytes: bytes('{}') });
    await fs.writeFile(path.join(root, 'devices/a/.3.jsonl.tmp-abc123'), 'half');
  });

  it('lists files recursively under a prefix as relative posix paths, without temporary files', async () => {
    const all = await listFolder(deps, { root, prefix: '' });
    expect(all.map((e) => e.path)).toEqual(['devices/a/1.jsonl', 'devices/a/2.jsonl', 'devices/b/1.jsonl', 'manifest.json']);
    expect(all[0]).toMatchObject({ size: 5 }) // 'één' is five bytes in UTF-8;
    expect(all[0]?.mtimeMs).toBeGreaterThan(0);
    expect((await listFolder(deps, { root, prefix: 'devices/a/' })).map((e) => e.path)).toEqual([
      'devices/a/1.jsonl',
      'devices/a/2.jsonl',
    ]);
    expect((await listFolder(deps, { root, prefix: 'devices/' })).length).toBe(3);
    expect(await listFolder(deps, { root, prefix: 'nog-niet/' })).toEqual([]);
  });

  it('does not follow symlinks while listing and rejects a prefix that leaves the root', async () => {
    await fs.symlink(base, path.join(root, 'lus'), 'dir');
    expect((await listFolder(deps, { root, prefix: '' })).some((e) => e.path.startsWith('lus'))).toBe(false);
    expect(await codeOf(listFolder(deps, { root, prefix: '../' }))).toBe('invalid-input');
    expect(await codeOf(listFolder(deps, { root, prefix: '/etc/' }))).toBe('invalid-input');
    expect(await codeOf(listFolder(deps, { root, prefix: 'lus/' }))).toBe('invalid-input');
  });

  it('reads a file back as bytes', async () => {
    const data = await readFromFolder(deps, { root, path: 'devices/a/1.jsonl' });
    expect(data).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(data)).toBe('één');
    expect(await codeOf(readFromFolder(deps, { root, path: 'devices/a/9.jsonl' }))).toBe('not-found');
    expect(await codeOf(readFromFolder(deps, { root, path: 'devices' }))).toBe('invalid-input');
  });

  it('refuses to read through a symlink that points outside', async () => {
    await fs.writeFile(path.join(base, 'geheim.txt'), 'geheim');
    await fs.symlink(path.join(base, 'geheim.txt'), path.join(root, 'geheim.txt'));
    expect(await codeOf(readFromFolder(deps, { root, path: 'geheim.txt' }))).toBe('invalid-input');
  });

  it('removes a file once, and never a folder', async () => {
    expect(await removeFromFolder(deps, { root, path: 'manifest.json' })).toEqual({ removed: true });
    expect(await removeFromFolder(deps, { root, path: 'manifest.json' })).toEqual({ removed: false });
    expect(await codeOf(removeFromFolder(deps, { root, path: 'devices' }))).toBe('invalid-input');
    expect(await codeOf(removeFromFolder(deps, { root, path: '../gedeeld/devices/a/1.jsonl' }))).toBe('invalid-input');
  });
});
