const hex = (n: number, width: number) => n.toString(16).padStart(width, '0');

/**
 * Ids for the new companies of one import, in the UUID version 7 layout: a millisecond timestamp,
 * then a counter, then random bits shared by the import. They sort in the order they are
 * written, so IndexedDB (LevelDB underneath) appends the rows and their index entries instead
 * of scattering them over the whole table: with random UUIDs the cost per row grows with the
 * size of the table, and a 100,000-row import became slower than linear.
 *
 * Unique across devices: two imports would need the same millisecond and the same 46 random bits.
 * Up to 2^28 rows per import.
 */
export function timeOrderedIds(count: number, now = Date.now()): string[] {
  if (count > 2 ** 28) throw new RangeError('Too many rows for one import.');
  const ts = hex(now, 12).slice(-12);
  const random = crypto.getRandomValues(new Uint32Array(2));
  const variant = (8 + (random[0]! & 3)).toString(16);
  const tail = hex(random[1]!, 8) + hex((random[0]! >>> 2) & 0xfff, 3);
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) {
    // Counter bits 27..16 | 15..4 | 3..0, around the version and variant nibbles.
    ids[i] = `${ts.slice(0, 8)}-${ts.slice(8)}-7${hex((i >>> 16) & 0xfff, 3)}-${variant}${hex((i >>> 4) & 0xfff, 3)}-${hex(i & 0xf, 1)}${tail}`;
  }
  return ids;
}
