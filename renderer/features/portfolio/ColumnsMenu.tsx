import { Checkbox } from 'react-aria-components';
import { Button } from '../../ui/Button';
import { PopoverButton } from '../../ui/PopoverButton';
import { COLUMN_BY_ID, COLUMN_SPECS, DEFAULT_VISIBILITY } from './columns';
import type { ViewState } from './viewState';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

/** Show, hide and reorder columns with the keyboard; widths are dragged in the header. */
export function ColumnsMenu({ view, onViewChange }: { view: ViewState; onViewChange: (patch: Partial<ViewState>) => void }) {
  const order = [
    ...view.columnOrder.filter((id) => COLUMN_BY_ID.has(id)),
    ...COLUMN_SPECS.map((c) => c.id).filter((id) => !view.columnOrder.includes(id)),
  ];
  const visibility = { ...DEFAULT_VISIBILITY, ...view.columnVisibility };
  function moveColumn(index: number, delta: number) {
    const next = [...order];
    const [id] = next.splice(index, 1);
    next.splice(index + delta, 0, id!);
    onViewChange({ columnOrder: next });
  }
  return (
    <PopoverButton label={px.list.kolommen} dialogLabel={px.list.kolommenTonenVerbergenEn}>
      <ul className="column-list" aria-label={px.list.kolommen}>
        {order.map((id, i) => {
          const header = COLUMN_BY_ID.get(id)!.header;
          return (
            <li key={id} className="column-item">
              <Checkbox
                className="checkbox"
                isSelected={visibility[id] !== false}
                isDisabled={id === 'name'}
                onChange={(on) => onViewChange({ columnVisibility: { ...view.columnVisibility, [id]: on } })}
              >
                <span className="checkbox-mark" aria-hidden="true" />
                <span>{header}</span>
              </Checkbox>
              <span className="column-move">
                <Button variant="quiet" aria-label={px.list.moveLeft(header)} isDisabled={i === 0} onPress={() => moveColumn(i, -1)}>
                  ↑
                </Button>
                <Button
                  variant="quiet"
                  aria-label={px.list.moveRight(header)}
                  isDisabled={i === order.length - 1}
                  onPress={() => moveColumn(i, 1)}
                >
                  ↓
                </Button>
              </span>
            </li>
          );
        })}
      </ul>
      <Button
        variant="quiet"
        onPress={() => onViewChange({ columnOrder: [], columnVisibility: {}, columnSizing: {} })}
      >
        {px.list.standaardkolommenHerstellen}
      </Button>
    </PopoverButton>
  );
}
