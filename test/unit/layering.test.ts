import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The layering of ARCHITECTURE.md is mechanical: a wrong-way import fails `npm run lint`. */
const root = resolve(import.meta.dirname, '../..');
const eslint = new ESLint({ cwd: root });

async function ruleIds(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return result!.messages.map((m) => m.ruleId ?? m.message);
}

describe('layering', () => {
  it('refuses shared → renderer, shared → electron and Node built-ins in shared', async () => {
    expect(await ruleIds('shared/rules/x.ts', "import { App } from '../../renderer/app/App';\nexport const a = App;\n")).toContain(
      'import/no-restricted-paths',
    );
    expect(await ruleIds('shared/rules/x.ts', "import { isAppUrl } from '../../electron/security';\nexport const a = isAppUrl;\n")).toContain(
      'import/no-restricted-paths',
    );
    expect(await ruleIds('shared/rules/x.ts', "import { readFileSync } from 'node:fs';\nexport const a = readFileSync;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('shared/rules/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n")).toContain('no-restricted-imports');
  });

  it('refuses renderer ↔ electron in both directions', async () => {
    expect(await ruleIds('renderer/app/x.ts', "import { handle } from '../../electron/ipc';\nexport const a = handle;\n")).toContain(
      'import/no-restricted-paths',
    );
    expect(await ruleIds('electron/x.ts', "import { App } from '../renderer/app/App';\nexport const a = App;\n")).toContain(
      'import/no-restricted-paths',
    );
    expect(await ruleIds('renderer/app/x.ts', "import { ipcRenderer } from 'electron';\nexport const a = ipcRenderer;\n")).toContain(
      'no-restricted-imports',
    );
  });

  it('allows the right way round', async () => {
    expect(await ruleIds('renderer/app/x.ts', "import { t } from '../../shared/i18n';\nexport const a = t;\n")).toEqual([]);
  });
});
