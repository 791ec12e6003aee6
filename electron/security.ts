/**
 * Pure security rules of the main process: which URLs belong to the app, which may be handed
 * to the system browser, and the Content-Security-Policy every app response carries.
 * No Electron imports, so Node tests reach these directly.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'veldwerk';
/**
 * A fixed origin: IndexedDB belongs to the origin, so it must never change between versions or
 * install folders (a `file://` origin would tie the data to where the app happens to live).
 */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/**
 * Sent as a header on every app response. `connect-src` is the app's own origin only: WebDAV
 * requests are made by the main process (electron/handlers/webdav.ts), so nothing the page
 * fetches can leave the app.
 */
export { DESKTOP_CONTENT_SECURITY_POLICY as CONTENT_SECURITY_POLICY } from '../shared/security/csp';

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL served by our own protocol handler (`app://veldwerk/...`). */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string') return false;
  const parsed = parse(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * True when a link may be opened in the system browser: only http(s), with a host, and no
 * credentials in the URL (a `https://user:pass@` link is a classic phishing disguise).
 */
export function isAllowedExternalUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string' || url.length > 2000) return false;
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.hostname === '') return false;
  return parsed.username === '' && parsed.password === '';
}
