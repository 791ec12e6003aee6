import type { VeldwerkApi } from '../../shared/ipc/contract';
import { unwrap } from '../platform/platform';
import type { TargetConfig } from './syncConfig';

/**
 * In the desktop app the main process grants access: a folder the advisor picked in its dialog,
 * a WebDAV server the advisor confirmed in its dialog. These helpers keep the saved target and
 * those grants in step.
 */

/**
 * The WebDAV target with the id of its server in the main process. The first time for a server
 * the main process asks the advisor to confirm it. `password` null keeps the one stored there.
 */
export async function grantWebdav(
  api: VeldwerkApi,
  config: Extract<TargetConfig, { kind: 'webdav' }>,
  password: string | null,
): Promise<{ config: TargetConfig; strong: boolean }> {
  const granted = unwrap(
    await api.webdav.connect({ url: config.url, username: config.username, password }),
  );
  return { config: { ...config, serverId: granted.serverId }, strong: granted.encrypted };
}

/** Give back what the previous target was granted, when the new one no longer uses it. */
export async function releaseGrant(
  api: VeldwerkApi,
  previous: TargetConfig | null,
  next: TargetConfig | null,
): Promise<void> {
  if (
    previous?.kind === 'folder' &&
    previous.folderId &&
    !(next?.kind === 'folder' && next.folderId === previous.folderId)
  ) {
    await api.folder.forget({ folderId: previous.folderId });
  }
  if (
    previous?.kind === 'webdav' &&
    previous.serverId &&
    !(next?.kind === 'webdav' && next.serverId === previous.serverId)
  ) {
    await api.webdav.forget({ serverId: previous.serverId });
  }
}
