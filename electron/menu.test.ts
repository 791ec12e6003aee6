import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from './menu';

const actions = {
  print: vi.fn(),
  savePdf: vi.fn(),
  about: vi.fn(),
  privacy: vi.fn(),
  openLogs: vi.fn(),
};

function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.filter((i) => i.type !== 'separator').map((i) => i.label ?? '');
}

function submenu(
  template: MenuItemConstructorOptions[],
  label: string,
): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label)?.submenu;
  if (!Array.isArray(menu)) throw new Error(`geen menu ${label}`);
  return menu;
}

describe('buildMenuTemplate', () => {
  const packaged = buildMenuTemplate({ isPackaged: true, platform: 'win32', actions });
  const dev = buildMenuTemplate({ isPackaged: false, platform: 'linux', actions });

  it('has the Dutch menus in order', () => {
    expect(labels(packaged)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(packaged, 'Bestand'))).toEqual([
      'Afdrukken…',
      'Opslaan als PDF…',
      'Afsluiten',
    ]);
    expect(labels(submenu(packaged, 'Bewerken'))).toEqual([
      'Ongedaan maken',
      'Opnieuw',
      'Knippen',
      'Kopiëren',
      'Plakken',
      'Alles selecteren',
    ]);
    expect(labels(submenu(packaged, 'Help'))).toEqual([
      'Over Veldwerk',
      'Privacyverklaring',
      'Logboek openen',
    ]);
  });

  it('offers developer tools only outside the packaged app', () => {
    expect(labels(submenu(packaged, 'Beeld'))).toEqual([
      'Herladen',
      'Inzoomen',
      'Uitzoomen',
      'Ware grootte',
      'Volledig scherm',
    ]);
    expect(labels(submenu(dev, 'Beeld'))).toContain('Ontwikkelaarshulpmiddelen');
  });

  it('wires the own items to their actions', () => {
    const file = submenu(packaged, 'Bestand');
    file[0]?.click?.(undefined as never, undefined, undefined as never);
    file[1]?.click?.(undefined as never, undefined, undefined as never);
    submenu(packaged, 'Help')[1]?.click?.(undefined as never, undefined, undefined as never);
    expect(actions.print).toHaveBeenCalledOnce();
    expect(actions.savePdf).toHaveBeenCalledOnce();
    expect(actions.privacy).toHaveBeenCalledOnce();
    const logs = submenu(packaged, 'Help').find((item) => item.label === 'Logboek openen');
    logs?.click?.(undefined as never, undefined, undefined as never);
    expect(actions.openLogs).toHaveBeenCalledOnce();
  });

  it('adds the app menu first on macOS', () => {
    const mac = buildMenuTemplate({ isPackaged: true, platform: 'darwin', actions });
    expect(labels(mac)).toEqual(['Veldwerk', 'Bestand', 'Bewerken', 'Beeld', 'Help']);
  });
});
