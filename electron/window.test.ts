import { describe, expect, it, vi } from 'vitest';
import { createMainWindowOptions, hardenWebContents, type HardenableContents } from './window';

type Listener = (event: { preventDefault(): void }, url: string) => void;

function fakeContents() {
  const listeners = new Map<string, Listener>();
  const captured: {
    windowOpen?: (details: { url: string }) => { action: string };
    permissionRequest?: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
    permissionCheck?: (...args: unknown[]) => boolean;
  } = {};
  const contents = {
    setWindowOpenHandler: (handler: (details: { url: string }) => { action: 'deny' } | { action: 'allow' }) => {
      captured.windowOpen = handler;
    },
    on: (event: string, listener: Listener) => {
      listeners.set(event, listener);
    },
    session: {
      setPermissionRequestHandler: (handler: typeof captured.permissionRequest | null) => {
        captured.permissionRequest = handler ?? undefined;
      },
      setPermissionCheckHandler: (handler: typeof captured.permissionCheck | null) => {
        captured.permissionCheck = handler ?? undefined;
      },
    },
  } satisfies HardenableContents;
  return { contents, listeners, captured };
}

function navigate(listener: Listener | undefined, url: string): boolean {
  let prevented = false;
  listener?.({ preventDefault: () => (prevented = true) }, url);
  return prevented;
}

function setup() {
  const fake = fakeContents();
  const openExternal = vi.fn(async (_url: string) => undefined);
  const onBlocked = vi.fn();
  hardenWebContents(fake.contents, { openExternal, onBlocked });
  return { ...fake, openExternal, onBlocked };
}

describe('createMainWindowOptions', () => {
  it('isolates and sandboxes the page, without Node', () => {
    const options = createMainWindowOptions({ preloadPath: '/app/dist/electron/preload.cjs' });
    expect(options.webPreferences).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });
});

describe('hardenWebContents', () => {
  it('denies every window.open, opening https links in the system browser instead', () => {
    const { captured, openExternal } = setup();
    expect(captured.windowOpen?.({ url: 'https://www.baanbrekend.nl/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://www.baanbrekend.nl/');
  });

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'app://veldwerk/index.html', 'smb://nas/share'])(
    'never hands %s to the system',
    (url) => {
      const { captured, openExternal, listeners, onBlocked } = setup();
      expect(captured.windowOpen?.({ url })).toEqual({ action: 'deny' });
      if (!url.startsWith('app:')) expect(navigate(listeners.get('will-navigate'), url)).toBe(true);
      expect(openExternal).not.toHaveBeenCalled();
      expect(onBlocked).toHaveBeenCalled();
    },
  );

  it('keeps navigation inside the app origin', () => {
    const { listeners, openExternal } = setup();
    expect(navigate(listeners.get('will-navigate'), 'app://veldwerk/index.html#/bedrijven')).toBe(false);
    expect(navigate(listeners.get('will-navigate'), 'https://evil.example/')).toBe(true);
    expect(navigate(listeners.get('will-redirect'), 'https://evil.example/')).toBe(true);
    expect(navigate(listeners.get('will-navigate'), 'app://other/')).toBe(true);
    // A followed link to a website still opens, but outside the app.
    expect(openExternal).toHaveBeenCalledWith('https://evil.example/');
  });

  it('blocks webviews', () => {
    const { listeners } = setup();
    let prevented = false;
    listeners.get('will-attach-webview')?.({ preventDefault: () => (prevented = true) }, '');
    expect(prevented).toBe(true);
  });

  it('denies every permission request and check', () => {
    const { captured } = setup();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      captured.permissionRequest?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(captured.permissionCheck?.({}, 'media', 'app://veldwerk')).toBe(false);
  });
});
