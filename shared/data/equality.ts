/**
 * One equality for stored values (rows, fields, answers): structural and independent of key
 * order, so re-saving an object whose keys come in another order is not a change. Values are
 * JSON-like; as in JSON, a key whose value is `undefined` counts as absent.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    return typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b);
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => deepEqual(v, b[i]));
  }
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.hasOwn(rb, k) && deepEqual(ra[k], rb[k]));
}

/** `deepEqual` for one field of a row, where a missing value and `null` are the same. */
export function sameFieldValue(a: unknown, b: unknown): boolean {
  return deepEqual(a ?? null, b ?? null);
}

/**
 * The fields of `after` whose value differs from `before` (missing and null count as the same).
 * An edit writes only these: saving an untouched form records nothing and replicates nothing.
 */
export function changedFields<T extends Record<string, unknown>>(
  before: Readonly<Record<string, unknown>>,
  after: T,
): Partial<T> {
  const out: Partial<T> = {};
  for (const k of Object.keys(after) as (keyof T & string)[]) {
    if (!sameFieldValue(before[k], after[k])) out[k] = after[k];
  }
  return out;
}
