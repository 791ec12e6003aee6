import { useState } from 'react';
import type { Guide, Item, ItemKind, Section } from '../../../shared/domain/guide';
import { Button } from '../../ui/Button';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import {
  addItem,
  earlierItems,
  moveItem,
  removeItem,
  replaceItem,
  updateSection,
  type Dir,
} from './editorModel';
import { ed } from '../../../shared/i18n/nl/guideEditor';
import { ItemEditor } from './ItemEditor';

const KINDS = Object.entries(ed.kinds).map(([value, label]) => ({
  value: value as ItemKind,
  label,
}));

/** One section: its title, key and intro, its items in order, and adding a new item. */
export function SectionEditor({
  guide,
  index,
  onChange,
  onMove,
  onRemove,
}: {
  guide: Guide;
  index: number;
  onChange: (guide: Guide) => void;
  onMove: (dir: Dir) => void;
  onRemove: () => void;
}) {
  const section: Section = guide.sections[index]!;
  const [kind, setKind] = useState<ItemKind>('yesno');
  const total = guide.sections.length;
  return (
    <section className="card section-editor" aria-labelledby={`se-${section.key}`}>
      <div className="section-editor-head">
        <h2 id={`se-${section.key}`}>
          {index + 1}. {section.title}
        </h2>
        <div className="row-buttons">
          <Button
            variant="quiet"
            aria-label={`${ed.up}: sectie ${section.title}`}
            isDisabled={index === 0}
            onPress={() => onMove(-1)}
          >
            ↑
          </Button>
          <Button
            variant="quiet"
            aria-label={`${ed.down}: sectie ${section.title}`}
            isDisabled={index === total - 1}
            onPress={() => onMove(1)}
          >
            ↓
          </Button>
          <Button
            variant="quiet"
            aria-label={`${ed.remove}: sectie ${section.title}`}
            onPress={onRemove}
          >
            ✕
          </Button>
        </div>
      </div>
      <div className="field-row">
        <TextField
          label={ed.sectionTitle}
          value={section.title}
          onChange={(title) => onChange(updateSection(guide, index, { title }))}
        />
        <TextField
          label={ed.sectionKey}
          value={section.key}
          onChange={(key) => onChange(updateSection(guide, index, { key }))}
        />
      </div>
      <TextField
        label={ed.sectionIntro}
        value={section.intro ?? ''}
        onChange={(intro) => onChange(updateSection(guide, index, { intro: intro || undefined }))}
        multiline
        rows={2}
      />
      <ol className="item-list">
        {section.items.map((item, ii) => (
          <ItemEditor
            key={item.key}
            guide={guide}
            item={item}
            position={{ index: ii, total: section.items.length }}
            earlier={earlierItems(guide, index, ii)}
            onChange={(next: Item) => onChange(replaceItem(guide, index, ii, next))}
            onMove={(dir) => onChange(moveItem(guide, index, ii, dir))}
            onRemove={() => onChange(removeItem(guide, index, ii))}
          />
        ))}
      </ol>
      <div className="add-item">
        <SelectField label={ed.newItemKind} options={KINDS} value={kind} onChange={setKind} />
        <Button onPress={() => onChange(addItem(guide, index, kind, ed.newQuestion))}>
          {ed.addItem}
        </Button>
      </div>
    </section>
  );
}
