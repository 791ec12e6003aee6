import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { EmptyState, Notice } from '../../ui/Page';
import { useProfile } from '../../db/queries/settings';
import { loadDemoSet } from '../../db/repositories/demo';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** First use: three honest ways to get companies into the portfolio. */
export function PortfolioEmpty({ onCreate }: { onCreate: () => void }) {
  const navigate = useNavigate();
  const profile = useProfile();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <EmptyState
        title={px.list.nogGeenBedrijven}
        actions={
          <>
            <Button variant="primary" onPress={() => navigate('/portefeuille/import')}>
              {px.list.kvkLijstImporteren}
            </Button>
            <Button onPress={onCreate}>{px.list.bedrijfToevoegen}</Button>
            <Button
              isDisabled={busy}
              onPress={async () => {
                setBusy(true);
                setError(null);
                try {
                  await loadDemoSet(profile);
                } catch (e) {
                  setError(e instanceof Error ? e.message : String(e));
                } finally {
                  setBusy(false);
                }
              }}
            >
              {busy ? px.list.bezigMetLaden : px.list.demogegevensLaden}
            </Button>
          </>
        }
      >
        <p>{px.list.importeerEenKvkLijst}</p>
        <p>
          {px.list.deDemogegevensZijnVerzonnen}
        </p>
      </EmptyState>
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}
