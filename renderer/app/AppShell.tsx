import { useRef } from 'react';
import { Outlet, useHref, useLocation, useNavigate } from 'react-router';
import { RouterProvider as AriaRouterProvider } from 'react-aria-components';
import { t } from '../../shared/i18n';
import { useProfile } from '../db/queries/settings';
import { FirstRun } from './FirstRun';
import { Nav } from './Nav';
import { NAV_ITEMS } from './navigation';
import { ModeBadge } from './ModeBadge';
import { SyncIndicator } from './SyncIndicator';
import { useGlobalShortcuts } from './useGlobalShortcuts';
import { usePageTitleAndFocus } from '../ui/pageFocus';
import { QuickEntryHost } from '../features/contacts/QuickEntryHost';
import { KennisbankProvider } from '../features/kennisbank/KennisbankProvider';

export function AppShell() {
  const profile = useProfile();
  const navigate = useNavigate();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  useGlobalShortcuts(NAV_ITEMS, navigate);

  usePageTitleAndFocus(location.pathname);

  if (profile === undefined) {
    return (
      <div className="loading" role="status">
        {t.loading}
      </div>
    );
  }
  if (profile === null) return <FirstRun />;

  return (
    <AriaRouterProvider navigate={navigate} useHref={useHref}>
      <a className="skip-link" href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        {t.skipToContent}
      </a>
      <div className="shell">
        <aside className="sidebar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">V</span>
            <div>
              <div className="brand-name">{t.appName}</div>
              <div className="brand-user">
                {profile.name} · {t.organisationsShort[profile.organisation]}
              </div>
            </div>
          </div>
          <QuickEntryHost />
          <Nav />
          <div className="sidebar-footer">
            <SyncIndicator />
            <ModeBadge />
          </div>
        </aside>
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          <KennisbankProvider>
            <Outlet />
          </KennisbankProvider>
        </main>
      </div>
    </AriaRouterProvider>
  );
}
