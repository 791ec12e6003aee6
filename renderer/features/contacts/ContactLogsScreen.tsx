import { EmptyState, Page } from '../../ui/Page';

export function ContactLogsScreen() {
  return (
    <Page title="Contactmomenten">
      <EmptyState title="Nog geen contactmomenten">
        <p>Leg een bedrijfsbezoek, telefoontje of netwerkbijeenkomst vast vanaf de pagina van een bedrijf.</p>
      </EmptyState>
    </Page>
  );
}
