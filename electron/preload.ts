import { contextBridge, ipcRenderer } from 'electron';
import type {
  IpcChannel,
  IpcRequest,
  IpcResponses,
  IpcResult,
  VeldwerkApi,
} from '../shared/ipc/contract';

/**
 * The whole bridge between page and main process: one named function a channel on
 * `window.veldwerk`. `ipcRenderer` itself never reaches the page. Sandboxed preloads may only
 * require `electron`, so this file imports types from shared/ and nothing else.
 */

function invoke<C extends IpcChannel>(
  channel: C,
  request?: IpcRequest<C>,
): Promise<IpcResult<IpcResponses[C]>> {
  return ipcRenderer.invoke(channel, request);
}

const api = {
  app: {
    info: () => invoke('app:info'),
    openExternal: (req) => invoke('app:openExternal', req),
  },
  print: {
    toPdf: (req) => invoke('print:toPdf', req),
    dialog: () => invoke('print:dialog'),
  },
  file: {
    saveAs: (req) => invoke('file:saveAs', req),
  },
  folder: {
    choose: () => invoke('folder:choose'),
    forget: (req) => invoke('folder:forget', req),
    list: (req) => invoke('folder:list', req),
    read: (req) => invoke('folder:read', req),
    writeNew: (req) => invoke('folder:writeNew', req),
    remove: (req) => invoke('folder:remove', req),
  },
  webdav: {
    connect: (req) => invoke('webdav:connect', req),
    forget: (req) => invoke('webdav:forget', req),
    list: (req) => invoke('webdav:list', req),
    read: (req) => invoke('webdav:read', req),
    writeNew: (req) => invoke('webdav:writeNew', req),
    remove: (req) => invoke('webdav:remove', req),
  },
  secrets: {
    set: (req) => invoke('secrets:set', req),
    get: (req) => invoke('secrets:get', req),
    delete: (req) => invoke('secrets:delete', req),
  },
  backup: {
    write: (req) => invoke('backup:write', req),
    list: () => invoke('backup:list'),
    read: (req) => invoke('backup:read', req),
    replace: (req) => invoke('backup:replace', req),
  },
} satisfies VeldwerkApi;

contextBridge.exposeInMainWorld('veldwerk', api);
