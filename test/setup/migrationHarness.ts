import Dexie from 'dexie';

type Stores = Record<string, string | null>;

/**
 * Create a database at an older schema version, exactly as that version of the app would have,
 * and fill it with rows. The caller then opens it with the current app schema and checks that
 * every row survived the upgrade.
 */
export async function createDatabaseAtVersion(
  name: string,
  versions: Stores[],
  rows: Record<string, Record<string, unknown>[]>,
): Promise<void> {
  const old = new Dexie(name);
  versions.forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.open();
  await old.transaction('rw', Object.keys(rows), async () => {
    for (const [table, items] of Object.entries(rows)) await old.table(table).bulkAdd(items);
  });
  old.close();
}

/** Every row of every table, sorted by primary key, for before/after comparison. */
export async function dumpDatabase(db: Dexie): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}
