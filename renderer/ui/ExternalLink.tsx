import type { ReactNode } from 'react';
import { desktopApi } from '../platform/platform';

/**
 * A link to a website outside the app. In the desktop app it opens in the system browser through
 * the main process (which accepts only http and https); in browser mode it is a normal link that
 * opens in a new tab.
 */
export function ExternalLink({ href, children, className = 'link' }: { href: string; children: ReactNode; className?: string }) {
  return (
    <a
      href={href}
      className={className}
      target="_blank"
      rel="noopener noreferrer"
      onClick={(e) => {
        const api = desktopApi();
        if (!api) return;
        e.preventDefault();
        void api.app.openExternal({ url: href });
      }}
    >
      {children}
      <span className="visually-hidden"> (opent buiten Veldwerk)</span>
    </a>
  );
}
