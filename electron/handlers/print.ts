import type { IpcRequest, IpcResponses } from '../../shared/ipc/contract';
import { IpcFailure } from '../errors';
import { nl } from '../../shared/i18n/nl/desktop';
import { writeAtomic, type AtomicWriteDeps } from './atomicWrite';
import { safeFileName, type ShowSaveDialog } from './saveDialog';

/** The options of Electron's `webContents.printToPDF` that we use. */
export type PdfOptions = {
  pageSize: 'A4';
  landscape: boolean;
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margins: { top: number; bottom: number; left: number; right: number };
};

/** The slice of a WebContents that prints: Electron's own signatures. */
export type PrintTarget = {
  print(options: { silent: boolean; printBackground: boolean }, callback: (success: boolean, failureReason: string) => void): void;
  printToPDF(options: PdfOptions): Promise<Uint8Array>;
};

export type PrintDeps = AtomicWriteDeps & { showSaveDialog: ShowSaveDialog };

/**
 * Chromium fills `pageNumber` and `totalPages`; the template needs its own font size because
 * it does not inherit the page's styles.
 */
export const PDF_FOOTER_TEMPLATE =
  `<div style="width:100%;font-family:sans-serif;font-size:8pt;color:#444;text-align:center;">` +
  `${nl.pdfFooter.page} <span class="pageNumber"></span> ${nl.pdfFooter.of} <span class="totalPages"></span></div>`;

export function pdfOptions(landscape: boolean): PdfOptions {
  return {
    pageSize: 'A4',
    landscape,
    printBackground: true,
    displayHeaderFooter: true,
    // An empty element: without it Chromium prints the date and title in the header.
    headerTemplate: '<span></span>',
    footerTemplate: PDF_FOOTER_TEMPLATE,
    // Inches; the bottom margin leaves room for the footer.
    margins: { top: 0.6, bottom: 0.7, left: 0.6, right: 0.6 },
  };
}

function pdfName(suggested: string): string {
  const name = safeFileName(suggested);
  return /\.pdf$/i.test(name) ? name : `${name}.pdf`;
}

export async function printToPdf(
  deps: PrintDeps,
  target: PrintTarget | null,
  req: IpcRequest<'print:toPdf'>,
): Promise<IpcResponses['print:toPdf']> {
  if (!target) throw new IpcFailure('unavailable', nl.errors.noWindow);
  // Render first: the page is what the user sees now, not after the dialog closed.
  const pdf = await target.printToPDF(pdfOptions(req.landscape ?? false));
  const filePath = await deps.showSaveDialog({
    title: nl.dialog.savePdf,
    defaultName: pdfName(req.suggestedName),
    filters: [{ name: nl.dialog.pdfFilter, extensions: ['pdf'] }],
  });
  if (filePath === null) return { saved: false };
  await writeAtomic(deps, filePath, pdf, { overwrite: true });
  return { saved: true, path: filePath };
}

/** Show the system print dialog. A cancelled dialog is `printed: false`, not an error. */
export function printDialog(target: PrintTarget | null): Promise<IpcResponses['print:dialog']> {
  if (!target) return Promise.reject(new IpcFailure('unavailable', nl.errors.noWindow));
  return new Promise((resolve, reject) => {
    target.print({ silent: false, printBackground: true }, (success, failureReason) => {
      if (success) resolve({ printed: true });
      else if (!failureReason || /cancel/i.test(failureReason)) resolve({ printed: false });
      else reject(new IpcFailure('io', nl.errors.printFailed(failureReason)));
    });
  });
}
