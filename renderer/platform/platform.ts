import type { IpcResult, VeldwerkApi } from '../../shared/ipc/contract';
import { t } from '../../shared/i18n';
import { UserError } from '../../shared/userError';

declare global {
  interface Window {
    veldwerk?: VeldwerkApi;
  }
}

export type Mode = 'desktop' | 'browser';

/** The desktop app's preload exposes `window.veldwerk`; in a plain browser tab it is absent. */
export function getMode(): Mode {
  return typeof window !== 'undefined' && window.veldwerk ? 'desktop' : 'browser';
}

export function desktopApi(): VeldwerkApi | null {
  return typeof window !== 'undefined' ? (window.veldwerk ?? null) : null;
}

export function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.data;
  throw new UserError(result.error.message);
}

export function requireDesktop(): VeldwerkApi {
  const api = desktopApi();
  if (!api) throw new UserError(t.mode.needsDesktop);
  return api;
}

/**
 * Save bytes the renderer made (CSV, XLSX, JSON) as a file: a save dialog in the desktop app,
 * a download in browser mode. Returns false when the user cancelled.
 */
export async function saveFile(name: string, bytes: Uint8Array, mime: string): Promise<boolean> {
  const api = desktopApi();
  if (api) {
    const ext = name.split('.').pop() ?? '';
    const result = unwrap(
      await api.file.saveAs({ suggestedName: name, bytes, filters: [{ name: ext.toUpperCase(), extensions: [ext] }] }),
    );
    return result.saved;
  }
  const blob = new Blob([bytes as BlobPart], { type: mime });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return true;
}

/** Print the current page: the system dialog in the desktop app, the browser's print otherwise. */
export async function printPage(): Promise<void> {
  const api = desktopApi();
  if (api) {
    unwrap(await api.print.dialog());
    return;
  }
  window.print();
}

/**
 * "Opslaan als PDF": printToPDF to a chosen file in the desktop app. In browser mode the
 * browser's print dialog offers "Opslaan als PDF" as destination, with the same print stylesheet.
 */
export async function savePdf(suggestedName: string): Promise<boolean> {
  const api = desktopApi();
  if (api) return unwrap(await api.print.toPdf({ suggestedName })).saved;
  window.print();
  return true;
}
