import { EmptyState, Page } from '../../ui/Page';

export function PortfolioScreen() {
  return (
    <Page title="Portefeuille">
      <EmptyState title="Nog geen bedrijven">
        <p>Importeer een lijst uit het KvK-handelsregister of voeg een bedrijf of zzp-er toe.</p>
      </EmptyState>
    </Page>
  );
}
