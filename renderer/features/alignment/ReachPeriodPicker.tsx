import { useState } from 'react';
import { localDate } from '../../../shared/dates/localDate';
import { currentWeekPeriod, formatPeriod, type Period } from '../../../shared/rules/weeks';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { CustomPeriodForm } from './CustomPeriodForm';
import type { PeriodChoice } from './usePeriod';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';

type Kind = 'jaar' | 'week' | 'eigen';

export const yearToDate = (now: Date): Period => {
  const today = localDate(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
};

const same = (a: Period, b: Period) => a.from === b.from && a.to === b.to;

/**
 * The reach view's period: this year so far (the default), this week, or one's own. The period
 * is stated once, in words, and announced when it changes; there are no week arrows here, so
 * nothing suggests a week while the numbers cover a year.
 */
export function ReachPeriodPicker({ choice }: { choice: PeriodChoice }) {
  const now = new Date();
  const { period, setPeriod } = choice;
  const kind: Kind = same(period, yearToDate(now)) ? 'jaar' : same(period, currentWeekPeriod(now)) ? 'week' : 'eigen';
  const [custom, setCustom] = useState(kind === 'eigen');
  const shown: Kind = custom ? 'eigen' : kind;
  return (
    <div className="reach-period no-print">
      <RadioGroupField<Kind>
        label={t.period.label}
        orientation="horizontal"
        value={shown}
        onChange={(next) => {
          setCustom(next === 'eigen');
          if (next === 'jaar') setPeriod(yearToDate(new Date()));
          if (next === 'week') setPeriod(currentWeekPeriod(new Date()));
        }}
        options={[
          { value: 'jaar', label: t.period.yearToDate },
          { value: 'week', label: t.period.thisWeek },
          { value: 'eigen', label: t.period.custom },
        ]}
      />
      {custom && <CustomPeriodForm period={period} texts={t.period} onApply={setPeriod} />}
    </div>
  );
}

/** The one statement of the period, for the page and for print. */
export function PeriodStatement({ period }: { period: Period }) {
  return (
    <p className="period-statement" aria-live="polite" aria-atomic="true">
      <strong>{t.period.stated(formatPeriod(period))}</strong> · {t.period.reachedMeans}
    </p>
  );
}
