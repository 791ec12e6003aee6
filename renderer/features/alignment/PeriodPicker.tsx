import { useState } from 'react';
import { formatPeriod, isoWeekOf, isoWeekOfDate, shiftWeek, weekLabel } from '../../../shared/rules/weeks';
import { Button } from '../../ui/Button';
import { CustomPeriodForm } from './CustomPeriodForm';
import type { PeriodChoice } from './usePeriod';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';

/**
 * Choose the week (previous, next, this week) or a period of one's own. The chosen period is
 * announced politely, so a screen reader user hears where the arrows took them.
 */
export function PeriodPicker({ choice }: { choice: PeriodChoice }) {
  const { period, week, setWeek, setPeriod } = choice;
  const [custom, setCustom] = useState(week === null);
  const anchor = week ?? isoWeekOfDate(period.to);
  const current = isoWeekOf(new Date());
  const isCurrent = week !== null && week.year === current.year && week.week === current.week;

  return (
    <div className="period-picker no-print" role="group" aria-label={ui.period.label}>
      <div className="period-row">
        <Button onPress={() => { setCustom(false); setWeek(shiftWeek(anchor, -1)); }} aria-label={ui.period.previous}>
          <span aria-hidden="true">←</span> {ui.period.previous}
        </Button>
        <p className="period-label" aria-live="polite" aria-atomic="true">
          <strong>{week ? weekLabel(week) : formatPeriod(period)}</strong>
        </p>
        <Button onPress={() => { setCustom(false); setWeek(shiftWeek(anchor, 1)); }} aria-label={ui.period.next}>
          {ui.period.next} <span aria-hidden="true">→</span>
        </Button>
        <Button variant="quiet" isDisabled={isCurrent} onPress={() => { setCustom(false); setWeek(current); }}>
          {ui.period.thisWeek}
        </Button>
        <Button
          variant="quiet"
          aria-expanded={custom}
          onPress={() => setCustom((c) => !c)}
        >
          {ui.period.custom}
        </Button>
      </div>
      {custom && <CustomPeriodForm period={period} texts={ui.period} onApply={setPeriod} />}
    </div>
  );
}
