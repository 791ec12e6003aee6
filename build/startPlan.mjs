// Pure decisions of `npm start`, kept apart from the side effects in start.mjs so they are
// tested without Electron, network or a browser.
import path from 'node:path';

/** Where the Electron executable lives inside an unpacked Electron release, per platform. */
export function executableInRuntime(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/**
 * Candidate Electron executables, in order: the one the `electron` package installed
 * (node_modules/electron/path.txt → dist/), then a release unpacked by hand into
 * `.electron-runtime/` (how an offline machine gets one: copy the zip from another computer).
 * @param {{ projectRoot: string, platform: string, readPathTxt: () => string | null }} options
 */
export function electronCandidates({ projectRoot, platform, readPathTxt }) {
  const candidates = [];
  const installed = readPathTxt();
  if (installed) candidates.push(path.join(projectRoot, 'node_modules', 'electron', 'dist', installed.trim()));
  candidates.push(path.join(projectRoot, '.electron-runtime', executableInRuntime(platform)));
  return candidates;
}

/** Decide how to start. `electronBinary` is the first candidate that exists, or null. */
export function decideMode({ env, electronBinary, downloadRecentlyFailed }) {
  if (env.VELDWERK_FORCE_BROWSER === '1') return { mode: 'browser', reason: 'forced' };
  if (electronBinary) return { mode: 'electron', binary: electronBinary };
  if (downloadRecentlyFailed && env.VELDWERK_RETRY_DOWNLOAD !== '1') return { mode: 'browser', reason: 'missing' };
  return { mode: 'download-then-decide' };
}

/** A failed download is remembered for a day, so an offline laptop does not wait at every start. */
export const DOWNLOAD_RETRY_AFTER_MS = 24 * 60 * 60 * 1000;

export function downloadRecentlyFailed(failedAtMs, nowMs) {
  return typeof failedAtMs === 'number' && nowMs - failedAtMs < DOWNLOAD_RETRY_AFTER_MS;
}

/**
 * True when an output is missing or older than the newest source file.
 * @param {(number | null)[]} outputMtimes  null for a missing output
 */
export function isOutdated(outputMtimes, newestSourceMs) {
  if (outputMtimes.length === 0 || outputMtimes.some((m) => m === null)) return true;
  return Math.min(...outputMtimes) < newestSourceMs;
}

/** The environment for Electron's install script: the skip flag would make it do nothing. */
export function downloadEnv(env) {
  const copy = { ...env };
  delete copy.ELECTRON_SKIP_BINARY_DOWNLOAD;
  delete copy.npm_config_electron_skip_binary_download;
  return copy;
}

/** Arguments for Electron; Chromium refuses to run as root without turning its sandbox off. */
export function electronArgs({ projectRoot, isRoot }) {
  return isRoot ? ['--no-sandbox', projectRoot] : [projectRoot];
}

/** How to open a URL in the user's browser, or null when we should not try. */
export function openCommand(platform, url, env) {
  if (env.VELDWERK_NO_OPEN === '1') return null;
  if (platform === 'darwin') return { command: 'open', args: [url] };
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  return { command: 'xdg-open', args: [url] };
}

/** The one message printed when Veldwerk falls back to browser mode (Dutch, then English). */
export function browserModeMessage(reason, url) {
  if (reason === 'forced') {
    return [
      `Veldwerk start in browsermodus (VELDWERK_FORCE_BROWSER=1): ${url}`,
      `Veldwerk starts in browser mode (VELDWERK_FORCE_BROWSER=1): ${url}`,
    ].join('\n');
  }
  return [
    `De Electron-runtime ontbreekt en kan niet worden gedownload (geen verbinding met GitHub). Veldwerk start nu in browsermodus: ${url}`,
    '  Uw gegevens blijven in deze browser op deze computer. Map-synchronisatie en opslaan als PDF via een dialoog werken alleen in de desktop-app.',
    '  Desktop-app zonder internet: pak electron-v<versie>-<platform>.zip uit in de map .electron-runtime/ en start opnieuw met npm start.',
    `The Electron runtime is missing and cannot be downloaded (no connection to GitHub). Veldwerk now starts in browser mode: ${url}`,
    '  Your data stays in this browser on this computer. Folder sync and saving a PDF through a dialog work only in the desktop app.',
    '  To get the desktop app offline: unpack electron-v<version>-<platform>.zip into .electron-runtime/ and run npm start again.',
    'Stoppen/stop: Ctrl+C',
  ].join('\n');
}

/**
 * What to do when the browser-mode port is taken. Browser-mode data belongs to the address, so
 * another port would open an empty Veldwerk: open the one already running, or stop and say why.
 * @param {{ port: number, url: string, isVeldwerk: boolean }} probe
 * @returns {{ action: 'open-existing' | 'stop', message: string }}
 */
export function portBusyPlan({ port, url, isVeldwerk }) {
  if (isVeldwerk) {
    return {
      action: 'open-existing',
      message: [
        `Veldwerk draait al op ${url}; die wordt geopend.`,
        `Veldwerk is already running on ${url}; opening it.`,
      ].join('\n'),
    };
  }
  return {
    action: 'stop',
    message: [
      `Poort ${port} is bezet door een ander programma. Veldwerk start niet op een andere poort, want uw gegevens in de browser horen bij dit adres. Sluit het programma dat poort ${port} gebruikt en start opnieuw met npm start.`,
      `Port ${port} is in use by another program. Veldwerk does not start on another port, because your browser data belongs to this address. Close the program using port ${port} and run npm start again.`,
    ].join('\n'),
  };
}
