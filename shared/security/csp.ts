/**
 * The Content Security Policies of Veldwerk.
 *
 * - Browser mode (build/serve.mjs sends it; it keeps a copy because it is plain JavaScript, and
 *   test/unit/packagingStart.test.ts checks the two are equal): the page itself talks to the
 *   WebDAV server, so `connect-src` allows https and http on the loopback.
 * - Desktop app (electron/protocol.ts sends it on every app:// response): WebDAV goes through
 *   the main process, so the page may connect to nothing but its own origin.
 *
 * The built page carries the browser-mode policy in a meta tag; in the desktop app the header
 * applies as well, and a request must satisfy both, so the narrower desktop policy wins.
 */
const directives = (connectSrc: string) => [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  `connect-src ${connectSrc}`,
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
];

export const BROWSER_CONTENT_SECURITY_POLICY = directives(
  "'self' https: http://127.0.0.1:* http://localhost:*",
).join('; ');

export const DESKTOP_CONTENT_SECURITY_POLICY = directives("'self'").join('; ');

/** `frame-ancestors` is ignored (with a console warning) in a meta tag, so the page omits it. */
export const META_CONTENT_SECURITY_POLICY = BROWSER_CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
