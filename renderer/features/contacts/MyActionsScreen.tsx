import { EmptyState, Page } from '../../ui/Page';

export function MyActionsScreen() {
  return (
    <Page title="Mijn acties">
      <EmptyState title="Geen open acties">
        <p>Vervolgacties en afspraken die u maakt bij een contactmoment verschijnen hier, te laat eerst.</p>
      </EmptyState>
    </Page>
  );
}
