import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { completeFirstRun, launchKillableApp, newProfileDir } from './browser';

describe('crash safety', () => {
  it('keeps what was saved when the browser is killed like a power cut', async () => {
    const profileDir = newProfileDir();
    try {
      const first = await launchKillableApp(profileDir);
      await completeFirstRun(first.page, 'Kees Stroomuitval', 'LeerWerkLoket Drechtsteden');
      await first.page.getByRole('heading', { level: 1, name: 'Portefeuille' }).waitFor();
      await first.kill();

      const second = await launchKillableApp(profileDir, '/instellingen');
      await second.page.getByRole('heading', { level: 1, name: 'Instellingen' }).waitFor();
      expect(await second.page.getByLabel('Uw naam').inputValue()).toBe('Kees Stroomuitval');
      await second.kill();
    } finally {
      rmSync(profileDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    }
  });
});
