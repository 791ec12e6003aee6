import { useLiveQuery } from 'dexie-react-hooks';
import { profileSchema, type Profile } from '../../../shared/domain/common';
import type { JsonValue } from '../../../shared/sync/types';
import { getDb } from '../database';

export const PROFILE_KEY = 'profile';

export async function readSetting<T extends JsonValue>(key: string): Promise<T | undefined> {
  return (await getDb().settings.get(key))?.value as T | undefined;
}

/** A device-local setting, live. `undefined` while loading, `null` when not set. */
export function useSetting<T extends JsonValue>(key: string): T | null | undefined {
  return useLiveQuery(async () => ((await getDb().settings.get(key))?.value ?? null) as T | null, [key]);
}

/** The advisor using this device. `undefined` while loading, `null` before the first run. */
export function useProfile(): Profile | null | undefined {
  const raw = useSetting<JsonValue>(PROFILE_KEY);
  if (raw === undefined) return undefined;
  const parsed = profileSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
