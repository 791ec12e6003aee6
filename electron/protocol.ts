import path from 'node:path';
import type { FsLike } from './handlers/fsTypes';
import { isInside } from './handlers/confine';
import { extensionOf, HTML_TYPE, mimeTypeOf, requestPathSegments } from '../shared/security/staticPaths.mjs';
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
  const parts = requestPathSegments(url.pathname);
  if (parts === null) return null;
  const file = path.resolve(root, ...parts);
  return isInside(path.resolve(root), file) ? file : null;
}

/** A path without an extension is a client-side route: answer with the app's index.html. */
function isRouteLike(file: string): boolean {
  return extensionOf(file) === '';
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
      if (index) return respond(200, new Uint8Array(index), HTML_TYPE);
    }
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  };
}
