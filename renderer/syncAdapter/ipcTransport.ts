import type { IpcResult } from '../../shared/ipc/contract';
import { TransportError, transportError } from '../../shared/sync/transport';

/**
 * Both desktop transports (shared folder, WebDAV) are done by the main process; this turns its
 * typed IPC results back into the `SyncTransport` errors the engine acts on. The main process's
 * Dutch message is kept: it already says what went wrong and what to do.
 */
export function toTransportError(
  where: string,
  path: string,
  code: string,
  message: string,
): TransportError {
  switch (code) {
    case 'not-found':
      return transportError.notFound(path);
    case 'exists':
      return transportError.exists(path);
    case 'unauthorized':
      return new TransportError('unauthorized', message, `${where}: ${code}`);
    case 'too-large':
      return new TransportError('too-large', message, `${where}: ${code}`);
    // Not reachable now, or no longer granted: nothing to do this round but say so.
    case 'unreachable':
    case 'unavailable':
    case 'not-granted':
      return new TransportError('unreachable', message, `${where}: ${code}`);
    default:
      return new TransportError('io', message, `${where}: ${code}`);
  }
}

/** Run one IPC call for `path` and unwrap its result; a failed call itself is `unreachable`. */
export async function viaIpc<T>(
  where: string,
  path: string,
  call: () => Promise<IpcResult<T>>,
): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await call();
  } catch (error) {
    throw transportError.unreachable(where, String(error));
  }
  if (result.ok) return result.data;
  throw toTransportError(where, path, result.error.code, result.error.message);
}
