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

  it('keeps Dexie inside the data layer (renderer/db and the sync adapter renderer/syncAdapter)', async () => {
    const direct = [
      "import { useLiveQuery } from 'dexie-react-hooks';\nexport const a = useLiveQuery;\n",
      "import Dexie from 'dexie';\nexport const a = Dexie;\n",
      "import { getDb } from '../../db/database';\nexport const a = getDb;\n",
    ];
    for (const code of direct) {
      expect(await ruleIds('renderer/features/sync/x.tsx', code), code).toContain('no-restricted-imports');
      expect(await ruleIds('renderer/db/queries/x.ts', code.replace('../../db/database', '../database')), code).toEqual([]);
      expect(await ruleIds('renderer/syncAdapter/x.ts', code.replace('../../db/database', '../db/database')), code).toEqual([]);
      expect(await ruleIds('renderer/features/sync/x.test.tsx', code), code).toEqual([]);
    }
    expect(await ruleIds('renderer/app/x.ts', "import type { PeerRow } from '../db/database';\nexport type A = PeerRow;\n")).toContain(
      'no-restricted-imports',
    );
    expect(await ruleIds('electron/x.ts', "import Dexie from 'dexie';\nexport const a = Dexie;\n")).toContain('no-restricted-imports');
    // Screens read and write through the data layer's modules.
    expect(await ruleIds('renderer/features/sync/x.tsx', "import { useSyncTarget } from '../../db/queries/sync';\nexport const a = useSyncTarget;\n")).toEqual([]);
  });

  it('allows the right way round', async () => {
    expect(await ruleIds('renderer/app/x.ts', "import { t } from '../../shared/i18n';\nexport const a = t;\n")).toEqual([]);
  });
});
