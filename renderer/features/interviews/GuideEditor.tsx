import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Guide, GuideAudience } from '../../../shared/domain/guide';
import { GUIDE_AUDIENCES } from '../../../shared/domain/guide';
import type { DefinitionIssue } from '../../../shared/guides/versioning';
import { common } from '../../../shared/i18n/nl/common';
import { guides as nl } from '../../../shared/i18n/nl/guides';
import { publishGuide, removeGuideConcept, saveGuideConcept } from '../../db/repositories/guides';
import { Button } from '../../ui/Button';
import { Notice, Page } from '../../ui/Page';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useDebouncedSave } from '../../ui/useDebouncedSave';
import { addSection, moveSection, removeSection } from './editorModel';
import { ed } from '../../../shared/i18n/nl/guideEditor';
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
  // Written after a pause, and at once when the editor is left or the window closes; a failed
  // write is shown and stays pending until the next change or "Opnieuw proberen" writes it.
  const autosave = useDebouncedSave<Guide>({
    source: 'guide',
    delayMs: SAVE_DELAY_MS,
    save: (next: Guide) => saveGuideConcept(next),
  });

  const change = (next: Guide) => {
    setGuide(next);
    setIssues(null);
    autosave.schedule(next);
  };

  const doPublish = async () => {
    if (!(await autosave.flush())) return;
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
              autosave.cancel();
              // A write already under way must not bring the concept back after removing it.
              await autosave.flush();
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
      {autosave.status.kind === 'error' && (
        <Notice tone="error">
          {autosave.status.message}{' '}
          <Button variant="quiet" onPress={() => void autosave.flush()}>
            {common.actions.retry}
          </Button>
        </Notice>
      )}
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
