import { describe, expect, it } from 'vitest';
import { BROWSER_CONTENT_SECURITY_POLICY } from '../shared/security/csp';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl } from './security';

describe('isAllowedExternalUrl', () => {
  it('allows plain http and https links', () => {
    expect(isAllowedExternalUrl('https://www.leerwerkloket.nl/drechtsteden')).toBe(true);
    expect(isAllowedExternalUrl('http://example.org/')).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://veldwerk/index.html',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'https://user:secret@evil.example/',
    'https://',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });

  it('refuses non-strings and absurdly long URLs', () => {
    expect(isAllowedExternalUrl(undefined)).toBe(false);
    expect(isAllowedExternalUrl(null)).toBe(false);
    expect(isAllowedExternalUrl(`https://example.org/${'a'.repeat(3000)}`)).toBe(false);
  });
});

describe('isAppUrl', () => {
  it('accepts our fixed origin only', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html#/bedrijven`)).toBe(true);
    expect(isAppUrl('app://veldwerk/')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://veldwerk.evil.example/')).toBe(false);
    expect(isAppUrl('https://veldwerk/')).toBe(false);
    expect(isAppUrl('file:///opt/Veldwerk/resources/app.asar/dist/renderer/index.html')).toBe(
      false,
    );
    expect(isAppUrl(undefined)).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY (desktop)', () => {
  it('lets the page connect to its own origin only, and allows nothing inline for scripts', () => {
    // WebDAV goes through the main process; the page itself reaches no server.
    const connect = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('connect-src'));
    expect(connect).toBe("connect-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https:|http:|localhost|127\.0\.0\.1|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('differs from the browser-mode policy only in connect-src', () => {
    const withoutConnect = (csp: string) =>
      csp.split('; ').filter((d) => !d.startsWith('connect-src'));
    expect(withoutConnect(CONTENT_SECURITY_POLICY)).toEqual(
      withoutConnect(BROWSER_CONTENT_SECURITY_POLICY),
    );
    expect(BROWSER_CONTENT_SECURITY_POLICY).toContain(
      "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
    );
  });
});
