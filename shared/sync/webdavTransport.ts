import { sync as t } from '../i18n/nl/sync';
import { toBase64, utf8 } from './bytes';
import { TransportError, transportError, type SyncTransport, type TargetEntry } from './transport';
import { parseMultistatus, relativeHref } from './webdavXml';

/** The part of `fetch` we use; injected so shared/ stays free of platform APIs. */
export type FetchInit = {
  method: string;
  headers: Record<string, string>;
  body?: Uint8Array | string;
  signal?: WebAbortSignal;
};
export type FetchResponse = {
  status: number;
  headers: { get(name: string): string | null };
  arrayBuffer(): Promise<ArrayBuffer>;
  text(): Promise<string>;
};
export type FetchLike = (url: string, init: FetchInit) => Promise<FetchResponse>;

export type WebdavOptions = {
  /** Collection that holds the target, e.g. https://cloud.example.nl/remote.php/dav/files/jan/veldwerk/ */
  url: string;
  username?: string;
  password?: string;
  fetch: FetchLike;
  timeoutMs?: number;
};

const PROPFIND_BODY =
  '<?xml version="1.0" encoding="utf-8"?><d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:getcontentlength/><d:getlastmodified/></d:prop></d:propfind>';

type ParsedUrl = { origin: string; path: string };

/**
 * One segment with its percent-escapes undone (`Team%20Veldwerk` → `Team Veldwerk`), so a pasted
 * and a typed address name the same folder and the transport escapes it exactly once. A segment
 * that would not survive decoding (`50%`, an encoded `/`) stays as it was.
 */
function decodeSegment(segment: string): string {
  try {
    const decoded = decodeURIComponent(segment);
    return decoded.includes('/') ? segment : decoded;
  } catch {
    return segment;
  }
}

/**
 * Only https, or plain http to this computer (a test server, rclone serve). The URL is
 * normalised once, with `new URL`: scheme and host in lower case, the path decoded (it is
 * encoded again exactly once per request) with a trailing slash, and `user:pass@` dropped from
 * the origin so it never reaches a message or a log.
 */
export function parseWebdavUrl(url: string): { ok: true; url: ParsedUrl } | { ok: false; message: string } {
  const match = /^(https?):\/\/([^/?#]+)(\/[^?#]*)?$/i.exec(url.trim());
  if (!match) return { ok: false, message: t.transport.insecureUrl };
  let parsed: URL;
  try {
    parsed = new URL(`${match[1]}://${match[2]!.replace(/^.*@/, '')}/`);
  } catch {
    return { ok: false, message: t.transport.insecureUrl };
  }
  if (parsed.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname)) {
    return { ok: false, message: t.transport.insecureUrl };
  }
  const raw = match[3] ?? '/';
  const path = raw.split('/').map(decodeSegment).join('/');
  return { ok: true, url: { origin: parsed.origin, path: path.endsWith('/') ? path : `${path}/` } };
}

/** Credentials typed into the address (`https://jan:geheim@…`), for Basic auth only. */
function credentialsIn(url: string): { username: string; password: string } | null {
  const match = /^https?:\/\/([^/?#@]+)@/i.exec(url.trim());
  if (!match) return null;
  const [user, ...rest] = match[1]!.split(':');
  return { username: decodeSegment(user ?? ''), password: decodeSegment(rest.join(':')) };
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function webdavTransport(options: WebdavOptions): SyncTransport {
  const parsed = parseWebdavUrl(options.url);
  if (!parsed.ok) throw new TransportError('io', parsed.message, 'insecure url');
  const { origin, path: basePath } = parsed.url;
  const where = `${origin}${basePath}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const inUrl = credentialsIn(options.url);
  const username = options.username ?? inUrl?.username;
  const password = options.password ?? inUrl?.password;
  const auth: Record<string, string> =
    username !== undefined
      ? { Authorization: `Basic ${toBase64(utf8(`${username}:${password ?? ''}`))}` }
      : {};
  // The root collection too: a URL naming a folder that does not exist yet gets it created
  // (MKCOL) instead of failing every upload with 404.
  const knownFolders = new Set<string>();
  const urlOf = (relative: string) => `${origin}${encodePath(basePath + relative)}`;

  type Init = Omit<FetchInit, 'method' | 'signal'>;
  const request = (method: string, relative: string, init: Init = { headers: {} }) => requestUrl(method, urlOf(relative), init);

  async function requestUrl(method: string, url: string, init: Init = { headers: {} }) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: FetchResponse;
    try {
      response = await options.fetch(url, {
        ...init,
        method,
        headers: { ...auth, ...init.headers },
        signal: controller.signal,
      });
    } catch (error) {
      if (controller.signal.aborted) throw new TransportError('unreachable', t.transport.timeout(where), 'timeout');
      throw transportError.unreachable(where, String(error));
    } finally {
      clearTimeout(timer);
    }
    if (response.status === 401 || response.status === 403) throw transportError.unauthorized(where, `${response.status}`);
    return response;
  }

  const fail = (what: string, response: FetchResponse) => transportError.io(where, `${what}: HTTP ${response.status}`);

  async function listFolder(relative: string, out: TargetEntry[]): Promise<void> {
    const response = await request('PROPFIND', relative, {
      headers: { Depth: '1', 'Content-Type': 'application/xml; charset=utf-8' },
      body: PROPFIND_BODY,
    });
    if (response.status === 404) return;
    if (response.status !== 207) throw fail('PROPFIND', response);
    for (const entry of parseMultistatus(await response.text())) {
      const rel = relativeHref(entry.href, basePath);
      if (rel === null) continue;
      const clean = rel.replace(/\/$/, '');
      if (clean === relative.replace(/\/$/, '') || clean === '') continue;
      if (entry.isCollection) await listFolder(`${clean}/`, out);
      else out.push({ path: clean, size: entry.size, mtimeMs: entry.mtimeMs });
    }
  }

  async function ensureFolder(folder: string): Promise<void> {
    if (knownFolders.has(folder)) return;
    if (folder !== '') await ensureFolder(folder.replace(/[^/]+\/$/, ''));
    let response = await request('MKCOL', folder);
    if (folder === '' && response.status === 409) {
      // The configured folder lies below folders that do not exist yet: make those first.
      const parts = basePath.split('/').filter(Boolean);
      for (let i = 1; i < parts.length; i++) {
        const parent = await requestUrl('MKCOL', `${origin}${encodePath(`/${parts.slice(0, i).join('/')}/`)}`);
        if (parent.status !== 201 && parent.status !== 405) throw fail('MKCOL', parent);
      }
      response = await request('MKCOL', folder);
    }
    // 405: it already exists, which is what we want.
    if (response.status !== 201 && response.status !== 405) throw fail('MKCOL', response);
    knownFolders.add(folder);
  }

  return {
    describe: () => where,
    async list(prefix) {
      const out: TargetEntry[] = [];
      await listFolder(prefix, out);
      return out.sort((a, b) => a.path.localeCompare(b.path));
    },
    async read(path) {
      const response = await request('GET', path);
      if (response.status === 404) throw transportError.notFound(path);
      if (response.status !== 200) throw fail('GET', response);
      return new Uint8Array(await response.arrayBuffer());
    },
    async writeNew(path, bytes) {
      const slash = path.lastIndexOf('/');
      const folder = slash < 0 ? '' : path.slice(0, slash + 1);
      await ensureFolder(folder);
      // Upload under a hidden temp name, then MOVE without overwrite: readers never see half a
      // file, and an existing segment is never replaced.
      const temp = `${folder}.${path.slice(slash + 1)}.tmp-${crypto.randomUUID()}`;
      const put = await request('PUT', temp, { headers: { 'Content-Type': 'application/octet-stream' }, body: bytes });
      if (put.status === 413) throw transportError.tooLarge(where, `PUT ${bytes.byteLength} bytes: HTTP 413`);
      if (put.status !== 200 && put.status !== 201 && put.status !== 204) throw fail('PUT', put);
      const move = await request('MOVE', temp, { headers: { Destination: urlOf(path), Overwrite: 'F' } });
      if (move.status === 201 || move.status === 204) return;
      // Cleanup only: the MOVE's failure below is what counts, and readers skip temp names.
      await request('DELETE', temp).catch(() => undefined);
      if (move.status === 412) throw transportError.exists(path);
      throw fail('MOVE', move);
    },
    async remove(path) {
      const response = await request('DELETE', path);
      if (response.status !== 200 && response.status !== 204 && response.status !== 404) throw fail('DELETE', response);
    },
  };
}
