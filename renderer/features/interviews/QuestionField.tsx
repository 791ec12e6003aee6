import { memo, useId, useState, type ReactNode } from 'react';
import type { AnswerValue, Guide, Question } from '../../../shared/domain/guide';
import { choiceOptions, OTHER_VALUE } from '../../../shared/guides/engine';
import { Button } from '../../ui/Button';
import { TermText } from '../../ui/TermText';
import { TextField } from '../../ui/TextField';
import type { TextOf } from './guideLayout';
import { CheckboxGroupField } from '../../ui/CheckboxGroupField';
import { RadioGroupField } from '../../ui/RadioGroupField';
import { SelectField } from '../../ui/SelectField';
import { tx } from '../../../shared/i18n/nl/interviewsScreens';

export type QuestionFieldProps = {
  guide: Pick<Guide, 'choiceLists'>;
  item: Question;
  value: AnswerValue | undefined;
  otherText: string | undefined;
  error: string | undefined;
  showHint: boolean;
  text: TextOf;
  onAnswer: (key: string, value: AnswerValue) => void;
  onOtherText: (key: string, text: string) => void;
};

const t = tx.conduct;
/** Long lists read better as a dropdown than as a column of radio buttons. */
const RADIO_LIMIT = 8;

function numberText(value: AnswerValue | undefined): string {
  if (typeof value === 'number') return String(value).replace('.', ',');
  return typeof value === 'string' ? value : '';
}

function parseNumber(raw: string): AnswerValue {
  const s = raw.trim();
  if (s === '') return null;
  const n = Number(s.replace(/\s/g, '').replace(',', '.'));
  // Keep what was typed when it is not a number, so the validation message can point at it.
  return Number.isFinite(n) ? n : raw;
}

/**
 * One question of any kind, bound to its answer. Memoised: typing re-renders one field.
 * Known begrippen are explained: passively (underline and title) in the label and the option
 * labels, so their accessible names stay the plain text; with focusable hints in the toelichting.
 */
export const QuestionField = memo(function QuestionField(props: QuestionFieldProps) {
  const { guide, item, value, otherText, error, text, onAnswer, onOtherText } = props;
  const [hintOpen, setHintOpen] = useState(false);
  const [numberDraft, setNumberDraft] = useState(() => numberText(value));
  const hintId = useId();
  const label = (
    <>
      <TermText text={text(item.label)} passive />
      {item.required ? ' *' : ''}
    </>
  );
  const hint = item.hint ? text(item.hint) : undefined;
  const showHint = props.showHint || hintOpen;
  const set = (v: AnswerValue) => onAnswer(item.key, v);
  const strValue = typeof value === 'string' ? value : '';

  let control: ReactNode;
  let hasOther = false;
  switch (item.kind) {
    case 'text':
    case 'longtext':
      control = (
        <TextField
          rows={3}
          label={label}
          value={strValue}
          onChange={set}
          multiline={item.kind === 'longtext'}
          errorMessage={error}
          isRequired={item.required}
          aria-describedby={showHint && hint ? hintId : undefined}
        />
      );
      break;
    case 'number':
      control = (
        <TextField
          rows={3}
          label={
            item.unit ? (
              <>
                {label} ({item.unit})
              </>
            ) : (
              label
            )
          }
          value={numberDraft}
          inputMode="decimal"
          onChange={(raw) => {
            setNumberDraft(raw);
            set(parseNumber(raw));
          }}
          errorMessage={error}
          isRequired={item.required}
        />
      );
      break;
    case 'date':
      control = (
        <TextField
          rows={3}
          label={label}
          type="date"
          value={strValue}
          onChange={(v) => set(v || null)}
          errorMessage={error}
          isRequired={item.required}
        />
      );
      break;
    case 'yesno':
      control = (
        <RadioGroupField
          label={label}
          orientation="horizontal"
          options={[
            { value: 'ja', label: t.yes },
            { value: 'nee', label: t.no },
          ]}
          value={value === 'ja' || value === 'nee' ? value : null}
          onChange={set}
          errorMessage={error}
          isRequired={item.required}
        />
      );
      break;
    case 'scale': {
      const options = Array.from({ length: item.max - item.min + 1 }, (_, i) => {
        const n = item.min + i;
        const extra = n === item.min ? item.minLabel : n === item.max ? item.maxLabel : undefined;
        return {
          value: String(n),
          label: extra ? <TermText text={`${n} (${text(extra)})`} passive /> : String(n),
        };
      });
      control = (
        <RadioGroupField
          label={label}
          orientation="horizontal"
          options={options}
          value={typeof value === 'number' ? String(value) : null}
          onChange={(v) => set(Number(v))}
          errorMessage={error}
          isRequired={item.required}
        />
      );
      break;
    }
    case 'single': {
      const options = choiceOptions(guide, item).map((c) => ({
        value: c.value,
        label: text(c.label),
      }));
      hasOther = Boolean(item.other) && value === OTHER_VALUE;
      const selected = typeof value === 'string' ? value : null;
      control =
        options.length > RADIO_LIMIT ? (
          <SelectField
            placeholder={tx.conduct.choose}
            label={label}
            options={options}
            value={selected}
            onChange={set}
            errorMessage={error}
            isRequired={item.required}
          />
        ) : (
          <RadioGroupField
            label={label}
            options={options.map((o) => ({ ...o, label: <TermText text={o.label} passive /> }))}
            value={selected}
            onChange={set}
            errorMessage={error}
            isRequired={item.required}
          />
        );
      break;
    }
    case 'multi': {
      const options = choiceOptions(guide, item).map((c) => ({
        value: c.value,
        label: <TermText text={text(c.label)} passive />,
      }));
      const selected = Array.isArray(value) ? value : [];
      hasOther = Boolean(item.other) && selected.includes(OTHER_VALUE);
      control = (
        <CheckboxGroupField
          label={label}
          options={options}
          value={selected}
          onChange={(v) => set(v.length > 0 ? v : null)}
          errorMessage={error}
          columns={options.length > 6 ? 2 : 1}
        />
      );
      break;
    }
  }

  const clearable =
    (item.kind === 'yesno' || item.kind === 'single' || item.kind === 'scale') &&
    value !== undefined &&
    value !== null;
  return (
    <>
      {control}
      {hasOther && (
        <div className="q-other">
          <TextField
            label={t.otherText}
            value={otherText ?? ''}
            onChange={(v) => onOtherText(item.key, v)}
          />
        </div>
      )}
      {(hint || clearable) && (
        <div className="q-tools no-print">
          {hint && !props.showHint && (
            <Button
              variant="quiet"
              className="q-hint-toggle"
              data-hint-toggle
              aria-expanded={hintOpen}
              onPress={() => setHintOpen((o) => !o)}
            >
              {t.hint}
            </Button>
          )}
          {clearable && (
            <Button variant="quiet" data-hint-toggle onPress={() => set(null)}>
              {t.clear}
            </Button>
          )}
        </div>
      )}
      {hint && showHint && (
        <p className="q-hint" id={hintId}>
          <TermText text={hint} />
        </p>
      )}
    </>
  );
});
