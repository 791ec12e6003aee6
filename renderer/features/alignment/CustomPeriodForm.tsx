import { useState } from 'react';
import type { Period } from '../../../shared/rules/weeks';
import { Button } from '../../ui/Button';
import { DutchDateField } from './DutchDateField';

export type CustomPeriodTexts = { from: string; to: string; apply: string; invalid: string };

/**
 * A period of one's own, from and to typed the Dutch way; applied only when both dates are there
 * and in order. It starts from the period on screen each time it is opened.
 */
export function CustomPeriodForm({
  period,
  texts,
  onApply,
}: {
  period: Period;
  texts: CustomPeriodTexts;
  onApply: (period: Period) => void;
}) {
  const [from, setFrom] = useState<string | null>(period.from);
  const [to, setTo] = useState<string | null>(period.to);
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="period-custom"
      onSubmit={(e) => {
        e.preventDefault();
        if (!from || !to || from > to) {
          setError(texts.invalid);
          return;
        }
        setError(null);
        onApply({ from, to });
      }}
    >
      <DutchDateField label={texts.from} value={from} onChange={setFrom} isRequired />
      <DutchDateField label={texts.to} value={to} onChange={setTo} isRequired errorMessage={error ?? undefined} />
      <Button type="submit" variant="primary">
        {texts.apply}
      </Button>
    </form>
  );
}
