import { useState } from 'react';
import { GEMEENTE_LABELS, gemeenteSchema, ORGANISATIONS } from '../../../shared/domain/common';
import { CHANNEL_LABELS, CHANNELS, TOPIC_LABELS, TOPICS } from '../../../shared/domain/contactLog';
import { contacts } from '../../../shared/i18n/nl/contacts';
import { SIZE_CLASS_LABELS, SIZE_CLASSES } from '../../../shared/rules/sizeClass';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { formatDutchDate, parseDutchDate } from './contactForm';
import { activeFilterCount, EMPTY_FILTER, organisationLabel, type LogFilter } from './logTable';
import { ui } from '../../../shared/i18n/nl/contactsScreens';

const ALL = '__alle__';
type Opt = { value: string; label: string };

function FilterSelect({ label, options, value, onChange }: { label: string; options: Opt[]; value: string; onChange: (v: string) => void }) {
  return (
    <SelectField
      label={label}
      options={[{ value: ALL, label: ui.logs.all }, ...options]}
      value={value || ALL}
      onChange={(v) => onChange(v === ALL ? '' : v)}
    />
  );
}

/** A Dutch date typed as text; the filter only changes once the text is a real date (or empty). */
function DateFilter({ label, value, onChange }: { label: string; value: string; onChange: (iso: string) => void }) {
  const [text, setText] = useState(value ? formatDutchDate(value) : '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // Cleared from outside ("Filters wissen"): follow it.
    setShown(value);
    setText(value ? formatDutchDate(value) : '');
  }
  const parsed = text.trim() ? parseDutchDate(text) : '';
  return (
    <TextField
      label={label}
      placeholder={ui.quickEntry.datePlaceholder}
      value={text}
      errorMessage={parsed === null ? ui.quickEntry.invalidDate : undefined}
      onChange={(t) => {
        setText(t);
        const iso = t.trim() ? parseDutchDate(t) : '';
        if (iso !== null) {
          setShown(iso);
          onChange(iso);
        }
      }}
    />
  );
}

/** Period, organisation, advisor, channel, topic, gemeente, size class and visibility. */
export function ContactLogFilters({
  filter,
  onChange,
  advisors,
}: {
  filter: LogFilter;
  onChange: (f: LogFilter) => void;
  advisors: Opt[];
}) {
  const set = (key: keyof LogFilter) => (value: string) => onChange({ ...filter, [key]: value });
  const l = ui.logs;
  return (
    <fieldset className="log-filters" aria-label={l.filters}>
      <DateFilter label={l.from} value={filter.from} onChange={set('from')} />
      <DateFilter label={l.to} value={filter.to} onChange={set('to')} />
      <FilterSelect label={l.organisation} options={ORGANISATIONS.map((o) => ({ value: o, label: organisationLabel(o) }))} value={filter.organisation} onChange={set('organisation')} />
      <FilterSelect label={l.advisor} options={advisors} value={filter.advisorId} onChange={set('advisorId')} />
      <FilterSelect label={l.channel} options={CHANNELS.map((c) => ({ value: c, label: CHANNEL_LABELS[c] }))} value={filter.channel} onChange={set('channel')} />
      <FilterSelect label={l.topic} options={TOPICS.map((t) => ({ value: t, label: TOPIC_LABELS[t] }))} value={filter.topic} onChange={set('topic')} />
      <FilterSelect label={l.gemeente} options={gemeenteSchema.options.map((g) => ({ value: g, label: GEMEENTE_LABELS[g] }))} value={filter.gemeente} onChange={set('gemeente')} />
      <FilterSelect label={l.sizeClass} options={SIZE_CLASSES.map((s) => ({ value: s, label: SIZE_CLASS_LABELS[s] }))} value={filter.sizeClass} onChange={set('sizeClass')} />
      <FilterSelect
        label={l.visibility}
        options={[
          { value: 'gedeeld', label: contacts.visibility.gedeeld },
          { value: 'prive', label: contacts.visibility.prive },
        ]}
        value={filter.visibility}
        onChange={set('visibility')}
      />
      {activeFilterCount(filter) > 0 && (
        <Button variant="quiet" className="log-filters-clear" onPress={() => onChange(EMPTY_FILTER)}>
          {l.clear}
        </Button>
      )}
    </fieldset>
  );
}
