import { useBlocker } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';

/**
 * Leaving the company page while a save is pending first writes it; when the form has errors
 * the advisor chooses between fixing them and leaving without the invalid change.
 */
export function UnsavedChangesGuard({ when, flush }: { when: boolean; flush: () => Promise<boolean> }) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => when && currentLocation.pathname !== nextLocation.pathname);
  if (blocker.state !== 'blocked') return null;
  return (
    <Modal title="Niet alles is opgeslagen" isOpen onOpenChange={(open) => !open && blocker.reset()}>
      <p>Een of meer velden zijn niet goed ingevuld. Die wijziging is nog niet opgeslagen.</p>
      <div className="modal-actions">
        <Button onPress={() => blocker.proceed()}>Pagina verlaten zonder deze wijziging</Button>
        <Button
          variant="primary"
          autoFocus
          onPress={async () => {
            if (await flush()) blocker.proceed();
            else blocker.reset();
          }}
        >
          Terug naar het formulier
        </Button>
      </div>
    </Modal>
  );
}
