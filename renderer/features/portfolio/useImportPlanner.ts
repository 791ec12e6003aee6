import { useCallback, useEffect, useRef, useState } from 'react';
import { createDuplicateIndex, type DuplicateIndex } from '../../../shared/rules/dedupe';
import { planFromFile, readImportFile, type ImportOptions, type ImportPreview } from '../../../shared/import/planImport';
import type { ImportFile } from '../../../shared/import/types';
import { rejectedRowsCsv } from '../../../shared/import/rejects';
import { readCompanies } from '../../db/queries/companies';
import { rememberedMapping } from '../../db/repositories/imports';
import { reportBackground } from '../../platform/problemReporter';
import { dedupeKeysOf } from './useDuplicateIndex';
import { px } from '../../../shared/i18n/nl/portfolioScreens';

export type PlannerState =
  | { step: 'choose'; error?: string }
  | { step: 'busy'; message: string }
  | { step: 'preview'; preview: ImportPreview; options: ImportOptions; busy: boolean; remembered: boolean };

/** Let the browser paint the "busy" state before a long synchronous step. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The preview with the mapping remembered for this layout of headings, when there is one and
 * the advisor has not chosen a mapping of their own.
 */
async function planWithMemory(file: ImportFile, index: DuplicateIndex, options: ImportOptions): Promise<{ preview: ImportPreview; remembered: boolean }> {
  const preview = planFromFile(file, index, options);
  if (options.mapping) return { preview, remembered: false };
  // Without the remembered mapping the advisor gets the suggested one; the failure is recorded.
  const saved = await rememberedMapping(preview.headers).catch((error: unknown) => {
    reportBackground('import-mapping', { lostWork: false })(error);
    return null;
  });
  if (!saved || saved.every((f, i) => f === preview.mapping[i])) return { preview, remembered: false };
  return { preview: planFromFile(file, index, { ...options, sheet: preview.sheetIndex, headerRow: preview.headerRow, mapping: saved }), remembered: true };
}

/**
 * Reads the file once, builds the duplicate index once, and re-plans (cheap) whenever the
 * advisor changes sheet, header row, mapping or mode. Nothing here writes to the database.
 */
export function useImportPlanner() {
  const [state, setState] = useState<PlannerState>({ step: 'choose' });
  const file = useRef<{ file: ImportFile; index: DuplicateIndex; bytesName: string } | null>(null);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  const choose = useCallback(async (blob: File) => {
    setState({ step: 'busy', message: px.importScreen.reading(blob.name) });
    await nextFrame();
    try {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const parsed = await readImportFile(bytes, blob.name);
      setState({ step: 'busy', message: px.importScreen.bezigMetControlerenVan });
      await nextFrame();
      const index = createDuplicateIndex((await readCompanies()).map(dedupeKeysOf));
      file.current = { file: parsed, index, bytesName: blob.name };
      const options: ImportOptions = { mode: 'skip-duplicates', withoutKvk: 'add' };
      const { preview, remembered } = await planWithMemory(parsed, index, options);
      setState({ step: 'preview', preview, options: { ...options, mapping: remembered ? preview.mapping : undefined }, busy: false, remembered });
    } catch (e) {
      setState({ step: 'choose', error: e instanceof Error ? e.message : String(e) });
    }
  }, []);

  const replan = useCallback((patch: ImportOptions) => {
    setState((old) => {
      if (old.step !== 'preview' || !file.current) return old;
      const options = { ...old.options, ...patch };
      // A new sheet or header row means new headings: let the mapping be suggested again.
      const newHeadings = patch.sheet !== undefined || patch.headerRow !== undefined;
      if (newHeadings) delete options.mapping;
      if (patch.sheet !== undefined) delete options.headerRow;
      if (pending.current) clearTimeout(pending.current);
      pending.current = setTimeout(() => {
        const current = file.current;
        if (!current) return;
        void (async () => {
          const { preview, remembered } = newHeadings
            ? await planWithMemory(current.file, current.index, options)
            : { preview: planFromFile(current.file, current.index, options), remembered: old.remembered && !patch.mapping };
          if (file.current !== current) return;
          setState({ step: 'preview', preview, options: { ...options, mapping: preview.mapping }, busy: false, remembered });
        })();
      }, 30);
      return { ...old, options, busy: true };
    });
  }, []);

  useEffect(() => () => void (pending.current && clearTimeout(pending.current)), []);

  const reset = useCallback(() => {
    file.current = null;
    setState({ step: 'choose' });
  }, []);

  /** The skipped and refused rows of the current preview, as CSV for Dutch Excel. */
  const rejects = useCallback((preview: ImportPreview) => {
    const sheet = file.current?.file.sheets[preview.sheetIndex];
    return rejectedRowsCsv(sheet?.rows ?? [], preview.headers, preview.plan);
  }, []);

  return { state, choose, replan, reset, rejects, fileName: file.current?.bytesName ?? '' };
}
