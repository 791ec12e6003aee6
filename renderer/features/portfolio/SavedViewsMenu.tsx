import { useState } from 'react';
import { Form } from 'react-aria-components';
import { asJson } from '../../../shared/data/json';
import { PORTFOLIO_SCREEN, useSavedViews } from '../../db/queries/companies';
import { deleteView, saveView } from '../../db/repositories/companies';
import { Button } from '../../ui/Button';
import { PopoverButton } from '../../ui/PopoverButton';
import { TextField } from '../../ui/TextField';
import { parseViewState, type ViewState } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** Named views ("Kleine MKB zonder contact in Zwijndrecht"), kept on this device. */
export function SavedViewsMenu({ view, onApply }: { view: ViewState; onApply: (view: ViewState, name: string) => void }) {
  const views = useSavedViews(PORTFOLIO_SCREEN);
  const [name, setName] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  return (
    <PopoverButton label={px.list.weergaven} dialogLabel={px.list.opgeslagenWeergaven} isOpen={open} onOpenChange={setOpen}>
      <Form
        className="save-view-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (name.trim() === '') {
            setError(px.list.geefDeWeergaveEen);
            return;
          }
          await saveView(PORTFOLIO_SCREEN, name.trim(), asJson(view));
          setName('');
          setError(undefined);
        }}
      >
        <TextField
          label={px.list.huidigeWeergaveOpslaanAls}
          value={name}
          onChange={setName}
          errorMessage={error}
          placeholder={px.list.bijvKleineMkbZonder}
        />
        <Button type="submit" variant="primary">
          {px.list.weergaveOpslaan}
        </Button>
      </Form>
      <h3 className="popover-heading">{px.list.opgeslagenWeergaven}</h3>
      {views && views.length === 0 && <p className="muted">{px.list.nogGeenOpgeslagenWeergaven}</p>}
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
            <Button variant="quiet" aria-label={px.list.removeView(v.name)} onPress={() => deleteView(v.id)}>
              ×
            </Button>
          </li>
        ))}
      </ul>
    </PopoverButton>
  );
}
