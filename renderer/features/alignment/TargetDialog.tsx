import { useForm, useWatch } from 'react-hook-form';
import { GEMEENTE_LABELS, GEMEENTEN, type Organisation } from '../../../shared/domain/common';
import { SECTOR_KEYS, TARGET_METRIC_LABELS, TARGET_METRICS, type Target } from '../../../shared/domain/target';
import { localDate } from '../../../shared/dates/localDate';
import type { AdvisorFacts } from '../../db/queries/alignment';
import { saveTarget } from '../../db/repositories/targets';
import { Button } from '../../ui/Button';
import { Modal } from '../../ui/Modal';
import { FormSelectField } from '../../ui/FormSelectField';
import { FormTextField } from '../../ui/FormTextField';
import { orgShort, sectorLabel } from './labels';
import { targetResolver, toFormValues, type TargetFormValues } from './targetForm';
import { targetsText as tt } from '../../../shared/i18n/nl/alignmentTargets';

const OWNERS = ['samen', 'lwl', 'baanbrekend', 'partner'] as const;

/** Add or edit a SMART target: what is counted, by whom, in which period, how many. */
export function TargetDialog({
  target,
  organisation,
  advisors,
  onClose,
  onSaved,
}: {
  target: Target | null;
  organisation: Organisation;
  advisors: AdvisorFacts[];
  onClose: () => void;
  onSaved: (title: string) => void;
}) {
  const form = useForm<TargetFormValues, unknown, Target>({
    resolver: targetResolver,
    defaultValues: toFormValues(target, { organisation, today: localDate(new Date()) }),
  });
  const [metric, owner] = useWatch({ control: form.control, name: ['metric', 'organisation'] });
  const advisorOptions = advisors
    .filter((a) => owner === 'samen' || a.organisation === owner)
    .map((a) => ({ value: a.id, label: `${a.name} · ${orgShort(a.organisation)}` }));

  return (
    <Modal title={target ? tt.dialog.edit : tt.dialog.add} isOpen onOpenChange={(open) => !open && onClose()} wide>
      <form
        noValidate
        onSubmit={form.handleSubmit(async (t) => {
          await saveTarget(t);
          onSaved(t.title);
        })}
      >
        <FormTextField control={form.control} name="title" label={tt.dialog.name} autoFocus description={tt.dialog.nameHelp} />
        <div className="field-row">
          <FormSelectField control={form.control} name="organisation" label={tt.dialog.owner} options={OWNERS.map((o) => ({ value: o, label: o === 'samen' ? tt.dialog.together : orgShort(o) }))} />
          <FormSelectField control={form.control} name="advisorId" label={tt.dialog.advisor} emptyLabel={tt.dialog.wholeOrganisation} options={advisorOptions} />
        </div>
        <div className="field-row">
          <FormSelectField control={form.control} name="metric" label={tt.dialog.metric} options={TARGET_METRICS.map((m) => ({ value: m, label: TARGET_METRIC_LABELS[m] }))} />
          {metric === 'sector-bereikt' && (
            <FormSelectField control={form.control} name="sector" label={tt.dialog.sector} options={SECTOR_KEYS.map((s) => ({ value: s, label: sectorLabel(s) }))} />
          )}
          {metric === 'gemeente-bereikt' && (
            <FormSelectField control={form.control} name="gemeente" label={tt.dialog.gemeente} options={GEMEENTEN.map((g) => ({ value: g, label: GEMEENTE_LABELS[g] }))} />
          )}
        </div>
        <div className="field-row three">
          <FormTextField control={form.control} name="periodStart" label={tt.dialog.from} type="date" />
          <FormTextField control={form.control} name="periodEnd" label={tt.dialog.to} type="date" />
          <FormTextField control={form.control} name="target" label={tt.dialog.count} inputMode="numeric" />
        </div>
        <FormTextField control={form.control} name="notes" label={tt.dialog.notes} multiline />
        <div className="modal-actions">
          <Button onPress={onClose}>{tt.dialog.cancel}</Button>
          <Button type="submit" variant="primary" isDisabled={form.formState.isSubmitting}>
            {tt.dialog.save}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
