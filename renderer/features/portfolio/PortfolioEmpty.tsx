import { useState } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../ui/Button';
import { EmptyState, Notice } from '../../ui/Page';
import { useProfile } from '../../db/queries/settings';
import { loadDemoSet } from '../../db/repositories/demo';

/** First use: three honest ways to get companies into the portfolio. */
export function PortfolioEmpty({ onCreate }: { onCreate: () => void }) {
  const navigate = useNavigate();
  const profile = useProfile();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <EmptyState
        title="Nog geen bedrijven"
        actions={
          <>
            <Button variant="primary" onPress={() => navigate('/portefeuille/import')}>
              KvK-lijst importeren
            </Button>
            <Button onPress={onCreate}>Bedrijf toevoegen</Button>
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
              {busy ? 'Bezig met laden…' : 'Demogegevens laden'}
            </Button>
          </>
        }
      >
        <p>Importeer een KvK-lijst, voeg een bedrijf toe of laad de demogegevens.</p>
        <p>
          De demogegevens zijn verzonnen bedrijven en zzp-ers in de zes Drechtsteden-gemeenten, om de app mee te leren
          kennen. U verwijdert ze later in één stap, zonder dat uw eigen gegevens worden geraakt.
        </p>
      </EmptyState>
      {error && <Notice tone="error">{error}</Notice>}
    </>
  );
}
