import { listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * Packs the real build (`npm run build`, which `npm test` runs before these tests) with
 * electron-builder (`--dir --linux`) in a temp copy of the project, with a stand-in Electron
 * distribution (the real one comes from GitHub, which CI cannot reach), and checks what ends up
 * in app.asar: the built app and package.json, nothing else. Without a build it fails and says
 * so. The stand-in is a Linux executable and `--linux` is asked for explicitly, so this needs no
 * Linux host: electron-builder packs a Linux folder from any platform.
 */

const repo = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const electronVersion: string = require(
  path.join(repo, 'node_modules/electron/package.json'),
).version;
const run = promisify(execFile);
const BUILT = ['dist/electron/main.cjs', 'dist/electron/preload.cjs', 'dist/renderer/index.html'];

let project: string;

async function filesUnder(dir: string, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const rel = `${prefix}/${entry.name}`;
    out.push(rel);
    if (entry.isDirectory()) out.push(...(await filesUnder(path.join(dir, entry.name), rel)));
  }
  return out;
}

beforeAll(async () => {
  const missing = BUILT.filter((file) => !existsSync(path.join(repo, file)));
  if (missing.length) throw new Error(`${missing.join(', ')} missing: run \`npm run build\` first.`);
  project = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-pack-'));
  await fs.copyFile(path.join(repo, 'package.json'), path.join(project, 'package.json'));
  await fs.symlink(path.join(repo, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  await fs.cp(path.join(repo, 'build'), path.join(project, 'build'), { recursive: true });
  // Sources and tests beside dist, as in the real checkout: none of them may be packed.
  for (const decoy of [
    'electron/main.ts',
    'shared/ipc/contract.ts',
    'renderer/main.tsx',
    'test/unit/x.test.ts',
    'README.md',
  ]) {
    await fs.mkdir(path.dirname(path.join(project, decoy)), { recursive: true });
    await fs.writeFile(path.join(project, decoy), '// bron, hoort niet in de app');
  }
  // The app as built: main and preload bundles and the renderer.
  await fs.cp(path.join(repo, 'dist/electron'), path.join(project, 'dist/electron'), { recursive: true });
  await fs.cp(path.join(repo, 'dist/renderer'), path.join(project, 'dist/renderer'), { recursive: true });
  // A stand-in Electron: electron-builder copies this folder and renames the executable.
  const stub = path.join(project, 'electron-stub');
  await fs.mkdir(stub);
  // It carries a fuse wire as real Electron does (sentinel, version 1, eight fuses at Electron's
  // defaults), so electron-builder flips the configured fuses in it and the test can read them.
  const wire = `dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX\x01\x0810110001`;
  await fs.writeFile(path.join(stub, 'electron'), `#!/bin/sh\necho "stand-in"\n# ${wire}\n`, {
    mode: 0o755,
  });
  await fs.writeFile(path.join(stub, 'version'), `v${electronVersion}`);
}, 120_000);

afterAll(() => (project ? fs.rm(project, { recursive: true, force: true }) : undefined));

describe('packed app (electron-builder --dir, offline)', () => {
  it('app.asar holds exactly dist/ and package.json', async () => {
    const bin = path.join(repo, 'node_modules/.bin/electron-builder');
    await run(
      bin,
      [
        '--dir',
        '--linux',
        '--x64',
        '--projectDir',
        project,
        '--config',
        'build/electron-builder.config.cjs',
        `-c.electronDist=${path.join(project, 'electron-stub')}`,
        `-c.electronVersion=${electronVersion}`,
        `-c.directories.output=${path.join(project, 'release')}`,
      ],
      {
        cwd: project,
        env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1', CI: 'true' },
        timeout: 240_000,
      },
    );
    const unpacked = path.join(project, 'release/linux-unpacked');
    const asar = path.join(unpacked, 'resources/app.asar');
    const packed = listPackage(asar, { isPack: false })
      .map((p) => p.split(path.sep).join('/'))
      .sort();
    const expected = [
      '/dist',
      '/package.json',
      ...(await filesUnder(path.join(project, 'dist'), '/dist')),
    ].sort();
    expect(packed).toEqual(expected);
    expect(packed).toContain('/dist/electron/main.cjs');
    expect(packed).toContain('/dist/electron/preload.cjs');
    expect(packed).toContain('/dist/renderer/index.html');
    // The stand-in Electron is renamed after the app, beside resources/.
    expect((await fs.readdir(unpacked)).sort()).toContain('veldwerk');
    // electron-builder flipped the configured fuses in the packed binary ('0' off, '1' on).
    const fuses = await getCurrentFuseWire(path.join(unpacked, 'veldwerk'));
    const state = (fuse: FuseV1Options) => String.fromCharCode(fuses[fuse] as number);
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.EnableNodeOptionsEnvironmentVariable)).toBe('0');
    expect(state(FuseV1Options.EnableNodeCliInspectArguments)).toBe('0');
    expect(state(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe('1');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
    expect(state(FuseV1Options.EnableCookieEncryption)).toBe('1');
    expect(state(FuseV1Options.GrantFileProtocolExtraPrivileges)).toBe('0');
  }, 300_000);
});
