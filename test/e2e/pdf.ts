import type { Page } from 'playwright-core';
import { pdfOptions } from '../../electron/handlers/print';

type PlaywrightPdfOptions = NonNullable<Parameters<Page['pdf']>[0]>;

/**
 * The options the desktop app passes to Electron's `printToPDF` (electron/handlers/print.ts),
 * in Playwright's spelling: both end in Chromium's `Page.printToPDF`, so the PDF a test prints
 * carries the app's own header, footer ("Pagina X van Y") and margins, not a copy of them.
 */
export function appPdfOptions(landscape = false): PlaywrightPdfOptions {
  const o = pdfOptions(landscape);
  const inch = (n: number) => `${n}in`;
  return {
    format: o.pageSize,
    landscape: o.landscape,
    printBackground: o.printBackground,
    displayHeaderFooter: o.displayHeaderFooter,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    margin: {
      top: inch(o.margins.top),
      bottom: inch(o.margins.bottom),
      left: inch(o.margins.left),
      right: inch(o.margins.right),
    },
  };
}
