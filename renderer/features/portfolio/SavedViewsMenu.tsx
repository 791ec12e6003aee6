import { useState } from 'react';
import { Form } from 'react-aria-components';
import { asJson } from '../../../shared/data/json';
import { PORTFOLIO_SCREEN, useSavedViews } from '../../db/queries/companies';
import { deleteView, saveView } from '../../db/repositories/companies';
import { Button } from '../../ui/Button';
import { PopoverButton } from '../../ui/PopoverButton';
import { TextField } from '../../ui/TextField';
import { parseViewState, type ViewState } from './viewState';

/** Named views ("Kleine MKB zonder contact in Zwijndrecht"), kept on this device. */
export function SavedViewsMenu({ view, onApply }: { view: ViewState; onApply: (view: ViewState, name: string) => void }) {
  const views = useSavedViews(PORTFOLIO_SCREEN);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  return (
    <PopoverButton label="Weergaven" dialogLabel="Opgeslagen weergaven" isOpen={open} onOpenChange={setOpen}>
      <Form
        className="save-view-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (name.trim() === '') {
            setError('Geef de weergave een naam.');
            return;
          }
          await saveView(PORTFOLIO_SCREEN, name.trim(), asJson(view));
          setName('');
          setError(undefined);
        }}
      >
        <TextField
          label="Huidige weergave opslaan als"
          value={name}
          onChange={setName}
          errorMessage={error}
          placeholder="bijv. Kleine MKB zonder contact in Zwijndrecht"
        />
        <Button type="submit" variant="primary">
          Weergave opslaan
        </Button>
      </Form>
      <h3 className="popover-heading">Opgeslagen weergaven</h3>
      {views && views.length === 0 && <p className="muted">Nog geen opgeslagen weergaven.</p>}
      <ul className="view-list">
        {views?.map((v) => (
          <li key={v.id} className="view-item">
            <Button
              variant="quiet"
              onPress={() => {
                onApply(parseViewState(v.state), v.name);
                setOpen(false);
              }}
            >
              {v.name}
            </Button>
            <Button variant="quiet" aria-label={`Weergave ${v.name} verwijderen`} onPress={() => deleteView(v.id)}>
              ×
            </Button>
          </li>
        ))}
      </ul>
    </PopoverButton>
  );
}
