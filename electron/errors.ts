import type { IpcError, IpcErrorCode } from '../shared/ipc/contract';
import { nl } from '../shared/i18n/nl/desktop';

/** An expected failure with a code the renderer can act on and a Dutch message it can show. */
export class IpcFailure extends Error {
  readonly code: IpcErrorCode;
  constructor(code: IpcErrorCode, message: string) {
    super(message);
    this.name = 'IpcFailure';
    this.code = code;
  }
}

/** Node's errno code of a failed file-system call (`'ENOENT'`, `'EPERM'`, …), if it has one. */
export function errno(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Turn anything a handler threw into the typed error the renderer receives. Node's errno codes
 * become `not-found`/`exists`/`io`; anything else is `internal` without its (English, possibly
 * path-revealing) message.
 */
export function toIpcError(error: unknown): { error: IpcError; expected: boolean } {
  if (error instanceof IpcFailure) return { error: { code: error.code, message: error.message }, expected: true };
  const code = errno(error);
  switch (code) {
    case undefined:
      return { error: { code: 'internal', message: nl.errors.internal }, expected: false };
    case 'ENOENT':
    case 'ENOTDIR':
      return { error: { code: 'not-found', message: nl.errors.notFound }, expected: true };
    case 'EEXIST':
      return { error: { code: 'exists', message: nl.errors.exists }, expected: true };
    case 'EISDIR':
      return { error: { code: 'invalid-input', message: nl.errors.isFolder }, expected: true };
    default:
      if (/^E[A-Z]+$/.test(code)) return { error: { code: 'io', message: nl.errors.io(code) }, expected: true };
      return { error: { code: 'internal', message: nl.errors.internal }, expected: false };
  }
}
