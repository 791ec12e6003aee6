import { Navigate, type RouteObject } from 'react-router';
import { AppShell } from './AppShell';
import { NotFound } from './NotFound';
import { PortfolioScreen } from '../features/portfolio/PortfolioScreen';
import { CompanyScreen } from '../features/portfolio/CompanyScreen';
import { PrepareVisitScreen } from '../features/visit/PrepareVisitScreen';
import { BezoekverslagScreen } from '../features/bezoekverslag/BezoekverslagScreen';
import { ImportScreen } from '../features/portfolio/ImportScreen';
import { ContactLogsScreen } from '../features/contacts/ContactLogsScreen';
import { MyActionsScreen } from '../features/contacts/MyActionsScreen';
import { InterviewsScreen } from '../features/interviews/InterviewsScreen';
import { InterviewScreen } from '../features/interviews/InterviewScreen';
import { GuidesScreen } from '../features/interviews/GuidesScreen';
import { GuideEditorScreen } from '../features/interviews/GuideEditorScreen';
import { PrintGuideScreen } from '../features/interviews/PrintGuideScreen';
import { PrintInterviewScreen } from '../features/interviews/PrintInterviewScreen';
import { TermsScreen } from '../features/kennisbank/TermsScreen';
import { SchemesScreen } from '../features/kennisbank/SchemesScreen';
import { NetworksScreen } from '../features/kennisbank/NetworksScreen';
import { TermDetailScreen } from '../features/kennisbank/TermDetailScreen';
import { SchemeDetailScreen } from '../features/kennisbank/SchemeDetailScreen';
import { NetworkDetailScreen } from '../features/kennisbank/NetworkDetailScreen';
import { ReferenceAdminScreen } from '../features/kennisbank/ReferenceAdminScreen';
import { AlignmentScreen } from '../features/alignment/AlignmentScreen';
import { MeetingScreen } from '../features/alignment/MeetingScreen';
import { MeetingReportScreen } from '../features/alignment/MeetingReportScreen';
import { TargetsScreen } from '../features/alignment/TargetsScreen';
import { ReachScreen } from '../features/alignment/ReachScreen';
import { SyncScreen } from '../features/sync/SyncScreen';
import { ConflictsScreen } from '../features/sync/ConflictsScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { PrivacyScreen } from '../features/settings/PrivacyScreen';
import { PersonsScreen } from '../features/privacy/PersonsScreen';

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
