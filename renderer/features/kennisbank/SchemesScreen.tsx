import { EmptyState, Page } from '../../ui/Page';

export function SchemesScreen() {
  return (
    <Page title="Regelingen">
      <EmptyState title="Nog geen regelingen">
        <p>De regelingen worden geladen zodra de kennisbank is ingericht.</p>
      </EmptyState>
    </Page>
  );
}
