import { Link } from 'react-aria-components';
import { shell } from '../../shared/i18n/nl/shell';
import { EmptyState, Page } from '../ui/Page';

export function NotFound() {
  return (
    <Page title={shell.notFound.title}>
      <EmptyState title={shell.notFound.heading}>
        <p>
          {shell.notFound.explain}{' '}
          <Link href="/portefeuille" className="link">
            {shell.notFound.back}
          </Link>
        </p>
      </EmptyState>
    </Page>
  );
}
