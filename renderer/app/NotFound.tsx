import { Link } from 'react-aria-components';
import { EmptyState, Page } from '../ui/Page';

export function NotFound() {
  return (
    <Page title="Pagina niet gevonden">
      <EmptyState title="Deze pagina bestaat niet (meer)">
        <p>
          Misschien is het bedrijf of gesprek verwijderd of samengevoegd.{' '}
          <Link href="/portefeuille" className="link">
            Naar de portefeuille
          </Link>
        </p>
      </EmptyState>
    </Page>
  );
}
