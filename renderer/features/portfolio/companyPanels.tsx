import type { JSX } from 'react';
import { ContactPersonsPanel } from './ContactPersonsPanel';
import { DuplicatesPanel } from './DuplicatesPanel';

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
  { id: 'contactpersonen', title: 'Contactpersonen', order: 10, Component: ContactPersonsPanel },
  { id: 'dubbelen', title: 'Mogelijke dubbelen', order: 90, Component: DuplicatesPanel },
];
