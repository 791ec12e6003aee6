import { networkSchema, type Network } from '../../../shared/domain/network';
import {
  exportReferenceSet,
  type ReferenceRows,
  type ReferenceSet,
  type ReferenceTable,
} from '../../../shared/domain/referenceSet';
import { schemeSchema, type Scheme } from '../../../shared/domain/scheme';
import { termSchema, type Term } from '../../../shared/domain/term';
import { SEED_NETWORKS } from '../../../shared/seed/networks';
import { SEED_SCHEMES } from '../../../shared/seed/schemes';
import { REFERENCE_SEED_DATE, SEED_TERMS } from '../../../shared/seed/terms';
import { getDb, type StoredRow, type VeldwerkDb } from '../database';
import { readReferenceRows } from '../queries/reference';
import { write, type Writer } from '../repository';
import { changedFields } from '../../../shared/data/equality';
import { history } from '../../../shared/i18n/nl/history';
import { errors } from '../../../shared/i18n/nl/errors';
import { UserError } from '../../../shared/userError';

/*
 * Writes of the kennisbank. Every user action is one `write` (one change batch), so an edit, a
 * retirement or a whole reference-set import replicates all-or-nothing.
 */

type ReferenceRow = Term | Scheme | Network;
const TABLES: readonly ReferenceTable[] = ['terms', 'schemes', 'networks'];
const OPTIONAL_FIELDS: Record<ReferenceTable, readonly string[]> = { terms: [], schemes: [], networks: ['admitsZzp', 'sectors', 'website', 'status', 'source'] };

export const SEED_REFERENCE: ReferenceRows = { terms: SEED_TERMS, schemes: SEED_SCHEMES, networks: SEED_NETWORKS };

/** A row as stored: the sync clock is the repository's business, never the caller's. */
function rowOf(row: ReferenceRow): Record<string, unknown> & { id: string } {
  const { _clock: _c, _deleted: _d, ...rest } = row;
  return rest;
}

/** Seed rows that are not on this device yet: neither their id nor their key is present (even as tombstone). */
async function missingSeeds(db: VeldwerkDb, seeds: ReferenceRows): Promise<Record<ReferenceTable, ReferenceRow[]>> {
  const out = { terms: [], schemes: [], networks: [] } as Record<ReferenceTable, ReferenceRow[]>;
  for (const table of TABLES) {
    const rows = await db.table<StoredRow, string>(table).toArray();
    const ids = new Set(rows.map((r) => r.id));
    const keys = new Set(rows.map((r) => String(r.key)));
    out[table] = seeds[table].filter((s) => !ids.has(s.id) && !keys.has(s.key));
  }
  return out;
}

const countOf = (m: Record<ReferenceTable, unknown[]>) => TABLES.reduce((n, t) => n + m[t].length, 0);

type SeedPatch = { id: string; changes: Record<string, unknown> };

/** JSON with object keys sorted at every level: seed and stored values compare regardless of key order. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : v,
  );
}

/**
 * Seeded rows nobody changed (their `updatedAt` is still the seed date) whose facts the new seed
 * corrects: a fix to a regeling or begrip must reach devices that seeded earlier, but a row the
 * advisor edited, retired or imported with another date is left alone. A later "gecontroleerd"
 * date on the device is kept.
 */
async function outdatedSeeds(db: VeldwerkDb, seeds: ReferenceRows): Promise<Record<ReferenceTable, SeedPatch[]>> {
  const out = { terms: [], schemes: [], networks: [] } as Record<ReferenceTable, SeedPatch[]>;
  for (const table of TABLES) {
    for (const seed of seeds[table]) {
      if (seed.updatedAt !== REFERENCE_SEED_DATE) continue;
      const stored = await db.table<StoredRow, string>(table).get(seed.id);
      if (!stored || stored._deleted || stored.updatedAt !== REFERENCE_SEED_DATE) continue;
      const fields: Record<string, unknown> = rowOf(seed);
      delete fields.id;
      for (const field of Object.keys(stored))
        if (!(field in fields) && !field.startsWith('_') && field !== 'id') fields[field] = null;
      if (table === 'schemes' && typeof stored.lastChecked === 'string' && stored.lastChecked > String(fields.lastChecked))
        fields.lastChecked = stored.lastChecked;
      const changes: Record<string, unknown> = {};
      for (const [field, value] of Object.entries(fields))
        if (sortedJson(value ?? null) !== sortedJson(stored[field] ?? null)) changes[field] = value;
      if (Object.keys(changes).length > 0) out[table].push({ id: seed.id, changes });
    }
  }
  return out;
}

/**
 * Puts the seeded begrippen, regelingen and netwerken on this device. Idempotent: only rows whose
 * id (and key) are absent are inserted, so a row the advisor edited, retired or deleted is never
 * touched. Seed ids derive from the key, so two laptops that seed apart sync into the same rows.
 * Returns how many rows were added (0 when nothing was missing: then nothing is written at all).
 */
export async function ensureReferenceData(db: VeldwerkDb = getDb(), seeds: ReferenceRows = SEED_REFERENCE): Promise<number> {
  if (countOf(await missingSeeds(db, seeds)) === 0 && countOf(await outdatedSeeds(db, seeds)) === 0) return 0;
  return write(db, history.reference.seeded, async (w) => {
    // Checked again inside the transaction: another tab may have seeded in the meantime.
    const missing = await missingSeeds(db, seeds);
    for (const table of TABLES) if (missing[table].length > 0) await w.insert(table, missing[table].map(rowOf));
    const outdated = await outdatedSeeds(db, seeds);
    for (const table of TABLES) for (const p of outdated[table]) await w.patch(table, p.id, p.changes);
    return countOf(missing) + countOf(outdated);
  });
}

let seeding: Promise<number> | null = null;

/** Seed once per session; later calls share the first call's promise. */
export function ensureReferenceDataOnce(): Promise<number> {
  seeding ??= ensureReferenceData().catch((error: unknown) => {
    seeding = null;
    throw error;
  });
  return seeding;
}

/** A key may be used by one row per table only. */
async function assertKeyFree(db: VeldwerkDb, table: ReferenceTable, key: string, id: string): Promise<void> {
  const other = await db.table<StoredRow, string>(table).where('key').equals(key).filter((r) => r.id !== id && !r._deleted).first();
  if (other) throw new UserError(errors.keyTaken(key));
}

async function save<T extends ReferenceRow>(
  table: ReferenceTable,
  row: T,
  parse: (row: unknown) => T,
  label: string,
  db: VeldwerkDb,
): Promise<T> {
  const valid = parse({ ...row, updatedAt: new Date().toISOString() });
  await write(db, label, async (w) => {
    await assertKeyFree(db, table, valid.key, valid.id);
    const row: Record<string, unknown> & { id: string } = rowOf(valid);
    // Optional fields the editor emptied are cleared rather than left at their old value.
    for (const field of OPTIONAL_FIELDS[table]) if (!(field in row)) row[field] = null;
    if ((await db.table<StoredRow, string>(table).get(valid.id))?._deleted) row._deleted = false;
    await w.put(table, row);
  });
  return valid;
}

export const saveTerm = (term: Term, db: VeldwerkDb = getDb()) =>
  save('terms', term, (r) => termSchema.parse(r), history.reference.termSaved(term.term), db);
export const saveScheme = (scheme: Scheme, db: VeldwerkDb = getDb()) =>
  save('schemes', scheme, (r) => schemeSchema.parse(r), history.reference.schemeSaved(scheme.name), db);
export const saveNetwork = (network: Network, db: VeldwerkDb = getDb()) =>
  save('networks', network, (r) => networkSchema.parse(r), history.reference.networkSaved(network.name), db);

/** Retire (or bring back) a row: it stays for history and links but is no longer offered or suggested. */
export async function setRetired(table: ReferenceTable, id: string, retired: boolean, db: VeldwerkDb = getDb()): Promise<void> {
  const label = retired ? history.reference.retired : history.reference.restored;
  await write(db, label, (w) => w.patch(table, id, { retired, updatedAt: new Date().toISOString() }));
}

/** Records that a regeling was checked today (resets "mogelijk verouderd"). */
export async function markSchemeChecked(id: string, today: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.reference.schemeChecked, (w) => w.patch('schemes', id, { lastChecked: today }));
}

export type ApplyResult = { added: number; changed: number; unchanged: number };

async function applyRow(w: Writer, table: ReferenceTable, incoming: ReferenceRow, result: ApplyResult): Promise<void> {
  const store = w.db.table<StoredRow, string>(table);
  const sameKey = await store.where('key').equals(incoming.key).toArray();
  const target = sameKey.find((r) => !r._deleted) ?? sameKey[0];
  if (!target) {
    // A new row keeps its id from the file so every advisor who imports it holds the same row.
    const taken = await store.get(incoming.id);
    await w.insert(table, [{ ...rowOf(incoming), id: taken ? crypto.randomUUID() : incoming.id }]);
    result.added++;
    return;
  }
  const incomingFields: Record<string, unknown> = rowOf(incoming);
  delete incomingFields.id;
  // Optional fields the file leaves out are cleared, so the row ends up equal to the file's row.
  for (const field of Object.keys(target)) {
    if (!(field in incomingFields) && !field.startsWith('_') && field !== 'id') incomingFields[field] = null;
  }
  // Compared by value, not by key order: a row read through the schema orders its keys anew.
  const changed: Record<string, unknown> = changedFields(target, incomingFields);
  if (target._deleted) changed._deleted = false;
  if (Object.keys(changed).length === 0) {
    result.unchanged++;
    return;
  }
  await w.patch(table, target.id, changed);
  result.changed++;
}

/**
 * Applies a reference set that `parseReferenceSet` accepted, in ONE write: rows are matched by
 * key; new keys are added, existing rows take the file's values (a deleted row comes back), and
 * rows that are not in the file are left alone.
 */
export async function applyReferenceSet(set: ReferenceSet, db: VeldwerkDb = getDb()): Promise<ApplyResult> {
  return write(db, history.reference.setImported, async (w) => {
    const result: ApplyResult = { added: 0, changed: 0, unchanged: 0 };
    for (const table of TABLES) for (const row of set[table]) await applyRow(w, table, row, result);
    return result;
  });
}

/** The whole reference set as the JSON text of one file. */
export async function exportReferenceFile(db: VeldwerkDb = getDb(), now = new Date()): Promise<string> {
  return exportReferenceSet(await readReferenceRows(db), now);
}
