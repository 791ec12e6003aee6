import { useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router';
import { getMode, printPage, savePdf } from '../../platform/platform';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Page';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

/**
 * In browser mode the page draws its own page numbers (CSS margin boxes) for the duration of
 * the print; the desktop app's print-to-PDF adds a footer itself.
 */
async function withPageNumbers(action: () => Promise<unknown>): Promise<void> {
  if (getMode() !== 'browser') {
    await action();
    return;
  }
  const root = document.documentElement;
  root.setAttribute('data-print-page-numbers', '');
  window.addEventListener('afterprint', () => root.removeAttribute('data-print-page-numbers'), {
    once: true,
  });
  await action();
}

/** Print actions above a print layout; hidden on paper. */
export function PrintToolbar({
  back,
  pdfName,
  children,
}: {
  back: string;
  pdfName: string;
  children?: ReactNode;
}) {
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  const run = (action: () => Promise<unknown>) => {
    setError(null);
    action().catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <div className="print-toolbar no-print">
      <div className="print-toolbar-row">
        <Button variant="quiet" onPress={() => navigate(back)}>
          ← {tx.print.back}
        </Button>
        <Button variant="primary" onPress={() => run(() => withPageNumbers(printPage))}>
          {tx.print.print}
        </Button>
        <Button onPress={() => run(() => withPageNumbers(() => savePdf(pdfName)))}>
          {tx.print.pdf}
        </Button>
        {children}
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </div>
  );
}
