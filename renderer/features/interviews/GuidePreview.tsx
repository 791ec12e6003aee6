import { useCallback, useMemo, useState } from 'react';
import type { AnswerValue, Guide } from '../../../shared/domain/guide';
import { validate } from '../../../shared/guides/engine';
import { GuideSections } from './GuideSections';
import { textFor } from './guideLayout';

/** The editor's preview: the same engine as a real interview, with throwaway answers. */
export function GuidePreview({ guide }: { guide: Guide }) {
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>({});
  const [otherTexts, setOtherTexts] = useState<Record<string, string>>({});
  const text = useMemo(() => textFor(guide, null), [guide]);
  const onAnswer = useCallback(
    (key: string, value: AnswerValue) => setAnswers((a) => ({ ...a, [key]: value })),
    [],
  );
  const onOther = useCallback(
    (key: string, t: string) => setOtherTexts((o) => ({ ...o, [key]: t })),
    [],
  );
  const errors = new Map(
    validate(guide, answers, otherTexts)
      .filter((i) => i.rule !== 'required')
      .map((i) => [i.key, i.message]),
  );
  return (
    <div className="guide-preview" aria-label="Voorbeeld">
      <GuideSections
        guide={guide}
        answers={answers}
        otherTexts={otherTexts}
        errors={errors}
        showHints={false}
        text={text}
        onAnswer={onAnswer}
        onOtherText={onOther}
        idPrefix="voorbeeld-"
      />
    </div>
  );
}
