import type { ZodType } from 'zod';
import type { IpcChannel, IpcContract, IpcRequest, IpcResponses, IpcResult } from '../shared/ipc/contract';
import { toIpcError } from './errors';
import { nl } from '../shared/i18n/nl/desktop';
import { isAppUrl } from './security';

/** What the dispatcher needs to know about who sent a request. */
export type IpcSender = {
  /** URL of the frame that sent the request; undefined when the frame is already gone. */
  frameUrl: string | undefined;
  /** Whether the sending frame is the top-level frame (not an iframe). */
  isMainFrame: boolean;
  /** Whether the sending web contents is one of our own windows. */
  isOwnWindow: boolean;
};

/** One function a channel; `Ctx` carries what the wiring knows about the sender (its window). */
export type IpcHandlers<Ctx> = {
  [C in IpcChannel]: (request: IpcRequest<C>, ctx: Ctx) => Promise<IpcResponses[C]>;
};

export type IpcDispatcherDeps = {
  /** Unexpected errors are logged here (never sent to the renderer, which gets a Dutch text). */
  logError?: (channel: string, error: unknown) => void;
};

export type IpcDispatcher<Ctx> = (
  channel: string,
  sender: IpcSender,
  ctx: Ctx,
  payload: unknown,
) => Promise<IpcResult<unknown>>;

type ContractShape = { [C in IpcChannel]: { request: ZodType } };

/** The sender check: only the top frame of our own window, showing our own origin. */
export function isTrustedSender(sender: IpcSender): boolean {
  return sender.isOwnWindow && sender.isMainFrame && isAppUrl(sender.frameUrl);
}

function issuePaths(issues: readonly { path: readonly PropertyKey[] }[]): string {
  const paths = new Set(issues.map((issue) => issue.path.map(String).join('.')).filter((p) => p !== ''));
  return [...paths].slice(0, 5).join(', ');
}

/**
 * The core of every IPC call, without Electron: check the sender, parse the request with the
 * contract's schema, run the handler, and turn every outcome into an `IpcResult`. It never
 * throws and never rejects, whatever the payload.
 */
export function createIpcDispatcher<Ctx>(
  contract: ContractShape,
  handlers: IpcHandlers<Ctx>,
  deps: IpcDispatcherDeps = {},
): IpcDispatcher<Ctx> {
  return async (channel, sender, ctx, payload) => {
    try {
      if (!Object.hasOwn(contract, channel)) {
        return { ok: false, error: { code: 'invalid-input', message: nl.errors.unknownChannel } };
      }
      const name = channel as IpcChannel;
      if (!isTrustedSender(sender)) {
        return { ok: false, error: { code: 'forbidden-sender', message: nl.errors.forbiddenSender } };
      }
      const parsed = contract[name].request.safeParse(payload);
      if (!parsed.success) {
        return {
          ok: false,
          error: { code: 'invalid-input', message: nl.errors.invalidInput(name, issuePaths(parsed.error.issues)) },
        };
      }
      // The handler map is keyed by the same channel as the schema that just parsed the payload.
      const handler = handlers[name] as (request: unknown, ctx: Ctx) => Promise<unknown>;
      const data = await handler(parsed.data, ctx);
      return { ok: true, data };
    } catch (error) {
      const { error: ipcError, expected } = toIpcError(error);
      if (!expected) {
        try {
          deps.logError?.(channel, error);
        } catch {
          // A failing logger must not turn a typed error into a rejected promise.
        }
      }
      return { ok: false, error: ipcError };
    }
  };
}

/** The slice of `ipcMain` the wiring uses, so this file needs no Electron at runtime. */
export type IpcMainLike<Event> = {
  handle(channel: string, listener: (event: Event, payload: unknown) => Promise<unknown>): void;
};

/**
 * Register one channel with `ipcMain.handle`: the only place a request enters the main process.
 * `describe` turns Electron's event into the sender facts and the handler context.
 */
export function handle<Ctx, Event>(
  ipcMain: IpcMainLike<Event>,
  channel: IpcChannel,
  dispatch: IpcDispatcher<Ctx>,
  describe: (event: Event) => { sender: IpcSender; ctx: Ctx },
): void {
  ipcMain.handle(channel, async (event, payload) => {
    let described: { sender: IpcSender; ctx: Ctx };
    try {
      described = describe(event);
    } catch {
      return { ok: false, error: { code: 'forbidden-sender', message: nl.errors.forbiddenSender } } satisfies IpcResult<never>;
    }
    return dispatch(channel, described.sender, described.ctx, payload);
  });
}

/** Register every channel of the contract; a channel without a handler cannot exist (types). */
export function handleAll<Ctx, Event>(
  ipcMain: IpcMainLike<Event>,
  contract: IpcContract,
  dispatch: IpcDispatcher<Ctx>,
  describe: (event: Event) => { sender: IpcSender; ctx: Ctx },
): void {
  for (const channel of Object.keys(contract) as IpcChannel[]) handle(ipcMain, channel, dispatch, describe);
}
