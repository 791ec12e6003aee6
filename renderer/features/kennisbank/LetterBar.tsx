import { Button } from '../../ui/Button';
import { kx } from '../../../shared/i18n/nl/kennisbankScreens';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** A–Z bar: letters without begrippen are disabled; the chosen letter is pressed. */
export function LetterBar({ available, value, onChange }: {
  available: ReadonlySet<string>;
  value: string | null;
  onChange: (letter: string | null) => void;
}) {
  return (
    <div role="group" aria-label={kx.terms.letters} className="letter-bar">
      <Button variant="quiet" className="letter" aria-pressed={value === null} onPress={() => onChange(null)}>
        {kx.terms.allLetters}
      </Button>
      {LETTERS.map((l) => (
        <Button
          key={l}
          variant="quiet"
          className="letter"
          aria-pressed={value === l}
          isDisabled={!available.has(l)}
          onPress={() => onChange(value === l ? null : l)}
        >
          {l}
        </Button>
      ))}
    </div>
  );
}
