// Two laptops setting up the same (encrypted) target at once, on a real folder through the main
// process's folder handlers and in a cloud folder where each laptop first writes its own copy;
// and a target whose veldwerk.json was deleted.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { toIpcError } from '../../electron/errors';
import {
  chooseFolder,
  folderGrantSchema,
  listFolder,
  readFromFolder,
  removeFromFolder,
  writeNewInFolder,
  type FolderDeps,
} from '../../electron/handlers/folder';
import { grantStore } from '../../electron/handlers/grants';
import { syncOnce } from '../../shared/sync/engine';
import { memoryDevice, type MemoryDevice } from '../../shared/sync/memoryLocalStore';
import { memoryTransport, type MemoryTransport } from '../../shared/sync/memoryTransport';
import type { SyncOptions } from '../../shared/sync/ports';
import { MANIFEST_PATH } from '../../shared/sync/target';
import type { SyncTransport } from '../../shared/sync/transport';
import { toTransportError } from '../../renderer/syncAdapter/ipcTransport';

const T0 = 1_750_000_000_000;
const clock = { now: T0 };
const now = () => clock.now;
const passphrase = 'Drechtsteden samen 2026';

let base: string;
beforeEach(async () => {
  base = await fs.realpath(await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-setup-')));
});
afterEach(() => fs.rm(base, { recursive: true, force: true }));

/** The desktop folder transport without IPC: the main process's handlers on a real folder. */
async function realFolder(root: string): Promise<SyncTransport> {
  await fs.mkdir(root, { recursive: true });
  const deps: FolderDeps = {
    fs,
    chooseFolder: async () => root,
    folders: grantStore({ fs, file: path.join(base, `grants-${crypto.randomUUID()}.json`) }, folderGrantSchema),
  };
  const { folderId } = (await chooseFolder(deps))!;
  const call = async <T>(p: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      const { code, message } = toIpcError(error).error;
      throw toTransportError(root, p, code, message);
    }
  };
  return {
    describe: () => root,
    list: (prefix) => call(prefix, () => listFolder(deps, { folderId, prefix })),
    read: (p) => call(p, () => readFromFolder(deps, { folderId, path: p })),
    writeNew: async (p, bytes) => void (await call(p, () => writeNewInFolder(deps, { folderId, path: p, bytes }))),
    remove: async (p) => void (await call(p, () => removeFromFolder(deps, { folderId, path: p }))),
  };
}

function run(transport: SyncTransport, device: MemoryDevice, extra: Partial<SyncOptions> = {}) {
  clock.now += 1000;
  return syncOnce({
    transport,
    local: device,
    deviceId: device.deviceId,
    now,
    appVersion: '0.1.0',
    schemaVersion: 2,
    crypto: { passphrase, iterations: 1000 },
    ...extra,
  });
}

function laptop(name: string): MemoryDevice {
  const d = memoryDevice(name, now);
  for (let i = 0; i < 3; i++) {
    d.write('Bedrijf toegevoegd', [{ table: 'companies', rowId: `${name}-${i}`, fields: { name: `Bedrijf ${name} ${i}` } }]);
  }
  return d;
}

const rowIds = (d: MemoryDevice) => [...d.replica.rows.keys()].sort();

describe('two laptops set up the same encrypted target at once', () => {
  it('on a real folder, parallel first rounds always converge (20 runs)', async () => {
    for (let runNo = 0; runNo < 20; runNo++) {
      const target = await realFolder(path.join(base, `team-${runNo}`));
      const x = laptop('dev-x');
      const y = laptop('dev-y');
      await Promise.all([run(target, x), run(target, y)]);
      for (let i = 0; i < 2; i++) {
        await run(target, x);
        await run(target, y);
      }
      expect(rowIds(x), `run ${runNo}`).toHaveLength(6);
      expect(rowIds(y), `run ${runNo}`).toEqual(rowIds(x));
    }
  });

  it('in a cloud folder where each laptop first wrote its own veldwerk.json, the one that lost writes again', async () => {
    const xLocal = memoryTransport({ now });
    const yLocal = memoryTransport({ now });
    const cloud = (from: MemoryTransport, to: MemoryTransport) => {
      for (const [p, file] of from.files) if (!to.files.has(p)) to.put(p, file.bytes);
    };
    const x = laptop('dev-x');
    const y = laptop('dev-y');
    // Offline first rounds: each laptop creates the target with its own salt.
    expect((await run(xLocal, x)).ok).toBe(true);
    expect((await run(yLocal, y)).ok).toBe(true);
    // The cloud client keeps Y's manifest; X's becomes a conflict copy.
    xLocal.addConflictCopy(MANIFEST_PATH, 'veldwerk (conflicted copy).json');
    xLocal.put(MANIFEST_PATH, yLocal.files.get(MANIFEST_PATH)!.bytes);
    cloud(xLocal, yLocal);
    cloud(yLocal, xLocal);
    for (let i = 0; i < 3; i++) {
      const rx = await run(xLocal, x);
      cloud(xLocal, yLocal);
      for (const p of [...yLocal.files.keys()]) if (p.startsWith('devices/dev-x/') && !xLocal.files.has(p)) yLocal.files.delete(p);
      for (const [p, f] of xLocal.files) if (p.startsWith('devices/dev-x/')) yLocal.put(p, f.bytes);
      const ry = await run(yLocal, y);
      cloud(yLocal, xLocal);
      if (i === 0) expect(rx.problems.map((p) => p.kind)).toContain('republished');
      expect(ry.ok).toBe(true);
    }
    expect(rowIds(x)).toHaveLength(6);
    expect(rowIds(y)).toEqual(rowIds(x));
  });
});

describe('a deleted veldwerk.json', () => {
  it('is never re-created with a new key: a new laptop stops with a clear message, a known laptop puts it back', async () => {
    const target = await realFolder(path.join(base, 'team'));
    const x = laptop('dev-x');
    await run(target, x);
    const original = await fs.readFile(path.join(base, 'team', MANIFEST_PATH), 'utf8');
    await fs.rm(path.join(base, 'team', MANIFEST_PATH));

    const z = memoryDevice('dev-z', now);
    const rz = await run(target, z);
    expect(rz).toMatchObject({ ok: false, stoppedBy: 'manifest' });
    expect(rz.problems[0]?.message).toMatch(/veldwerk\.json ontbreekt.*collega/);
    await expect(fs.stat(path.join(base, 'team', MANIFEST_PATH))).rejects.toThrow();

    const rx = await run(target, x);
    expect(rx.ok).toBe(true);
    expect(await fs.readFile(path.join(base, 'team', MANIFEST_PATH), 'utf8')).toBe(original);
    const again = await run(target, z);
    expect(again.ok).toBe(true);
    expect(rowIds(z)).toEqual(rowIds(x));
  });
});

describe('a segment damaged after publication', () => {
  it.each([false, true])('is noticed and written again by its owner, then readers continue (encrypted: %s)', async (encrypted) => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = laptop('dev-b');
    const opts = { limits: { maxBatchesPerSegment: 1 }, ...(!encrypted && { crypto: undefined }) };
    await run(target, b, opts);
    await run(target, b, opts);
    const path = `devices/dev-b/0000000002.${encrypted ? 'enc' : 'jsonl'}`;
    const damaged = target.files.get(path)!.bytes.slice();
    damaged[Math.floor(damaged.length / 2)]! ^= 0x01;
    target.put(path, damaged);

    const before = await run(target, a, opts);
    expect(before.appliedBatches).toBe(1);
    expect(before.problems.map((p) => p.kind)).toContain('segment-unreadable');
    const repair = await run(target, b, opts);
    expect(repair.problems.map((p) => p.kind)).toEqual(['republished']);
    const after = await run(target, a, opts);
    expect(after.appliedBatches).toBe(2);
    expect(rowIds(a)).toEqual(rowIds(b));
    // Nothing more to repair once it is whole again.
    expect((await run(target, b, opts)).problems).toEqual([]);
    expect((await run(target, b, opts)).problems).toEqual([]);
  });
});

describe('own segments removed from the share', () => {
  it('are written again by their owner: one in the middle, or all of them', async () => {
    const target = memoryTransport({ now });
    const a = memoryDevice('dev-a', now);
    const b = laptop('dev-b');
    const opts = { limits: { maxBatchesPerSegment: 1 }, crypto: undefined };
    await run(target, b, opts);
    await run(target, b, opts);
    target.files.delete('devices/dev-b/0000000002.jsonl');
    const before = await run(target, a, opts);
    expect(before.problems.map((p) => p.kind)).toContain('gap');
    expect((await run(target, b, opts)).problems.map((p) => p.kind)).toEqual(['republished']);
    await run(target, a, opts);
    expect(rowIds(a)).toEqual(rowIds(b));

    for (const path of [...target.files.keys()]) if (path.startsWith('devices/dev-b/')) target.files.delete(path);
    const c = memoryDevice('dev-c', now);
    expect((await run(target, b, opts)).problems.map((p) => p.kind)).toEqual(['republished', 'republished', 'republished']);
    await run(target, c, opts);
    expect(rowIds(c)).toEqual(rowIds(b));
    expect((await run(target, b, opts)).problems).toEqual([]);
  });
});
