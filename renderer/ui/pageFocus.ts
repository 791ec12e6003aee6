import { useEffect } from 'react';
import { t } from '../../shared/i18n';
import { shell } from '../../shared/i18n/nl/shell';

/** "<what> — Veldwerk": the page's own heading first, so tabs, history and screen readers tell pages apart. */
export function pageTitle(heading: string | null | undefined): string {
  const what = heading?.replace(/\s+/g, ' ').trim();
  return what ? shell.pageTitle(what, t.appName) : t.appName;
}

const pageHeading = () => document.querySelector<HTMLElement>('main h1');

/**
 * Keeps `document.title` equal to the page's heading and, after every route change, moves focus
 * to that heading as soon as it is rendered, so a screen reader announces the new page and Tab
 * continues from there. Pages load their data asynchronously (the heading may appear, or change
 * from "Laden…" to a company name, later), hence an observer instead of a one-off lookup.
 *
 * Focus is left alone when the new page already put it somewhere inside the content or a dialog
 * is open: a page that focuses its first field on purpose keeps that.
 */
export function usePageTitleAndFocus(pathname: string): void {
  useEffect(() => {
    let focusPending = true;
    let focused: HTMLElement | null = null;
    const sync = () => {
      const heading = pageHeading();
      const title = pageTitle(heading?.textContent);
      if (document.title !== title) document.title = title;
      // A heading that was replaced (a loading state turning into the page) took focus with it.
      if (focused && !focused.isConnected && document.activeElement === document.body)
        focusPending = true;
      if (!focusPending || !heading) return;
      focusPending = false;
      const active = document.activeElement;
      const pageChoseFocus =
        active !== null &&
        active !== document.body &&
        (active.closest('main') !== null ||
          active.closest('[role="dialog"], [role="alertdialog"]') !== null);
      if (pageChoseFocus) return;
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      heading.focus({ preventScroll: true });
      focused = heading;
    };
    sync();
    const observer = new MutationObserver(sync);
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [pathname]);
}
