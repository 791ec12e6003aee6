/**
 * The one Content Security Policy of Veldwerk: sent by the desktop protocol handler, put into
 * the built page, and sent by the browser-mode server (build/serve.mjs keeps a copy because it is
 * plain JavaScript; electron/security.test.ts checks the two are equal). `connect-src` allows
 * WebDAV over https and over http on the loopback only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self' https: http://127.0.0.1:* http://localhost:*",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** `frame-ancestors` is ignored (with a console warning) in a meta tag, so the page omits it. */
export const META_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY.split('; ')
  .filter((d) => !d.startsWith('frame-ancestors'))
  .join('; ');
