import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import type { Organisation } from '../../../shared/domain/common';
import { targetSchema, type Target } from '../../../shared/domain/target';
import { addDays } from '../../../shared/dates/localDate';

/** The target form holds strings, as inputs do; `targetFormSchema` turns them into a Target. */
export type TargetFormValues = {
  id: string;
  title: string;
  organisation: string;
  advisorId: string;
  metric: string;
  sector: string;
  gemeente: string;
  periodStart: string;
  periodEnd: string;
  target: string;
  notes: string;
};

const toInput = (v: TargetFormValues) => {
  const n = v.target.trim() === '' ? undefined : Number(v.target.replace(',', '.'));
  return {
    id: v.id,
    _clock: {},
    title: v.title,
    organisation: v.organisation,
    advisorId: v.advisorId || null,
    metric: v.metric,
    sector: v.metric === 'sector-bereikt' && v.sector ? v.sector : undefined,
    gemeente: v.metric === 'gemeente-bereikt' && v.gemeente ? v.gemeente : undefined,
    periodStart: v.periodStart,
    periodEnd: v.periodEnd,
    target: n,
    notes: v.notes,
  };
};

export const targetFormSchema: z.ZodType<Target, TargetFormValues> = z.preprocess(toInput, targetSchema);
export const targetResolver: Resolver<TargetFormValues, unknown, Target> = zodResolver(targetFormSchema);

/** The calendar quarter that holds `today`: a usual period for a SMART target. */
export function currentQuarter(today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  const next = first + 3 > 12 ? `${year + 1}-01-01` : `${year}-${String(first + 3).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

export function toFormValues(t: Target | null, defaults: { organisation: Organisation; today: string }): TargetFormValues {
  if (t) {
    return {
      id: t.id,
      title: t.title,
      organisation: t.organisation,
      advisorId: t.advisorId ?? '',
      metric: t.metric,
      sector: t.sector ?? '',
      gemeente: t.gemeente ?? '',
      periodStart: t.periodStart,
      periodEnd: t.periodEnd,
      target: String(t.target),
      notes: t.notes,
    };
  }
  const q = currentQuarter(defaults.today);
  return {
    id: crypto.randomUUID(),
    title: '',
    organisation: defaults.organisation,
    advisorId: '',
    metric: 'klein-mkb-bereikt',
    sector: '',
    gemeente: '',
    periodStart: q.from,
    periodEnd: q.to,
    target: '',
    notes: '',
  };
}
