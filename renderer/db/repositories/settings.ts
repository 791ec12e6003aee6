import type { JsonValue } from '../../../shared/sync/types';
import { getDb } from '../database';

/** Device-local preferences (not synchronised, no change record). */
export async function putSetting(key: string, value: JsonValue): Promise<void> {
  await getDb().settings.put({ key, value });
}
