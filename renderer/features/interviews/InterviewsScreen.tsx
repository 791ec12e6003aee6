import { EmptyState, Page } from '../../ui/Page';

export function InterviewsScreen() {
  return (
    <Page title="Gesprekken">
      <EmptyState title="Nog geen gesprekken">
        <p>Start een gesprek vanaf de pagina van een bedrijf met een van de gesprekshandleidingen.</p>
      </EmptyState>
    </Page>
  );
}
