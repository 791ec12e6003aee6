import type { BrowserWindowConstructorOptions } from 'electron';
import { isAllowedExternalUrl, isAppUrl } from './security';

/**
 * The one way a Veldwerk window is made: isolated, sandboxed, no Node in the page, and only
 * the preload's narrow `window.veldwerk` API as the bridge to the main process.
 */
export function createMainWindowOptions(options: { preloadPath: string; title?: string; icon?: string }): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    title: options.title ?? 'Veldwerk',
    // Shown once the first paint is ready, so the user never sees a white flash.
    show: false,
    backgroundColor: '#f6f7f4',
    ...(options.icon ? { icon: options.icon } : {}),
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  };
}

type Preventable = { preventDefault(): void };
type WindowOpenResponse = { action: 'deny' } | { action: 'allow' };
type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;

/** The slice of Electron's WebContents that `hardenWebContents` touches. */
export type HardenableContents = {
  setWindowOpenHandler(handler: (details: { url: string }) => WindowOpenResponse): void;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: Preventable, url: string) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: Preventable) => void): unknown;
  session: {
    setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
    setPermissionCheckHandler(handler: ((...args: unknown[]) => boolean) | null): void;
  };
};

export type HardenDeps = {
  /** Opens a checked http(s) URL in the user's browser (`shell.openExternal`). */
  openExternal: (url: string) => Promise<void>;
  /** Told about everything refused, for the log. */
  onBlocked?: (what: string, url: string) => void;
};

/**
 * Apply the window rules to any web contents: no new windows (http(s) links go to the system
 * browser instead), no navigation away from the app, no webviews, no permissions (camera,
 * location, notifications: Veldwerk needs none of them).
 */
export function hardenWebContents(contents: HardenableContents, deps: HardenDeps): void {
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) {
      deps.openExternal(url).catch(() => deps.onBlocked?.('openExternal failed', url));
    } else {
      deps.onBlocked?.('window.open', url);
    }
    return { action: 'deny' };
  });

  const guardNavigation = (event: Preventable, url: string) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    // A plain link to a website (without target=_blank) is still what the user meant to open.
    if (isAllowedExternalUrl(url)) deps.openExternal(url).catch(() => deps.onBlocked?.('openExternal failed', url));
    else deps.onBlocked?.('navigation', url);
  };
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);

  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    deps.onBlocked?.('webview', '');
  });

  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}
