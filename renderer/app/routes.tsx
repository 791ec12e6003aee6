import { lazy, Suspense, type ComponentType } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { t } from '../../shared/i18n';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';

import { PortfolioScreen } from '../features/portfolio/PortfolioScreen';

/**
 * Every screen but the portfolio (the start screen) is its own chunk, loaded when first
 * visited: the start needs only what it shows (issue 20).
 */
function screen<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K) {
  const Lazy = lazy(() => load().then((m) => ({ default: m[name] as ComponentType })));
  return function LazyScreen() {
    return (
      <Suspense
        fallback={
          <p className="loading" role="status">
            {t.loading}
          </p>
        }
      >
        <Lazy />
      </Suspense>
    );
  };
}
const CompanyScreen = screen(() => import('../features/portfolio/CompanyScreen'), 'CompanyScreen');
const ImportScreen = screen(() => import('../features/portfolio/ImportScreen'), 'ImportScreen');
const ContactLogsScreen = screen(() => import('../features/contacts/ContactLogsScreen'), 'ContactLogsScreen');
const MyActionsScreen = screen(() => import('../features/contacts/MyActionsScreen'), 'MyActionsScreen');
const InterviewsScreen = screen(() => import('../features/interviews/InterviewsScreen'), 'InterviewsScreen');
const InterviewScreen = screen(() => import('../features/interviews/InterviewScreen'), 'InterviewScreen');
const GuidesScreen = screen(() => import('../features/interviews/GuidesScreen'), 'GuidesScreen');
const GuideEditorScreen = screen(() => import('../features/interviews/GuideEditorScreen'), 'GuideEditorScreen');
const PrintGuideScreen = screen(() => import('../features/interviews/PrintGuideScreen'), 'PrintGuideScreen');
const PrintInterviewScreen = screen(() => import('../features/interviews/PrintInterviewScreen'), 'PrintInterviewScreen');
const TermsScreen = screen(() => import('../features/kennisbank/TermsScreen'), 'TermsScreen');
const SchemesScreen = screen(() => import('../features/kennisbank/SchemesScreen'), 'SchemesScreen');
const NetworksScreen = screen(() => import('../features/kennisbank/NetworksScreen'), 'NetworksScreen');
const TermDetailScreen = screen(() => import('../features/kennisbank/TermDetailScreen'), 'TermDetailScreen');
const SchemeDetailScreen = screen(() => import('../features/kennisbank/SchemeDetailScreen'), 'SchemeDetailScreen');
const NetworkDetailScreen = screen(() => import('../features/kennisbank/NetworkDetailScreen'), 'NetworkDetailScreen');
const ReferenceAdminScreen = screen(() => import('../features/kennisbank/ReferenceAdminScreen'), 'ReferenceAdminScreen');
const AlignmentScreen = screen(() => import('../features/alignment/AlignmentScreen'), 'AlignmentScreen');
const MeetingScreen = screen(() => import('../features/alignment/MeetingScreen'), 'MeetingScreen');
const MeetingReportScreen = screen(() => import('../features/alignment/MeetingReportScreen'), 'MeetingReportScreen');
const TargetsScreen = screen(() => import('../features/alignment/TargetsScreen'), 'TargetsScreen');
const ReachScreen = screen(() => import('../features/alignment/ReachScreen'), 'ReachScreen');
const SyncScreen = screen(() => import('../features/sync/SyncScreen'), 'SyncScreen');
const ConflictsScreen = screen(() => import('../features/sync/ConflictsScreen'), 'ConflictsScreen');
const SettingsScreen = screen(() => import('../features/settings/SettingsScreen'), 'SettingsScreen');
const PrivacyScreen = screen(() => import('../features/privacy/PrivacyScreen'), 'PrivacyScreen');
const PersonsScreen = screen(() => import('../features/privacy/PersonsScreen'), 'PersonsScreen');
const PrepareVisitScreen = screen(() => import('../features/visit/PrepareVisitScreen'), 'PrepareVisitScreen');
const BezoekverslagScreen = screen(() => import('../features/bezoekverslag/BezoekverslagScreen'), 'BezoekverslagScreen');

/** Every screen of the app. Feature folders own their screens; this file only maps paths. */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppShell />,
    children: [
      { index: true, element: <Navigate to="/portefeuille" replace /> },
      { path: 'portefeuille', element: <PortfolioScreen /> },
      { path: 'portefeuille/import', element: <ImportScreen /> },
      { path: 'portefeuille/:id', element: <CompanyScreen /> },
      { path: 'portefeuille/:id/bezoek-voorbereiden', element: <PrepareVisitScreen /> },
      { path: 'portefeuille/:id/bezoekverslag', element: <BezoekverslagScreen /> },
      { path: 'contactmomenten', element: <ContactLogsScreen /> },
      { path: 'acties', element: <MyActionsScreen /> },
      { path: 'gesprekken', element: <InterviewsScreen /> },
      { path: 'gesprekken/handleidingen', element: <GuidesScreen /> },
      { path: 'gesprekken/handleidingen/:guideId', element: <GuideEditorScreen /> },
      { path: 'gesprekken/handleidingen/:guideId/afdrukken', element: <PrintGuideScreen /> },
      { path: 'gesprekken/:id', element: <InterviewScreen /> },
      { path: 'gesprekken/:id/afdrukken', element: <PrintInterviewScreen /> },
      { path: 'kennisbank', element: <Navigate to="/kennisbank/begrippen" replace /> },
      { path: 'kennisbank/begrippen', element: <TermsScreen /> },
      { path: 'kennisbank/regelingen', element: <SchemesScreen /> },
      { path: 'kennisbank/netwerken', element: <NetworksScreen /> },
      { path: 'kennisbank/begrippen/:key', element: <TermDetailScreen /> },
      { path: 'kennisbank/regelingen/:key', element: <SchemeDetailScreen /> },
      { path: 'kennisbank/netwerken/:id', element: <NetworkDetailScreen /> },
      { path: 'kennisbank/beheer', element: <ReferenceAdminScreen /> },
      { path: 'afstemming', element: <AlignmentScreen /> },
      { path: 'afstemming/doelen', element: <TargetsScreen /> },
      { path: 'afstemming/bereik', element: <ReachScreen /> },
      { path: 'afstemming/overleg/:id', element: <MeetingScreen /> },
      { path: 'afstemming/overleg/:id/verslag', element: <MeetingReportScreen /> },
      { path: 'synchronisatie', element: <SyncScreen /> },
      { path: 'synchronisatie/conflicten', element: <ConflictsScreen /> },
      { path: 'instellingen', element: <SettingsScreen /> },
      { path: 'instellingen/privacy', element: <PrivacyScreen /> },
      { path: 'instellingen/personen', element: <PersonsScreen /> },
      { path: '*', element: <NotFound /> },
    ],
  },
];
