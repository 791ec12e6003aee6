import { MAX_TRANSFER_BYTES } from '../../shared/ipc/contract';
import { TransportError } from '../../shared/sync/transport';
import type { FetchLike } from '../../shared/sync/webdavTransport';
import { nl } from '../../shared/i18n/nl/desktop';

/** The WHATWG fetch the main process has (Node's, or Electron's `net.fetch`). */
export type PlatformFetch = (url: string, init: RequestInit) => Promise<Response>;

export type BoundedFetchOptions = {
  /** Only this origin is ever contacted: the server the advisor confirmed. */
  origin: string;
  maxBodyBytes?: number;
  /** Ceiling for one request including its body (default five minutes). */
  requestTimeoutMs?: number;
};

function tooLarge(where: string): TransportError {
  return new TransportError('io', nl.errors.tooLarge(where), 'too large');
}

/** Read a response body, refusing (and cancelling the download) past `max` bytes. */
async function readBounded(response: Response, max: number, where: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? '');
  if (Number.isFinite(declared) && declared > max) {
    // Only stops the download; the refusal below is what the caller hears.
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(where);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > max) {
      // Only stops the download; the refusal below is what the caller hears.
      await reader.cancel().catch(() => undefined);
      throw tooLarge(where);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === new URL(origin).origin;
  } catch {
    return false;
  }
}

/**
 * The `fetch` the shared WebDAV transport gets in the main process. It reaches only the
 * confirmed server's origin (a MOVE's Destination too), follows no redirect (a 3xx answer
 * becomes the transport's error for that status instead of a request elsewhere), sends no
 * cookies, and bounds the body both ways.
 */
export function boundedFetch(
  platformFetch: PlatformFetch,
  options: BoundedFetchOptions,
): FetchLike {
  const max = options.maxBodyBytes ?? MAX_TRANSFER_BYTES;
  const where = options.origin;
  return async (url, init) => {
    const destination = Object.entries(init.headers).find(
      ([name]) => name.toLowerCase() === 'destination',
    )?.[1];
    if (
      !sameOrigin(url, options.origin) ||
      (destination !== undefined && !sameOrigin(destination, options.origin))
    ) {
      throw new TransportError('io', nl.errors.otherServer, 'other origin');
    }
    const body = init.body;
    const size =
      typeof body === 'string'
        ? new TextEncoder().encode(body).byteLength
        : (body?.byteLength ?? 0);
    if (size > max) throw tooLarge(where);
    // The transport's own timeout ends when the answer's headers arrive; this one also bounds
    // the download of the body.
    const deadline = AbortSignal.timeout(options.requestTimeoutMs ?? 5 * 60_000);
    const signal = init.signal ? AbortSignal.any([init.signal as AbortSignal, deadline]) : deadline;
    const response = await platformFetch(url, {
      method: init.method,
      headers: init.headers,
      ...(body !== undefined && { body: body as NonNullable<RequestInit['body']> }),
      signal,
      redirect: 'manual',
      // Node's fetch keeps neither cookies nor a cache; `credentials` says so for Electron's too.
      credentials: 'omit',
    });
    // Bodies the transport reads (GET, PROPFIND) are read when asked, so a too-large one fails
    // with its own message; any other body is small and read now, which frees the connection.
    const wanted = init.method === 'GET' || init.method === 'PROPFIND';
    let bytes: Promise<Uint8Array> | null = wanted
      ? null
      : // Such a body at most adds detail to a message; a failed read leaves it empty, the status decides.
        readBounded(response, max, where).catch(() => new Uint8Array(0));
    const read = () => (bytes ??= readBounded(response, max, where));
    return {
      status: response.status,
      headers: response.headers,
      arrayBuffer: async () => {
        const data = await read();
        return data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;
      },
      text: async () => new TextDecoder().decode(await read()),
    };
  };
}
