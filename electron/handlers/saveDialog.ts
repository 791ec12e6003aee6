export type FileFilter = { name: string; extensions: string[] };

/** Shows a save dialog; resolves to the chosen path, or null when the user cancelled. */
export type ShowSaveDialog = (options: { title: string; defaultName: string; filters: FileFilter[] }) => Promise<string | null>;

/**
 * A suggested file name from the renderer, reduced to a plain name that is valid on Windows,
 * macOS and Linux. Separators become `_` rather than folders: "Bakkerij A/B" is a company name,
 * not a path. The dialog shows it; the user can still change it.
 */
export function safeFileName(suggested: string, fallback = 'Veldwerk'): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go.
  const cleaned = suggested.replace(/[<>:"/\\|?*\u0000-\u001f]/g, '_').replace(/^[.\s]+|[.\s]+$/g, '').slice(0, 200);
  return cleaned === '' ? fallback : cleaned;
}
