import type { VeldwerkApi } from '../../shared/ipc/contract';
import type { SyncTransport } from '../../shared/sync/transport';
import { viaIpc } from './ipcTransport';

/**
 * WebDAV in the desktop app: the main process makes the requests (no CORS there, and the page's
 * CSP allows no connection out), to the server the advisor confirmed, named by its id.
 * Browser mode uses `webdavTransport` with the browser's fetch instead.
 */
export function ipcWebdavTransport(
  api: VeldwerkApi,
  serverId: string,
  label: string,
): SyncTransport {
  return {
    describe: () => label,
    list: (prefix) => viaIpc(label, prefix, () => api.webdav.list({ serverId, prefix })),
    read: (path) => viaIpc(label, path, () => api.webdav.read({ serverId, path })),
    async writeNew(path, bytes) {
      await viaIpc(label, path, () => api.webdav.writeNew({ serverId, path, bytes }));
    },
    async remove(path) {
      await viaIpc(label, path, () => api.webdav.remove({ serverId, path }));
    },
  };
}
