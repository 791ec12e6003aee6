import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The electron-builder configuration. What it packs from the real build is checked after
 * `npm run build`, in test/e2e/packaging.e2e.ts.
 */

const repo = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);
const config = require(path.join(repo, 'build/electron-builder.config.cjs'));

describe('electron-builder configuration', () => {
  it('identifies the app and installs per user, in Dutch, without admin rights', () => {
    expect(config.appId).toBe('nl.drechtsteden.veldwerk');
    expect(config.productName).toBe('Veldwerk');
    expect(config.directories.output).toBe('release');
    expect(config.nsis).toMatchObject({
      perMachine: false,
      allowElevation: false,
      language: '1043',
      installerLanguages: ['nl_NL'],
    });
    expect(config.win.target.map((t: { target: string }) => t.target)).toEqual([
      'nsis',
      'portable',
    ]);
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'], category: 'Office' });
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('has real icons of 512 and 256 pixels', async () => {
    for (const [file, size] of [
      ['512x512.png', 512],
      ['256x256.png', 256],
    ] as const) {
      const png = await fs.readFile(path.join(repo, 'build/icons', file));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });
});
