import type { IpcRequest, IpcResponses } from '../../shared/ipc/contract';
import { IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import { isAllowedExternalUrl } from '../security';

export type AppDeps = {
  version: string;
  platform: string;
  electronVersion: string;
  paths: { userData: string; backups: string; logs: string };
  openExternal: (url: string) => Promise<void>;
};

export async function appInfo(deps: AppDeps): Promise<IpcResponses['app:info']> {
  return { version: deps.version, platform: deps.platform, electron: deps.electronVersion, paths: { ...deps.paths } };
}

/** Open a link in the system browser, after checking it is plain http(s). */
export async function openExternal(deps: AppDeps, req: IpcRequest<'app:openExternal'>): Promise<IpcResponses['app:openExternal']> {
  if (!isAllowedExternalUrl(req.url)) throw new IpcFailure('invalid-input', nl.errors.externalUrl);
  await deps.openExternal(req.url);
  return { opened: true };
}
