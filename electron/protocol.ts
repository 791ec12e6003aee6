import path from 'node:path';
import type { FsLike } from './handlers/fsTypes';
import { isInside } from './handlers/confine';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * Serves `dist/renderer` on `app://veldwerk/`. The app never runs from `file://`: IndexedDB
 * data belongs to the origin, and this origin stays the same across updates and install folders.
 */

/** Passed to `protocol.registerSchemesAsPrivileged` before the app is ready. */
export const APP_SCHEME_PRIVILEGES = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
};

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

export function mimeTypeOf(file: string): string {
  return MIME_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file under `root` that a request URL names, or null when the URL is not ours or would
 * leave `root` (`..`, encoded `%2e%2e`, backslashes, NUL bytes).
 */
export function resolveAppPath(root: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  const file = path.resolve(root, ...(parts.length === 0 ? ['index.html'] : parts));
  return isInside(path.resolve(root), file) ? file : null;
}

/** A path without an extension is a client-side route: answer with the app's index.html. */
function isRouteLike(file: string): boolean {
  return path.extname(file) === '';
}

function respond(status: number, body: ConstructorParameters<typeof Response>[0], type: string): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': type,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

/** The handler given to `protocol.handle('app', …)`: pure apart from reading files. */
export function createAppProtocolHandler(options: { root: string; fs: Pick<FsLike, 'readFile' | 'stat'> }) {
  const { root, fs } = options;
  const readIfFile = async (file: string): Promise<Uint8Array | null> => {
    try {
      if (!(await fs.stat(file)).isFile()) return null;
      return await fs.readFile(file);
    } catch {
      return null;
    }
  };

  return async (request: { url: string; method?: string }): Promise<Response> => {
    if (request.method && request.method !== 'GET' && request.method !== 'HEAD') {
      return respond(405, null, 'text/plain; charset=utf-8');
    }
    const file = resolveAppPath(root, request.url);
    if (file === null) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    const body = await readIfFile(file);
    if (body) return respond(200, new Uint8Array(body), mimeTypeOf(file));
    if (isRouteLike(file)) {
      const index = await readIfFile(path.join(root, 'index.html'));
      if (index) return respond(200, new Uint8Array(index), MIME_TYPES['.html'] ?? 'text/html');
    }
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  };
}
