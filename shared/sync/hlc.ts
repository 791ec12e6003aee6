/**
 * Hybrid logical clock (Kulkarni et al.). A timestamp is a fixed-width string
 * `<millis 15 digits>-<counter 5 base36>-<deviceId>` so that plain string comparison gives the
 * total order used for last-writer-wins, with the device id as deterministic tie-break.
 */
export type Hlc = string;

export type HlcState = { millis: number; counter: number; deviceId: string };

const MILLIS_WIDTH = 15;
const COUNTER_WIDTH = 5;
const MAX_COUNTER = 36 ** COUNTER_WIDTH - 1;

export function formatHlc(state: HlcState): Hlc {
  return `${String(state.millis).padStart(MILLIS_WIDTH, '0')}-${state.counter
    .toString(36)
    .padStart(COUNTER_WIDTH, '0')}-${state.deviceId}`;
}

export function parseHlc(hlc: Hlc): HlcState {
  const match = /^(\d{15})-([0-9a-z]{5})-(.+)$/.exec(hlc);
  if (!match) throw new Error(`Invalid clock value: ${hlc}`);
  return { millis: Number(match[1]), counter: parseInt(match[2]!, 36), deviceId: match[3]! };
}

export function isHlc(value: unknown): value is Hlc {
  return typeof value === 'string' && /^\d{15}-[0-9a-z]{5}-.+$/.test(value);
}

/** Next timestamp for a local event. */
export function tick(state: HlcState, now: number): HlcState {
  if (now > state.millis) return { ...state, millis: now, counter: 0 };
  if (state.counter >= MAX_COUNTER) return { ...state, millis: state.millis + 1, counter: 0 };
  return { ...state, counter: state.counter + 1 };
}

/**
 * Merge a remote timestamp into the local clock on receipt. The caller is responsible for
 * refusing remote timestamps too far in the future (see sync clock safety) before calling this.
 */
export function receive(state: HlcState, remote: Hlc, now: number): HlcState {
  const r = parseHlc(remote);
  const millis = Math.max(state.millis, r.millis, now);
  let counter: number;
  if (millis === state.millis && millis === r.millis) counter = Math.max(state.counter, r.counter) + 1;
  else if (millis === state.millis) counter = state.counter + 1;
  else if (millis === r.millis) counter = r.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { ...state, millis: millis + 1, counter: 0 };
  return { ...state, millis, counter };
}

export function hlcMillis(hlc: Hlc): number {
  return Number(hlc.slice(0, MILLIS_WIDTH));
}

export function hlcDevice(hlc: Hlc): string {
  return hlc.slice(MILLIS_WIDTH + COUNTER_WIDTH + 2);
}

/** The smallest possible timestamp, older than any real one. */
export const HLC_ZERO: Hlc = formatHlc({ millis: 0, counter: 0, deviceId: '0' });
