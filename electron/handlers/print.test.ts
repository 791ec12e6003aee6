import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { printDialog, printToPdf, type PdfOptions, type PrintDeps, type PrintTarget } from './print';

let base: string;
beforeEach(async () => {
  base = await fs.mkdtemp(path.join(os.tmpdir(), 'veldwerk-print-'));
});
afterEach(() => fs.rm(base, { recursive: true, force: true }));

function target(printResult: [boolean, string] = [true, '']) {
  const calls: PdfOptions[] = [];
  const contents: PrintTarget = {
    print: (_options, callback) => callback(...printResult),
    printToPDF: async (options) => {
      calls.push(options);
      return new TextEncoder().encode('%PDF-1.7 nep');
    },
  };
  return { contents, calls };
}

/**
 * Fill a header/footer template the way Chromium does (the `pageNumber` and `totalPages` classes
 * get the numbers), then read its visible text. The rendered PDF itself is checked in
 * test/e2e/interviews.e2e.ts, printed with the same `pdfOptions()`.
 */
function renderFooter(options: PdfOptions, page: number, total: number): string {
  return options.footerTemplate
    .replace(/<span class="?pageNumber"?><\/span>/g, String(page))
    .replace(/<span class="?totalPages"?><\/span>/g, String(total))
    .replace(/<[^>]*>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('print:toPdf', () => {
  it('renders A4 with "Pagina X van Y" in the footer and saves it where the user chose', async () => {
    const chosen = path.join(base, 'Bedrijf.pdf');
    const defaults: string[] = [];
    const deps: PrintDeps = {
      fs,
      showSaveDialog: async ({ defaultName }) => (defaults.push(defaultName), chosen),
    };
    const { contents, calls } = target();
    expect(await printToPdf(deps, contents, { suggestedName: 'Bedrijf: De Vries/BV' })).toEqual({ saved: true, path: chosen });
    expect(defaults).toEqual(['Bedrijf_ De Vries_BV.pdf']);
    expect(calls[0]).toMatchObject({ pageSize: 'A4', landscape: false, displayHeaderFooter: true });
    // What Chromium prints in the footer of page 3 of 7 of the options the app really passed.
    expect(renderFooter(calls[0]!, 3, 7)).toBe('Pagina 3 van 7');
    expect(calls[0]!.margins.bottom).toBeGreaterThan(0.5);
    expect(await fs.readFile(chosen, 'utf8')).toBe('%PDF-1.7 nep');
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const deps: PrintDeps = { fs, showSaveDialog: async () => null };
    expect(await printToPdf(deps, target().contents, { suggestedName: 'x', landscape: true })).toEqual({ saved: false });
    expect(await fs.readdir(base)).toEqual([]);
  });

  it('fails with unavailable when there is no window', async () => {
    const deps: PrintDeps = { fs, showSaveDialog: async () => null };
    await expect(printToPdf(deps, null, { suggestedName: 'x' })).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('print:dialog', () => {
  it('reports printed, cancelled and failed distinctly', async () => {
    expect(await printDialog(target([true, '']).contents)).toEqual({ printed: true });
    expect(await printDialog(target([false, 'Print job canceled']).contents)).toEqual({ printed: false });
    await expect(printDialog(target([false, 'Print job failed']).contents)).rejects.toMatchObject({ code: 'io' });
  });
});
