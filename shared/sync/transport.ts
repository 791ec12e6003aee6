import { sync as t } from '../i18n/nl/sync';

/** A file on the target; `path` is relative to the target root and uses `/`. */
export type TargetEntry = { path: string; size: number; mtimeMs: number };

/**
 * The one interface both transports (folder in the main process, WebDAV) implement. Files are
 * immutable: `writeNew` publishes a complete file atomically (temp name + rename) and fails
 * with `exists` rather than overwrite.
 */
export type SyncTransport = {
  /** Every file under `prefix` (recursively); an absent prefix folder gives an empty list. */
  list(prefix: string): Promise<TargetEntry[]>;
  read(path: string): Promise<Uint8Array>;
  writeNew(path: string, bytes: Uint8Array): Promise<void>;
  remove?(path: string): Promise<void>;
  /** Where this transport points, for messages ("\\\\server\\team", "https://dav.example.nl/"). */
  describe(): string;
};

export type TransportErrorKind = 'unreachable' | 'unauthorized' | 'not-found' | 'exists' | 'too-large' | 'io';

export class TransportError extends Error {
  readonly kind: TransportErrorKind;
  /** Dutch sentence for the user. */
  readonly userMessage: string;

  constructor(kind: TransportErrorKind, userMessage: string, detail?: string) {
    super(detail ? `${kind}: ${detail}` : kind);
    this.name = 'TransportError';
    this.kind = kind;
    this.userMessage = userMessage;
  }
}

/** Factories, so every transport reports the same kind with the same wording. */
export const transportError = {
  unreachable: (where: string, detail?: string) => new TransportError('unreachable', t.transport.unreachable(where), detail),
  unauthorized: (where: string, detail?: string) => new TransportError('unauthorized', t.transport.unauthorized(where), detail),
  notFound: (path: string) => new TransportError('not-found', t.transport.notFound(path), path),
  exists: (path: string) => new TransportError('exists', t.transport.exists(path), path),
  io: (where: string, detail: string) => new TransportError('io', t.transport.io(where, detail), detail),
  /** The server refused the upload as too large (HTTP 413): the engine splits it. */
  tooLarge: (where: string, detail: string) => new TransportError('too-large', t.transport.tooLarge(where), detail),
};

export function isTransportError(error: unknown, kind?: TransportErrorKind): error is TransportError {
  return error instanceof TransportError && (kind === undefined || error.kind === kind);
}
