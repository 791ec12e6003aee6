// How a static file server of the built renderer maps a request to a file and a content type:
// one pure module for the desktop app's `app://` handler (electron/protocol.ts) and the
// browser-mode server (build/serve.mjs). Plain JavaScript, because `npm start` runs
// build/serve.mjs in Node without a TypeScript step; types in staticPaths.d.mts.

const MIME_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
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

export const HTML_TYPE = MIME_TYPES['.html'];

/** The extension of the last path segment, with its dot, or '' (as Node's path.extname). */
export function extensionOf(file) {
  const name = file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}

export function mimeTypeOf(file) {
  return MIME_TYPES[extensionOf(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The path segments a URL path names below the app's root (`[]` → `['index.html']`), or null
 * when it tries to leave it: `..` or `.`, also encoded (`%2e%2e`), backslashes, NUL bytes, or
 * an encoding that does not decode. The caller still checks the resolved file is inside.
 */
export function requestPathSegments(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p === '.')) return null;
  return parts.length === 0 ? ['index.html'] : parts;
}
