import type { Choice } from '../../../shared/domain/guide';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { ed } from '../../../shared/i18n/nl/guideEditor';

/** The inline answer options of a choice question: value (stable) and text, reorderable. */
export function ChoicesEditor({
  choices,
  onChange,
}: {
  choices: Choice[];
  onChange: (choices: Choice[]) => void;
}) {
  const set = (i: number, patch: Partial<Choice>) =>
    onChange(choices.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  const move = (i: number, dir: -1 | 1) => {
    const next = [...choices];
    const to = i + dir;
    if (to < 0 || to >= next.length) return;
    [next[i], next[to]] = [next[to]!, next[i]!];
    onChange(next);
  };
  return (
    <fieldset className="choices-editor">
      <legend className="field-label">{ed.choices}</legend>
      {choices.map((c, i) => (
        <div key={i} className="choice-row">
          <TextField
            label={`${ed.choiceLabel} ${i + 1}`}
            value={c.label}
            onChange={(label) => set(i, { label })}
          />
          <TextField
            label={`${ed.choiceValue} ${i + 1}`}
            value={c.value}
            onChange={(value) => set(i, { value })}
          />
          <div className="row-buttons">
            <Button
              variant="quiet"
              aria-label={`${ed.up}: ${c.label}`}
              isDisabled={i === 0}
              onPress={() => move(i, -1)}
            >
              ↑
            </Button>
            <Button
              variant="quiet"
              aria-label={`${ed.down}: ${c.label}`}
              isDisabled={i === choices.length - 1}
              onPress={() => move(i, 1)}
            >
              ↓
            </Button>
            <Button
              variant="quiet"
              aria-label={`${ed.remove}: ${c.label}`}
              onPress={() => onChange(choices.filter((_, j) => j !== i))}
            >
              ✕
            </Button>
          </div>
        </div>
      ))}
      <Button
        onPress={() =>
          onChange([
            ...choices,
            { value: `optie_${choices.length + 1}`, label: ed.choice(choices.length + 1) },
          ])
        }
      >
        {ed.addChoice}
      </Button>
    </fieldset>
  );
}
