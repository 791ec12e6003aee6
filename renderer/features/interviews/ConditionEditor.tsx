import type { Condition, Guide, Item, Scalar } from '../../../shared/domain/guide';
import { isQuestion } from '../../../shared/domain/guide';
import { choiceOptions } from '../../../shared/guides/engine';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ed } from '../../../shared/i18n/nl/guideEditor';

type Op = 'eq' | 'neq' | 'answered' | 'includes';
type Simple = { q: string; op: Op; value: string };

/** The forms the builder edits; anything else (all/any, lists) is shown and can be removed. */
function toSimple(c: Condition | undefined): Simple | null | 'complex' {
  if (!c) return null;
  if ('not' in c)
    return 'q' in c.not && 'eq' in c.not
      ? { q: c.not.q, op: 'neq', value: String(c.not.eq) }
      : 'complex';
  if ('q' in c && 'eq' in c) return { q: c.q, op: 'eq', value: String(c.eq) };
  if ('q' in c && 'answered' in c) return { q: c.q, op: 'answered', value: '' };
  if ('q' in c && 'includes' in c) return { q: c.q, op: 'includes', value: c.includes };
  return 'complex';
}

function toCondition(s: Simple, ref: Item | undefined): Condition {
  const value: Scalar =
    ref &&
    (ref.kind === 'number' || ref.kind === 'scale') &&
    s.value.trim() !== '' &&
    Number.isFinite(Number(s.value))
      ? Number(s.value)
      : s.value;
  if (s.op === 'answered') return { q: s.q, answered: true };
  if (s.op === 'includes') return { q: s.q, includes: s.value || 'x' };
  if (s.op === 'neq') return { not: { q: s.q, eq: value } };
  return { q: s.q, eq: value };
}

const describe = (c: Condition): string => JSON.stringify(c);
const NONE = '_altijd';

/** A sensible first value when a question is picked: "ja", or its first choice. */
function firstValue(guide: Pick<Guide, 'choiceLists'>, ref: Item | undefined): string {
  if (ref?.kind === 'yesno') return 'ja';
  if (ref && (ref.kind === 'single' || ref.kind === 'multi'))
    return choiceOptions(guide, ref)[0]?.value ?? '';
  return '';
}

/** "Alleen tonen als …": question + operator + value, for conditions on earlier questions. */
export function ConditionEditor({
  guide,
  value,
  earlier,
  onChange,
}: {
  guide: Pick<Guide, 'choiceLists'>;
  value: Condition | undefined;
  earlier: Item[];
  onChange: (c: Condition | undefined) => void;
}) {
  const simple = toSimple(value);
  if (simple === 'complex') {
    return (
      <div className="condition-editor">
        <p className="field-label">{ed.condition}</p>
        <p className="muted">
          {ed.complexCondition} <code>{describe(value!)}</code>
        </p>
        <Button variant="quiet" onPress={() => onChange(undefined)}>
          {ed.removeCondition}
        </Button>
      </div>
    );
  }
  const questions = earlier.filter(isQuestion);
  const ref = questions.find((q) => q.key === simple?.q);
  const values =
    ref?.kind === 'yesno'
      ? [
          { value: 'ja', label: ed.yes },
          { value: 'nee', label: ed.no },
        ]
      : ref && (ref.kind === 'single' || ref.kind === 'multi')
        ? choiceOptions(guide, ref).map((c) => ({ value: c.value, label: c.label }))
        : null;
  const ops: { value: Op; label: string }[] = [
    { value: 'eq', label: ed.ops.eq },
    { value: 'neq', label: ed.ops.neq },
    { value: 'answered', label: ed.ops.answered },
    ...(ref?.kind === 'multi' ? [{ value: 'includes' as const, label: ed.ops.includes }] : []),
  ];
  const set = (patch: Partial<Simple>) => {
    const next: Simple = {
      q: simple?.q ?? '',
      op: simple?.op ?? 'eq',
      value: simple?.value ?? '',
      ...patch,
    };
    if (!next.q) return onChange(undefined);
    const nextRef = questions.find((q) => q.key === next.q);
    if (next.op === 'includes' && nextRef?.kind !== 'multi') next.op = 'eq';
    onChange(toCondition(next, nextRef));
  };
  return (
    <div className="condition-editor">
      <SelectField
        label={ed.condition}
        options={[
          { value: NONE, label: ed.always },
          ...questions.map((q) => ({ value: q.key, label: `${q.key}: ${q.label.slice(0, 60)}` })),
        ]}
        value={simple?.q ?? NONE}
        onChange={(q) =>
          q === NONE
            ? onChange(undefined)
            : set({
                q,
                value:
                  q === simple?.q
                    ? (simple?.value ?? '')
                    : firstValue(
                        guide,
                        questions.find((x) => x.key === q),
                      ),
              })
        }
      />
      {simple && (
        <div className="condition-row">
          <SelectField
            label={ed.operator}
            options={ops}
            value={simple.op}
            onChange={(op) => set({ op })}
          />
          {simple.op !== 'answered' &&
            (values ? (
              <SelectField
                label={ed.conditionValue}
                options={values}
                value={simple.value || null}
                onChange={(v) => set({ value: v })}
              />
            ) : (
              <TextField
                label={ed.conditionValue}
                value={simple.value}
                onChange={(v) => set({ value: v })}
              />
            ))}
        </div>
      )}
    </div>
  );
}
