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

/** Only https, or plain http to this computer (a test server, rclone serve). */
export function parseWebdavUrl(url: string): { ok: true; url: ParsedUrl } | { ok: false; message: string } {
  const match = /^(https?):\/\/([^/?#]+)(\/[^?#]*)?$/i.exec(url.trim());
  if (!match) return { ok: false, message: t.transport.insecureUrl };
  const scheme = match[1]!.toLowerCase();
  const host = match[2]!.replace(/^.*@/, '').toLowerCase();
  const hostname = host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.replace(/:\d+$/, '');
  if (scheme === 'http' && !['localhost', '127.0.0.1', '[::1]'].includes(hostname)) {
    return { ok: false, message: t.transport.insecureUrl };
  }
  const path = match[3] ?? '/';
  return { ok: true, url: { origin: `${scheme}://${match[2]!}`, path: path.endsWith('/') ? path : `${path}/` } };
}

const encodePath = (path: string) => path.split('/').map(encodeURIComponent).join('/');

export function webdavTransport(options: WebdavOptions): SyncTransport {
  const parsed = parseWebdavUrl(options.url);
  if (!parsed.ok) throw new TransportError('io', parsed.message, 'insecure url');
  const { origin, path: basePath } = parsed.url;
  const where = `${origin}${basePath}`;
  const timeoutMs = options.timeoutMs ?? 30_000;
  const auth: Record<string, string> =
    options.username !== undefined
      ? { Authorization: `Basic ${toBase64(utf8(`${options.username}:${options.password ?? ''}`))}` }
      : {};
  // The root collection too: a URL naming a folder that does not exist yet gets it created
  // (MKCOL) instead of failing every upload with 404.
  const knownFolders = new Set<string>();
  const urlOf = (relative: string) => `${origin}${encodePath(basePath + relative)}`;

  async function request(method: string, relative: string, init: Omit<FetchInit, 'method' | 'signal'> = { headers: {} }) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutMs);
    let response: FetchResponse;
    try {
      response = await options.fetch(urlOf(relative), {
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
    const response = await request('MKCOL', folder);
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
      if (put.status !== 200 && put.status !== 201 && put.status !== 204) throw fail('PUT', put);
      const move = await request('MOVE', temp, { headers: { Destination: urlOf(path), Overwrite: 'F' } });
      if (move.status === 201 || move.status === 204) return;
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
