import { EmptyState, Page } from '../../ui/Page';

export function AlignmentScreen() {
  return (
    <Page title="Afstemming">
      <EmptyState title="Nog niets om af te stemmen">
        <p>Zodra er contactmomenten van beide organisaties zijn, ziet u hier per week wie wie benaderde.</p>
      </EmptyState>
    </Page>
  );
}
