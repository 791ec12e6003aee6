import type { FetchLike } from '../../shared/sync/webdavTransport';

/**
 * The browser's fetch as the WebDAV transport wants it. Cookies are never sent (`omit`): the
 * transport authenticates with its own Basic header, and a server's session cookie must not
 * decide whose files we read. In browser mode a server on another origin must allow CORS.
 */
export const browserFetch: FetchLike = (url, init) =>
  fetch(url, {
    method: init.method,
    headers: init.headers,
    body: init.body as BodyInit | undefined,
    signal: init.signal as AbortSignal | undefined,
    credentials: 'omit',
    cache: 'no-store',
  });
