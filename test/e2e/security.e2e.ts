import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BROWSER_CONTENT_SECURITY_POLICY as CONTENT_SECURITY_POLICY,
  META_CONTENT_SECURITY_POLICY,
} from '../../shared/security/csp';
import { closeApp, launchApp, type App } from './browser';

describe('the built page is locked down', () => {
  let app: App;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => closeApp(app));

  it('carries the strict CSP in the page and in the server header', async () => {
    const html = readFileSync(
      resolve(import.meta.dirname, '../../dist/renderer/index.html'),
      'utf8',
    );
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
    );
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    const response = await fetch(`${app.baseUrl}/index.html`);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('refuses inline and foreign scripts in real Chromium', async () => {
    const result = await app.page.evaluate(async () => {
      const violations: string[] = [];
      // Both scripts are reported; waiting for the two reports replaces a fixed sleep.
      const reported = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (e) => {
          violations.push(e.violatedDirective);
          if (violations.length === 2) resolve();
        }),
      );
      const w = window as unknown as { injected?: boolean };
      const inline = document.createElement('script');
      inline.textContent = 'window.injected = true';
      document.body.append(inline);
      const foreign = document.createElement('script');
      foreign.src = 'https://example.invalid/x.js';
      document.body.append(foreign);
      await reported;
      return { injected: w.injected === true, violations };
    });
    expect(result.injected).toBe(false);
    expect(result.violations.some((v) => v.startsWith('script-src'))).toBe(true);
  });
});
