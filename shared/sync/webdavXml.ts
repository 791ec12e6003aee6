/**
 * Just enough of a WebDAV multistatus parser for PROPFIND Depth 1, without a DOM (shared/ has
 * none). Namespace prefixes vary by server (`d:`, `D:`, `lp1:`, none), so tags are matched by
 * local name.
 */
export type DavEntry = { href: string; isCollection: boolean; size: number; mtimeMs: number };

const tag = (name: string) => new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*?(?:/>|>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}\\s*>)`, 'i');

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function inner(xml: string, name: string): string | undefined {
  const match = tag(name).exec(xml);
  if (!match) return undefined;
  return match[1] ?? '';
}

/** Successful (2xx) propstat blocks only: a 404 propstat lists properties the server lacks. */
function okProps(response: string): string {
  const blocks = [...response.matchAll(/<(?:[\w.-]+:)?propstat\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?propstat\s*>/gi)];
  if (blocks.length === 0) return response;
  return blocks
    .map((b) => b[1] ?? '')
    .filter((b) => /HTTP\/\d(?:\.\d)?\s+2\d\d/i.test(inner(b, 'status') ?? 'HTTP/1.1 200'))
    .join('');
}

export function parseMultistatus(xml: string): DavEntry[] {
  const out: DavEntry[] = [];
  const responses = xml.matchAll(/<(?:[\w.-]+:)?response\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?response\s*>/gi);
  for (const [, body = ''] of responses) {
    const href = inner(body, 'href');
    if (href === undefined) continue;
    const props = okProps(body);
    const resourceType = inner(props, 'resourcetype') ?? '';
    const length = Number(inner(props, 'getcontentlength')?.trim() ?? '0');
    const modified = Date.parse(decodeEntities(inner(props, 'getlastmodified')?.trim() ?? ''));
    out.push({
      href: decodeEntities(href.trim()),
      isCollection: /<(?:[\w.-]+:)?collection\b/i.test(resourceType),
      size: Number.isFinite(length) ? length : 0,
      mtimeMs: Number.isFinite(modified) ? modified : 0,
    });
  }
  return out;
}

/** Path of an href (absolute URL or absolute path) relative to the base path, decoded. */
export function relativeHref(href: string, basePath: string): string | null {
  let path = href;
  const absolute = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(href);
  if (absolute) path = absolute[1] ?? '/';
  let decoded: string;
  try {
    decoded = path.split('/').map(decodeURIComponent).join('/');
  } catch {
    return null;
  }
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  const decodedBase = base.split('/').map((p) => { try { return decodeURIComponent(p); } catch { return p; } }).join('/');
  if (!decoded.startsWith(decodedBase)) return decoded === decodedBase.slice(0, -1) ? '' : null;
  return decoded.slice(decodedBase.length);
}
