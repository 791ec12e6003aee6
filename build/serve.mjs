// Static server for browser mode (`npm start` without the Electron runtime) and for the
// end-to-end tests: serves the built renderer on 127.0.0.1 with the app's CSP, an SPA
// fallback to index.html, no directory listings, and no way out of the root folder.
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { Buffer } from 'node:buffer';
import http from 'node:http';
import path from 'node:path';
import { mimeTypeOf, requestPathSegments } from '../shared/security/staticPaths.mjs';

/** Keep equal to BROWSER_CONTENT_SECURITY_POLICY in shared/security/csp.ts (a test checks this). */
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

export const DEFAULT_PORT = 5178;

/**
 * Sent with every response, so `npm start` can tell a Veldwerk already serving on the port
 * (open that one: browser-mode data belongs to the address) from another program.
 */
export const SERVER_HEADER = 'X-Veldwerk-Server';

function isInside(parent, child) {
  const rel = path.relative(parent, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** True when `url` answers as a Veldwerk browser-mode server (see SERVER_HEADER). */
export async function isVeldwerkServer(url, timeoutMs = 2000) {
  const controller = new globalThis.AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { method: 'HEAD', signal: controller.signal });
    return response.headers.get(SERVER_HEADER) === '1';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The file under `root` that a request path names, or null when it would leave the root.
 * `root` must already be a real path.
 */
export function resolveRequestPath(root, urlPath) {
  let parts;
  try {
    parts = requestPathSegments(new URL(urlPath, 'http://x').pathname);
  } catch {
    return null;
  }
  if (parts === null) return null;
  const file = path.resolve(root, ...parts);
  return isInside(root, file) ? file : null;
}

async function fileIn(root, file) {
  try {
    const real = await realpath(file);
    if (!isInside(root, real)) return null; // a symlink that leads out
    const info = await stat(real);
    return info.isFile() ? { file: real, size: info.size } : null;
  } catch {
    return null;
  }
}

function headers(type, size) {
  return {
    'Content-Type': type,
    'Content-Length': String(size),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    [SERVER_HEADER]: '1',
  };
}

function createHandler(root) {
  return async (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res
        .writeHead(405, { Allow: 'GET, HEAD', 'Content-Security-Policy': CONTENT_SECURITY_POLICY })
        .end();
      return;
    }
    const requested = resolveRequestPath(root, req.url ?? '/');
    let found = requested ? await fileIn(root, requested) : null;
    // Client-side routes (no extension) get the app; a missing asset stays a 404.
    if (!found && requested && path.extname(requested) === '')
      found = await fileIn(root, path.join(root, 'index.html'));
    if (!found) {
      const body = 'Niet gevonden';
      res
        .writeHead(404, headers('text/plain; charset=utf-8', Buffer.byteLength(body)))
        .end(req.method === 'HEAD' ? undefined : body);
      return;
    }
    res.writeHead(200, headers(mimeTypeOf(found.file), found.size));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    createReadStream(found.file)
      .on('error', () => res.destroy())
      .pipe(res);
  };
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Serve `root` on `host:port` (defaults 127.0.0.1:5178); `port: 0` picks a free one. A taken
 * port rejects with the EADDRINUSE error, never a silent move to another port: browser-mode
 * data lives per address, so another port would show the advisor an empty app.
 * @param {{ root: string, port?: number, host?: string }} options
 * @returns {Promise<{ url: string, port: number, close: () => Promise<void> }>}
 */
export async function startStaticServer({ root, port = DEFAULT_PORT, host = '127.0.0.1' }) {
  const realRoot = await realpath(root);
  const server = http.createServer((req, res) => {
    createHandler(realRoot)(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  const actual = await listen(server, port, host);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${urlHost}:${actual}/`,
    port: actual,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections?.();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
