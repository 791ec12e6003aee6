import type { IpcResult, VeldwerkApi } from '../../shared/ipc/contract';
import { TransportError, transportError, type SyncTransport } from '../../shared/sync/transport';

/**
 * The shared-folder transport: the main process does the file work (`fs`, temp name + rename,
 * confined to the chosen root); this side only maps its results onto `SyncTransport`.
 * Desktop app only: a browser tab cannot reach a folder path.
 */
export function folderTransport(api: VeldwerkApi, root: string): SyncTransport {
  function check<T>(result: IpcResult<T>, path: string): T {
    if (result.ok) return result.data;
    const { code, message } = result.error;
    if (code === 'not-found') throw transportError.notFound(path);
    if (code === 'exists') throw transportError.exists(path);
    if (code === 'io' || code === 'unavailable')
      throw new TransportError('unreachable', `${message} (${root})`, message);
    throw transportError.io(root, message);
  }

  async function call<T>(path: string, fn: () => Promise<IpcResult<T>>): Promise<T> {
    let result: IpcResult<T>;
    try {
      result = await fn();
    } catch (error) {
      throw transportError.unreachable(root, String(error));
    }
    return check(result, path);
  }

  return {
    describe: () => root,
    list: (prefix) => call(prefix, () => api.folder.list({ root, prefix })),
    read: (path) => call(path, () => api.folder.read({ root, path })),
    async writeNew(path, bytes) {
      await call(path, () => api.folder.writeNew({ root, path, bytes }));
    },
    async remove(path) {
      await call(path, () => api.folder.remove({ root, path }));
    },
  };
}
