import type { MenuItemConstructorOptions } from 'electron';
import { nl } from '../shared/i18n/nl/desktop';

export type MenuActions = {
  print: () => void;
  savePdf: () => void;
  about: () => void;
  privacy: () => void;
  /** Opens the folder with the main process's log files in the file manager. */
  openLogs: () => void;
};

export type MenuOptions = { isPackaged: boolean; platform: string; actions: MenuActions };

/** The route of the privacy statement in the renderer's hash router. */
export const PRIVACY_ROUTE = '#/instellingen/privacy';

/**
 * The Dutch application menu as a plain template, so its labels and items are tested without
 * Electron. Standard actions use roles (Electron wires them to the focused window), with Dutch
 * labels because role defaults follow the OS language only on macOS.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { actions } = options;
  const isMac = options.platform === 'darwin';

  const file: MenuItemConstructorOptions = {
    label: nl.menu.file,
    submenu: [
      { label: nl.menu.print, accelerator: 'CmdOrCtrl+P', click: () => actions.print() },
      { label: nl.menu.savePdf, accelerator: 'CmdOrCtrl+Shift+P', click: () => actions.savePdf() },
      { type: 'separator' },
      { label: nl.menu.quit, role: 'quit', accelerator: isMac ? 'Cmd+Q' : 'Ctrl+Q' },
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: nl.menu.edit,
    submenu: [
      { label: nl.menu.undo, role: 'undo' },
      { label: nl.menu.redo, role: 'redo' },
      { type: 'separator' },
      { label: nl.menu.cut, role: 'cut' },
      { label: nl.menu.copy, role: 'copy' },
      { label: nl.menu.paste, role: 'paste' },
      { label: nl.menu.selectAll, role: 'selectAll' },
    ],
  };

  // Developer tools only in development: in the field they would expose the database to anyone.
  const devTools: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { label: nl.menu.devTools, role: 'toggleDevTools' }];

  const view: MenuItemConstructorOptions = {
    label: nl.menu.view,
    submenu: [
      { label: nl.menu.reload, role: 'reload' },
      { type: 'separator' },
      { label: nl.menu.zoomIn, role: 'zoomIn' },
      { label: nl.menu.zoomOut, role: 'zoomOut' },
      { label: nl.menu.resetZoom, role: 'resetZoom' },
      { type: 'separator' },
      { label: nl.menu.fullscreen, role: 'togglefullscreen' },
      ...devTools,
    ],
  };

  const help: MenuItemConstructorOptions = {
    label: nl.menu.help,
    role: 'help',
    submenu: [
      { label: nl.menu.about, click: () => actions.about() },
      { label: nl.menu.privacy, click: () => actions.privacy() },
      { type: 'separator' },
      { label: nl.menu.openLogs, click: () => actions.openLogs() },
    ],
  };

  // macOS puts the first menu under the app's name; give it the app items there.
  const macApp: MenuItemConstructorOptions[] = isMac
    ? [
        {
          label: 'Veldwerk',
          submenu: [
            { label: nl.menu.about, click: () => actions.about() },
            { type: 'separator' },
            { label: nl.menu.hide, role: 'hide' },
            { label: nl.menu.quit, role: 'quit' },
          ],
        },
      ]
    : [];

  return [...macApp, file, edit, view, help];
}
