import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import type { Guide, GuideAudience } from '../../../shared/domain/guide';
import { GUIDE_AUDIENCES } from '../../../shared/domain/guide';
import type { DefinitionIssue } from '../../../shared/guides/versioning';
import { guides as nl } from '../../../shared/i18n/nl/guides';
import { publishGuide, removeGuideConcept, saveGuideConcept } from '../../db/repositories/guides';
import { Button } from '../../ui/Button';
import { Notice, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { addSection, moveSection, removeSection } from './editorModel';
import { ed } from './editorTexts';
import { GuidePreview } from './GuidePreview';
import { SectionEditor } from './SectionEditor';

const SAVE_DELAY_MS = 500;

/** Editing an unused concept version: every change is saved; "Publiceren" freezes it. */
export function GuideEditor({ initial }: { initial: Guide }) {
  const navigate = useNavigate();
  const [guide, setGuide] = useState(initial);
  const [issues, setIssues] = useState<DefinitionIssue[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState(false);
  const pending = useRef<Guide | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const save = async () => {
    if (timer.current) clearTimeout(timer.current);
    const next = pending.current;
    pending.current = null;
    if (next)
      await saveGuideConcept(next).catch((e: unknown) =>
        setError(e instanceof Error ? e.message : String(e)),
      );
  };
  const change = (next: Guide) => {
    setGuide(next);
    setIssues(null);
    pending.current = next;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), SAVE_DELAY_MS);
  };
  // Leaving the editor saves what is pending.
  useEffect(() => () => void save(), []);

  const doPublish = async () => {
    await save();
    const result = await publishGuide(guide);
    if (!result.ok) {
      setIssues(result.issues);
      return;
    }
    navigate(`/gesprekken/handleidingen/${guide.id}`, {
      replace: true,
      state: { published: guide.version },
    });
  };

  return (
    <Page
      title={guide.title || nl.definition.noTitle}
      description={ed.concept(guide.version)}
      actions={
        <>
          <Button onPress={() => setPreview((p) => !p)} aria-expanded={preview}>
            {preview ? ed.hidePreview : ed.preview}
          </Button>
          <Button
            variant="quiet"
            onPress={async () => {
              pending.current = null;
              await removeGuideConcept(guide).catch((e: unknown) => setError(String(e)));
              navigate('/gesprekken/handleidingen');
            }}
          >
            {ed.removeConcept}
          </Button>
          <Button variant="primary" onPress={() => void doPublish()}>
            {ed.publish}
          </Button>
        </>
      }
    >
      {error && <Notice tone="error">{error}</Notice>}
      {issues && issues.length > 0 && (
        <Notice tone="error" title={ed.publishErrors}>
          <ul>
            {issues.map((i, n) => (
              <li key={n}>{i.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      <div className={preview ? 'editor-layout with-preview' : 'editor-layout'}>
        <div className="editor-main">
          <div className="card">
            <TextField
              label={ed.title}
              value={guide.title}
              onChange={(title) => change({ ...guide, title })}
            />
            <TextField
              label={ed.description}
              value={guide.description}
              onChange={(description) => change({ ...guide, description })}
              multiline
              rows={2}
            />
            <SelectField<GuideAudience>
              label={ed.audience}
              options={GUIDE_AUDIENCES.map((a) => ({ value: a, label: nl.audiences[a] }))}
              value={guide.audience}
              onChange={(audience) => change({ ...guide, audience })}
            />
          </div>
          {guide.sections.map((s, i) => (
            <SectionEditor
              key={i}
              guide={guide}
              index={i}
              onChange={change}
              onMove={(dir) => change(moveSection(guide, i, dir))}
              onRemove={() => change(removeSection(guide, i))}
            />
          ))}
          <Button onPress={() => change(addSection(guide, ed.newSection))}>{ed.addSection}</Button>
        </div>
        {preview && (
          <aside className="editor-preview" aria-label={ed.preview}>
            <GuidePreview guide={guide} />
          </aside>
        )}
      </div>
    </Page>
  );
}
