import type { JSX } from 'react';
import { ContactPersonsPanel } from './ContactPersonsPanel';
import { DuplicatesPanel } from './DuplicatesPanel';
import { SchemeMatchPanel } from '../kennisbank/SchemeMatchPanel';
import { CompanyTimelinePanel } from '../contacts/CompanyTimelinePanel';
import { PartnerWarningPanel } from '../contacts/PartnerWarningPanel';
import { InterviewsPanel } from '../interviews/InterviewsPanel';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/**
 * Extension point of the company page. Other features (timeline, interviews, matching
 * regelingen) add their panel by appending an entry here; panels render in `order`.
 */
export type CompanyPanel = {
  id: string;
  title: string;
  order: number;
  Component: (props: { companyId: string }) => JSX.Element;
};

export const COMPANY_PANELS: CompanyPanel[] = [
  { id: 'contactpersonen', title: px.companyScreen.contactpersonen, order: 10, Component: ContactPersonsPanel },
  { id: 'niet-dubbel-benaderen', title: px.companyScreen.nietDubbelBenaderen, order: 5, Component: PartnerWarningPanel },
  { id: 'tijdlijn', title: px.companyScreen.tijdlijn, order: 20, Component: CompanyTimelinePanel },
  { id: 'gesprekken', title: px.companyScreen.gesprekken, order: 15, Component: InterviewsPanel },
  { id: 'dubbelen', title: px.companyScreen.mogelijkeDubbelen, order: 90, Component: DuplicatesPanel },
  { id: 'regelingen', title: px.companyScreen.regelingenDiePassen, order: 30, Component: SchemeMatchPanel },
];
