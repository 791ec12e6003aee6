import type { AdvisorFacts } from '../../db/queries/alignment';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { TextField } from '../../ui/TextField';
import { orgShort } from './labels';
import { ui } from '../../../shared/i18n/nl/alignmentScreens';
import type { Draft } from './useMeetingDraft';
import { DutchDateField } from './DutchDateField';
import { alignmentReach as t } from '../../../shared/i18n/nl/alignmentReach';

/** Date, period, participants and notes of a meeting. */
export function MeetingDetails({
  draft,
  advisors,
  onChange,
}: {
  draft: Draft;
  advisors: AdvisorFacts[];
  onChange: (patch: Partial<Draft>) => void;
}) {
  // Participants who are no longer in the advisors table (removed, or not yet synced) stay listed.
  const known = new Set(advisors.map((a) => a.id));
  const options = [
    ...advisors.map((a) => ({ value: a.id, label: `${a.name} · ${orgShort(a.organisation)}` })),
    ...draft.participants.filter((p) => !known.has(p.advisorId)).map((p) => ({ value: p.advisorId, label: `${p.name} · ${orgShort(p.organisation)}` })),
  ];
  return (
    <section className="card meeting-details" aria-labelledby="meeting-details-title">
      <h2 id="meeting-details-title" className="visually-hidden">
        {t.meeting.detailsTitle}
      </h2>
      <div className="field-row three">
        <DutchDateField label={ui.meeting.date} value={draft.date} onChange={(date) => date && onChange({ date })} isRequired />
        <DutchDateField
          label={t.meeting.periodFrom}
          value={draft.periodStart}
          onChange={(periodStart) => periodStart && onChange({ periodStart })}
          isRequired
        />
        <DutchDateField
          label={t.meeting.periodTo}
          value={draft.periodEnd}
          onChange={(periodEnd) => periodEnd && onChange({ periodEnd })}
          errorMessage={draft.periodEnd < draft.periodStart ? ui.period.invalid : undefined}
          isRequired
        />
      </div>
      {options.length === 0 ? (
        <p className="muted">{ui.meeting.noAdvisors}</p>
      ) : (
        <CheckboxGroupField
          label={ui.meeting.participants}
          columns={3}
          options={options}
          value={draft.participants.map((p) => p.advisorId)}
          onChange={(ids) =>
            onChange({
              participants: ids.flatMap((id) => {
                const kept = draft.participants.find((p) => p.advisorId === id);
                if (kept) return [kept];
                const a = advisors.find((x) => x.id === id);
                return a ? [{ advisorId: a.id, name: a.name, organisation: a.organisation }] : [];
              }),
            })
          }
        />
      )}
      <TextField
        label={ui.meeting.notes}
        description={ui.meeting.notesHelp}
        multiline
        rows={5}
        value={draft.notes}
        onChange={(notes) => onChange({ notes })}
      />
    </section>
  );
}
