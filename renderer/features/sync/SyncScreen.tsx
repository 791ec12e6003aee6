import { EmptyState, Page } from '../../ui/Page';

export function SyncScreen() {
  return (
    <Page title="Synchronisatie">
      <EmptyState title="Synchronisatie is nog niet ingesteld">
        <p>Kies een gedeelde map of een WebDAV-server om contactmomenten en wijzigingen met uw partners te delen.</p>
      </EmptyState>
    </Page>
  );
}
