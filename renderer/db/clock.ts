import { formatHlc, receive, tick, type Hlc, type HlcState } from '../../shared/sync/hlc';
import type { VeldwerkDb } from './database';

const CLOCK_KEY = 'clock';
const DEVICE_KEY = 'deviceId';

export function newDeviceId(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 16);
}

/** This device's id, created on first use. Must run inside a transaction that includes settings. */
export async function ensureDeviceId(db: VeldwerkDb): Promise<string> {
  const row = await db.settings.get(DEVICE_KEY);
  if (typeof row?.value === 'string') return row.value;
  const id = newDeviceId();
  await db.settings.put({ key: DEVICE_KEY, value: id });
  return id;
}

async function loadState(db: VeldwerkDb): Promise<HlcState> {
  const deviceId = await ensureDeviceId(db);
  const row = await db.settings.get(CLOCK_KEY);
  const value = row?.value as { millis?: number; counter?: number } | undefined;
  return { millis: value?.millis ?? 0, counter: value?.counter ?? 0, deviceId };
}

async function saveState(db: VeldwerkDb, state: HlcState): Promise<void> {
  await db.settings.put({ key: CLOCK_KEY, value: { millis: state.millis, counter: state.counter } });
}

/** Next local timestamp; call inside a rw transaction that includes `settings`. */
export async function nextHlc(db: VeldwerkDb, now = Date.now()): Promise<Hlc> {
  const state = tick(await loadState(db), now);
  await saveState(db, state);
  return formatHlc(state);
}

/** Advance the local clock past a timestamp received from a peer (inside a rw transaction). */
export async function observeHlc(db: VeldwerkDb, remote: Hlc, now = Date.now()): Promise<void> {
  await saveState(db, receive(await loadState(db), remote, now));
}
