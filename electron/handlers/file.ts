import type { IpcRequest, IpcResponses } from '../../shared/ipc/contract';
import { nl } from '../../shared/i18n/nl/desktop';
import { writeAtomic, type AtomicWriteDeps } from './atomicWrite';
import { safeFileName, type ShowSaveDialog } from './saveDialog';

export type FileDeps = AtomicWriteDeps & { showSaveDialog: ShowSaveDialog };

/** Save bytes the renderer produced (CSV, XLSX, JSON) to a file the user picks. */
export async function saveFileAs(deps: FileDeps, req: IpcRequest<'file:saveAs'>): Promise<IpcResponses['file:saveAs']> {
  const filePath = await deps.showSaveDialog({
    title: nl.dialog.saveFile,
    defaultName: safeFileName(req.suggestedName),
    filters: req.filters ?? [],
  });
  if (filePath === null) return { saved: false };
  // The save dialog already asked the user whether to replace an existing file.
  await writeAtomic(deps, filePath, req.bytes, { overwrite: true });
  return { saved: true, path: filePath };
}
