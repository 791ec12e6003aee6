import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDutch } from '../../build/eslint/dutch.js';

/**
 * Dutch user text lives in the catalogue shared/i18n/nl/: a Dutch literal anywhere else fails
 * `npm run lint` (rule veldwerk/no-dutch-text, build/eslint/noDutchText.js).
 */
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });
const fixture = (name: string) => readFileSync(resolve(root, 'test/fixtures/lint', name), 'utf8');

async function dutchLines(file: string, code: string): Promise<number[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  const other = result!.messages.filter((m) => m.ruleId !== 'veldwerk/no-dutch-text');
  expect(other, JSON.stringify(other)).toEqual([]);
  return result!.messages.map((m) => m.line);
}

/** The lines of a fixture that carry `marker` in their comment. */
function markedLines(code: string, marker: RegExp): number[] {
  return code.split('\n').flatMap((line, i) => (marker.test(line) ? [i + 1] : []));
}

describe('no Dutch user text outside the catalogue', () => {
  it('fails JSX text, user-facing attributes, template literals, labels and error messages', async () => {
    const code = fixture('dutchText.bad.tsx');
    const lines = await dutchLines('renderer/features/contacts/Fixture.tsx', code);
    const expected = markedLines(
      code,
      /\/\/ (error message|template literal|a label)|\{\/\* |messages = /,
    );
    expect([...new Set(lines)]).toEqual(expected);
    // Two on the attribute line and two on the `? :` line.
    expect(lines.length).toBe(expected.length + 2);
  });

  it('passes catalogue texts, keys, paths, CSS classes, ids, codes and names', async () => {
    expect(
      await dutchLines('renderer/features/contacts/Fixture.tsx', fixture('dutchText.good.tsx')),
    ).toEqual([]);
  });

  it('holds for plain .ts in shared/ and electron/ too', async () => {
    const code =
      "export function check(ok: boolean) {\n  if (!ok) throw new Error('Vul een naam in.');\n}\n";
    expect(await dutchLines('shared/domain/x.ts', code)).toEqual([2]);
    expect(await dutchLines('electron/x.ts', code)).toEqual([2]);
    expect(await dutchLines('renderer/db/x.ts', code)).toEqual([2]);
  });

  it('leaves the catalogue, tests and seed data alone', async () => {
    const code = fixture('dutchText.bad.tsx');
    for (const file of [
      'shared/i18n/nl/x.tsx',
      'renderer/features/contacts/Fixture.test.tsx',
      'test/e2e/x.tsx',
      'shared/seed/x.tsx',
      'shared/guides/seed/x.tsx',
    ]) {
      expect(await dutchLines(file, code), file).toEqual([]);
    }
  });

  it('tells Dutch from English and from code', () => {
    for (const text of [
      'Annuleren',
      'Naam',
      'Bezig met laden…',
      'Kies een bedrijf.',
      '3 maanden',
      'Eén keuze',
      'KvK-nummer',
    ]) {
      expect(isDutch(text), text).toBe(true);
    }
    for (const text of [
      'naam',
      'kennisbank-card',
      'nl-NL',
      '/gesprekken/handleidingen',
      'ENOENT',
      'BezoekverslagScreen',
    ]) {
      expect(isDutch(text), text).toBe(false);
    }
    for (const text of [
      'Company does not exist',
      'Save failed: the disk is full',
      'Veldwerk',
      'LeerWerkLoket Drechtsteden',
      'PDF',
    ]) {
      expect(isDutch(text), text).toBe(false);
    }
    // In JSX a single lower-case word is shown as it is.
    expect(isDutch('geen', { jsx: true })).toBe(true);
    expect(isDutch('geen')).toBe(false);
  });
});
