import { EmptyState, Page } from '../../ui/Page';

export function NetworksScreen() {
  return (
    <Page title="Netwerken">
      <EmptyState title="Nog geen netwerken">
        <p>De bedrijvennetwerken van de regio worden geladen zodra de kennisbank is ingericht.</p>
      </EmptyState>
    </Page>
  );
}
