import type { JsonValue } from '../sync/types';

/**
 * A value as JSON keeps it: what `JSON.stringify` writes, read back (undefined fields dropped,
 * dates as ISO strings). For state the app stores as JSON, such as saved views and drafts.
 */
export function asJson(value: unknown): JsonValue {
  const text = JSON.stringify(value);
  return text === undefined ? null : JSON.parse(text);
}
