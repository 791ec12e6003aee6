import fs from 'node:fs';
import path from 'node:path';
import type { LogFile, LogMessage, NodeLogger } from 'electron-log';

/**
 * The main process's log: a rotating file in the user data folder (`logs/main.log`, at most
 * 1 MB, with three older files beside it), written by electron-log. It is for an administrator
 * who helps an advisor, so it holds what went wrong and where in the code, and never who or
 * what the advisor was working on: every line passes `scrub` before it is written.
 */

export const LOG_FILE = 'main.log';
export const LOG_MAX_BYTES = 1024 * 1024;
export const LOG_KEEP_OLD = 3;

export function logsDirOf(userData: string): string {
  return path.join(userData, 'logs');
}

/** The logger the rest of main uses; the slice of electron-log's API we rely on. */
export type MainLog = Pick<NodeLogger, 'error' | 'warn' | 'info'>;

export type ScrubContext = { home?: string; userData?: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Remove what could identify a person or reveal their work from a log line: the user's home
 * folder and account name in paths, e-mail addresses, phone numbers, credentials in URLs and
 * headers, and the query of any URL. What is left says which code failed and how.
 */
export function scrub(text: string, context: ScrubContext = {}): string {
  let out = text;
  for (const [folder, label] of [
    [context.userData, '<gebruikersgegevens>'],
    [context.home, '~'],
  ] as const) {
    if (!folder || folder.length < 2) continue;
    const variants = new Set([folder, folder.replace(/\\/g, '/'), folder.replace(/\//g, '\\')]);
    for (const variant of variants)
      out = out.replace(new RegExp(escapeRegExp(variant), 'gi'), label);
  }
  return (
    out
      // Account names in home folders the context did not name (another user, a network profile).
      .replace(/([a-z]:\\(?:users|documents and settings)\\)[^\\/\s'"]+/gi, '$1<gebruiker>')
      .replace(/(\/(?:home|Users)\/)[^/\s'"]+/g, '$1<gebruiker>')
      // Credentials and personal identifiers.
      .replace(/\b(basic|bearer)\s+[A-Za-z0-9+/=._~-]+/gi, '$1 <verborgen>')
      .replace(/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1<verborgen>@')
      .replace(/[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}/gi, '<e-mail>')
      .replace(/(\+31|0031|\b0)[\s-]?[1-9](?:[\s-]?\d){8}\b/g, '<telefoon>')
      // The query of a URL can carry names and search terms.
      .replace(/(\b[a-z][a-z0-9+.-]*:\/\/[^\s?#'"]*)\?[^\s#'"]*/gi, '$1?<verborgen>')
  );
}

/** An error as one text: its kind, message and stack; never its other (possibly personal) fields. */
export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = 'code' in error && typeof error.code === 'string' ? ` [${error.code}]` : '';
    const stack = error.stack?.split('\n').slice(1).join('\n') ?? '';
    return `${error.name}${code}: ${error.message}${stack ? `\n${stack}` : ''}`;
  }
  return `Non-Error rejection: ${typeof error}`;
}

/** Move main.log to main.1.log, main.1.log to main.2.log, …; the oldest beyond `keep` goes. */
function rotate(file: string, keep: number): void {
  const { dir, name, ext } = path.parse(file);
  const numbered = (n: number) => path.join(dir, `${name}.${n}${ext}`);
  fs.rmSync(numbered(keep), { force: true });
  for (let n = keep - 1; n >= 1; n--) {
    try {
      fs.renameSync(numbered(n), numbered(n + 1));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  fs.renameSync(file, numbered(1));
}

export type MainLogOptions = ScrubContext & {
  dir: string;
  /** Also print warnings and errors to the terminal (development). */
  console?: boolean;
  maxBytes?: number;
  keep?: number;
};

/** Point an electron-log instance at the rotating file, with every line scrubbed. */
export function configureMainLog(log: NodeLogger, options: MainLogOptions): NodeLogger {
  const file = log.transports.file;
  const keep = options.keep ?? LOG_KEEP_OLD;
  file.resolvePathFn = () => path.join(options.dir, LOG_FILE);
  file.maxSize = options.maxBytes ?? LOG_MAX_BYTES;
  file.level = 'info';
  file.archiveLogFn = (current: LogFile) => {
    try {
      rotate(current.path, keep);
    } catch {
      // Windows can refuse the rename while a viewer holds the file: start over in place
      // rather than grow without bound.
      current.clear();
    }
  };
  log.transports.console.level = options.console ? 'warn' : false;
  const context: ScrubContext = {
    ...(options.home && { home: options.home }),
    ...(options.userData && { userData: options.userData }),
  };
  log.hooks.push((message: LogMessage) => ({
    ...message,
    data: message.data.map((item: unknown) =>
      scrub(item instanceof Error ? describeError(item) : String(item), context),
    ),
  }));
  return log;
}

/** The slice of `process` the error handlers attach to. */
export type ProcessEvents = {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): unknown;
  on(event: 'uncaughtException', listener: (error: Error) => void): unknown;
};

/**
 * Unexpected errors in the main process are logged instead of vanishing (a rejected promise)
 * or showing Electron's raw English error box (an uncaught exception).
 */
export function installMainErrorHandlers(proc: ProcessEvents, log: MainLog): void {
  proc.on('unhandledRejection', (reason) =>
    log.error('unhandled rejection', describeError(reason)),
  );
  proc.on('uncaughtException', (error) => log.error('uncaught exception', describeError(error)));
}
