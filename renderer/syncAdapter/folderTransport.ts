import type { VeldwerkApi } from '../../shared/ipc/contract';
import type { SyncTransport } from '../../shared/sync/transport';
import { viaIpc } from './ipcTransport';

/**
 * The shared-folder transport: the main process does the file work (`fs`, temp name + rename,
 * confined to the folder the advisor picked in its dialog); this side names that folder only by
 * the id the pick returned. `label` (the folder's path) is for messages.
 * Desktop app only: a browser tab cannot reach a folder.
 */
export function folderTransport(api: VeldwerkApi, folderId: string, label: string): SyncTransport {
  return {
    describe: () => label,
    list: (prefix) => viaIpc(label, prefix, () => api.folder.list({ folderId, prefix })),
    read: (path) => viaIpc(label, path, () => api.folder.read({ folderId, path })),
    async writeNew(path, bytes) {
      await viaIpc(label, path, () => api.folder.writeNew({ folderId, path, bytes }));
    },
    async remove(path) {
      await viaIpc(label, path, () => api.folder.remove({ folderId, path }));
    },
  };
}
