import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The Electron fuses are part of the packaging configuration; electron-builder flips them in the
 * binary (test/unit/packaging.test.ts reads them back from a packed stand-in). Here: each fuse
 * the security review asked for has the right value, and every key is one electron-builder knows,
 * so a typo cannot silently leave a fuse at Electron's default.
 */

const repo = path.resolve(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
const config = require(path.join(repo, 'build/electron-builder.config.cjs')) as {
  electronFuses?: Record<string, unknown>;
};
const scheme = JSON.parse(
  readFileSync(path.join(repo, 'node_modules/app-builder-lib/scheme.json'), 'utf8'),
) as {
  definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
};

describe('Electron fuses in build/electron-builder.config.cjs', () => {
  const fuses = config.electronFuses ?? {};

  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('sets %s to %s', (fuse, value) => {
    expect(fuses[fuse]).toBe(value);
  });

  it('uses only fuse names electron-builder knows', () => {
    const known = Object.keys(scheme.definitions.FuseOptionsV1.properties);
    expect(Object.keys(fuses).filter((key) => !known.includes(key))).toEqual([]);
  });

  it('packs into app.asar, which OnlyLoadAppFromAsar requires', () => {
    expect((config as { asar?: unknown }).asar).toBe(true);
  });
});
