import { useState } from 'react';
import type { Guide, Item, ItemKind } from '../../../shared/domain/guide';
import { isQuestion } from '../../../shared/domain/guide';
import { Button } from '../../ui/Button';
import { CheckboxField } from '../../ui/CheckboxField';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { ChoicesEditor } from './ChoicesEditor';
import { ConditionEditor } from './ConditionEditor';
import { changeKind, type Dir } from './editorModel';
import { ed } from '../../../shared/i18n/nl/guideEditor';

type Props = {
  guide: Guide;
  item: Item;
  position: { index: number; total: number };
  earlier: Item[];
  onChange: (item: Item) => void;
  onMove: (dir: Dir) => void;
  onRemove: () => void;
};

const KINDS = Object.entries(ed.kinds).map(([value, label]) => ({
  value: value as ItemKind,
  label,
}));
const CUSTOM = '_eigen';
const num = (s: string) =>
  s.trim() === '' || !Number.isFinite(Number(s.replace(',', '.')))
    ? undefined
    : Number(s.replace(',', '.'));
const str = (n: number | undefined) => (n === undefined ? '' : String(n));

/** One question or text block: a summary line with move/remove, the fields when opened. */
export function ItemEditor({ guide, item, position, earlier, onChange, onMove, onRemove }: Props) {
  const [open, setOpen] = useState(false);
  // The key is committed on blur: it is the React key of this editor, so changing it per
  // keystroke would remount the field under the cursor.
  const [keyDraft, setKeyDraft] = useState(item.key);
  const title = isQuestion(item) ? item.label : (item.label ?? item.text);
  const set = (patch: Record<string, unknown>) => {
    const next = { ...item, ...patch } as Record<string, unknown>;
    for (const k of Object.keys(next))
      if (next[k] === undefined || next[k] === '')
        if (k !== 'label' && k !== 'text' && k !== 'key') delete next[k];
    onChange(next as Item);
  };
  const lists = Object.keys(guide.choiceLists);

  return (
    <li className={`item-editor${open ? ' is-open' : ''}`}>
      <div className="item-summary">
        <span className="item-kind">{ed.kinds[item.kind]}</span>
        <span className="item-title">{title}</span>
        <code className="item-key">{item.key}</code>
        {item.relevant && <span className="item-flag">{ed.condition.toLowerCase()}</span>}
        <div className="row-buttons">
          <Button
            variant="quiet"
            aria-expanded={open}
            aria-label={`${open ? ed.close : ed.edit}: ${title}`}
            onPress={() => setOpen((o) => !o)}
          >
            {open ? ed.close : ed.edit}
          </Button>
          <Button
            variant="quiet"
            aria-label={`${ed.up}: ${title}`}
            isDisabled={position.index === 0}
            onPress={() => onMove(-1)}
          >
            ↑
          </Button>
          <Button
            variant="quiet"
            aria-label={`${ed.down}: ${title}`}
            isDisabled={position.index === position.total - 1}
            onPress={() => onMove(1)}
          >
            ↓
          </Button>
          <Button variant="quiet" aria-label={`${ed.remove}: ${title}`} onPress={onRemove}>
            ✕
          </Button>
        </div>
      </div>
      {open && (
        <div className="item-fields">
          <div className="field-row">
            <SelectField
              label={ed.kind}
              options={KINDS}
              value={item.kind}
              onChange={(k) => onChange(changeKind(item, k))}
            />
            <TextField
              label={ed.key}
              value={keyDraft}
              onChange={setKeyDraft}
              onBlur={() =>
                keyDraft.trim() && keyDraft !== item.key && set({ key: keyDraft.trim() })
              }
            />
          </div>
          {isQuestion(item) ? (
            <>
              <TextField
                label={ed.label}
                value={item.label}
                onChange={(label) => set({ label })}
                multiline
                rows={2}
              />
              <TextField
                label={ed.hint}
                value={item.hint ?? ''}
                onChange={(hint) => set({ hint })}
                multiline
                rows={2}
              />
              <CheckboxField
                label={ed.required}
                isSelected={item.required === true}
                onChange={(required) => set({ required: required || undefined })}
              />
            </>
          ) : (
            <>
              <TextField
                label={ed.blockTitle}
                value={item.label ?? ''}
                onChange={(label) => set({ label })}
              />
              <TextField
                label={ed.text}
                value={item.text}
                onChange={(text) => set({ text })}
                multiline
                rows={3}
              />
            </>
          )}
          {(item.kind === 'single' || item.kind === 'multi') && (
            <>
              <SelectField
                label={ed.choiceList}
                options={[
                  { value: CUSTOM, label: ed.ownChoices },
                  ...lists.map((l) => ({ value: l, label: l })),
                ]}
                value={item.choiceList ?? CUSTOM}
                onChange={(l) =>
                  set(
                    l === CUSTOM
                      ? { choiceList: undefined, choices: item.choices ?? [] }
                      : { choiceList: l, choices: undefined },
                  )
                }
              />
              {!item.choiceList && (
                <ChoicesEditor
                  choices={item.choices ?? []}
                  onChange={(choices) => set({ choices })}
                />
              )}
              <CheckboxField
                label={ed.other}
                isSelected={item.other === true}
                onChange={(other) => set({ other: other || undefined })}
              />
            </>
          )}
          {item.kind === 'number' && (
            <div className="field-row">
              <TextField
                label={ed.min}
                value={str(item.min)}
                onChange={(v) => set({ min: num(v) })}
              />
              <TextField
                label={ed.max}
                value={str(item.max)}
                onChange={(v) => set({ max: num(v) })}
              />
              <TextField
                label={ed.unit}
                value={item.unit ?? ''}
                onChange={(unit) => set({ unit })}
              />
            </div>
          )}
          {item.kind === 'scale' && (
            <div className="field-row">
              <TextField
                label={ed.min}
                value={str(item.min)}
                onChange={(v) => set({ min: num(v) ?? 1 })}
              />
              <TextField
                label={ed.max}
                value={str(item.max)}
                onChange={(v) => set({ max: num(v) ?? 5 })}
              />
              <TextField
                label={ed.minLabel}
                value={item.minLabel ?? ''}
                onChange={(minLabel) => set({ minLabel })}
              />
              <TextField
                label={ed.maxLabel}
                value={item.maxLabel ?? ''}
                onChange={(maxLabel) => set({ maxLabel })}
              />
            </div>
          )}
          <ConditionEditor
            guide={guide}
            value={item.relevant}
            earlier={earlier}
            onChange={(relevant) => set({ relevant })}
          />
          <SelectField
            label={ed.indent}
            options={[
              { value: CUSTOM, label: ed.indentAuto },
              ...earlier.map((e) => ({ value: e.key, label: e.key })),
            ]}
            value={item.indentUnder ?? CUSTOM}
            onChange={(v) => set({ indentUnder: v === CUSTOM ? undefined : v })}
          />
        </div>
      )}
    </li>
  );
}
