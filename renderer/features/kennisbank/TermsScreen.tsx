import { EmptyState, Page } from '../../ui/Page';

export function TermsScreen() {
  return (
    <Page title="Begrippen">
      <EmptyState title="Nog geen begrippen">
        <p>De begrippenlijst wordt geladen zodra de kennisbank is ingericht.</p>
      </EmptyState>
    </Page>
  );
}
