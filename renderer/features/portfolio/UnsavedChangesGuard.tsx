import { useState } from 'react';
import { useBlocker } from 'react-router';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/**
 * Leaving the company page while a save is pending first writes it; when the form has errors
 * the advisor chooses between fixing them and leaving without the invalid change.
 *
 * The router blocker exists only while something is unsaved (or its dialog is open). A
 * registered blocker, even one that answers "do not block", made react-router warn "blocker on
 * a POP navigation" for every address the router did not create itself (a typed or bookmarked
 * `#/…` address, a hash link), and such navigations cannot be blocked anyway.
 */
export function UnsavedChangesGuard({ when, flush }: { when: boolean; flush: () => Promise<boolean> }) {
  const [engaged, setEngaged] = useState(false);
  if (!when && !engaged) return null;
  return <ActiveGuard when={when} flush={flush} setEngaged={setEngaged} />;
}

function ActiveGuard({ when, flush, setEngaged }: {
  when: boolean;
  flush: () => Promise<boolean>;
  setEngaged: (engaged: boolean) => void;
}) {
  const blocker = useBlocker(({ currentLocation, nextLocation }) => {
    const block = when && currentLocation.pathname !== nextLocation.pathname;
    // Keeps this guard mounted while its dialog is open, even when the pending save lands.
    if (block) setEngaged(true);
    return block;
  });
  if (blocker.state !== 'blocked') return null;
  const reset = () => {
    setEngaged(false);
    blocker.reset();
  };
  return (
    <Modal title={px.companyScreen.nietAllesIsOpgeslagen} isOpen onOpenChange={(open) => !open && reset()}>
      <p>{px.companyScreen.eenOfMeerVelden}</p>
      <div className="modal-actions">
        <Button onPress={() => blocker.proceed()}>{px.companyScreen.paginaVerlatenZonderDeze}</Button>
        <Button
          variant="primary"
          autoFocus
          onPress={async () => {
            if (await flush()) blocker.proceed();
            else reset();
          }}
        >
          {px.companyScreen.terugNaarHetFormulier}
        </Button>
      </div>
    </Modal>
  );
}
