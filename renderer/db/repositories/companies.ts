import type { Company } from '../../../shared/domain/company';
import type { ContactPerson } from '../../../shared/domain/contactPerson';
import {
  COMPANY_CHILD_TABLES,
  mergeCompanies as mergeRule,
  type ChildRef,
  type CompanyChildTable,
  type MergeChoices,
} from '../../../shared/rules/mergeCompanies';
import { SYNCED_TABLES } from '../../../shared/sync/tables';
import { companyFromPlanRow, updateFromPlanRow, type ImportPlan, type PlanRow } from '../../../shared/import/plan';
import { timeOrderedIds } from '../../../shared/import/ids';
import type { JsonValue } from '../../../shared/sync/types';
import { getDb, type ImportRow, type StoredRow, type VeldwerkDb } from '../database';
import { write } from '../repository';
import { history } from '../../../shared/i18n/nl/history';
import { errors } from '../../../shared/i18n/nl/errors';
import { UserError } from '../../../shared/userError';


/**
 * `write` covers the synced tables, the outbox and settings; an import also records its batch in
 * the local `imports` table. Dexie runs the inner `write` transaction as a child of this outer
 * one, so rows, change batch and import record commit or fail together.
 */
const IMPORT_STORES = [...SYNCED_TABLES, 'outbox', 'settings', 'imports', 'conflicts'];

const nowIso = () => new Date().toISOString();

// ---------------------------------------------------------------------------------------------
// Saved views (local, not synchronised).

export async function saveView(screen: string, name: string, state: JsonValue): Promise<string> {
  const db = getDb();
  const existing = await db.views.where('screen').equals(screen).filter((v) => v.name === name).first();
  const id = existing?.id ?? crypto.randomUUID();
  await db.views.put({ id, screen, name, state, createdAt: Date.now() });
  return id;
}

export async function deleteView(id: string): Promise<void> {
  await getDb().views.delete(id);
}

// ---------------------------------------------------------------------------------------------
// Import: the one write path the wizard and the benchmark share.

export type ImportWrite = {
  /** The batch id; created rows carry it as `importBatchId`. */
  importId?: string;
  fileName: string;
  /** New company rows, complete (ids included). */
  create: readonly Company[];
  /** Existing companies to update: only the fields the file sets. */
  update: { id: string; fields: Partial<Company> }[];
  /** New contact persons that belong to created or updated companies. */
  contactPersons?: readonly ContactPerson[];
};

export type ImportResult = { importId: string; created: number; updated: number };

/**
 * New rows go to IndexedDB in chunks of this size, inside the one transaction: the rows of a
 * chunk are built, stored and dropped before the next, so a 100,000-row import never holds all
 * rows in several copies at once (the garbage collector's work then grows with the file, not
 * with its square). The import stays one transaction and one change batch: all or nothing.
 */
const INSERT_CHUNK = 2000;

type ImportRows = {
  importId: string;
  fileName: string;
  /** Ids of the new rows, in order; `createChunk(i, j)` builds the rows i..j-1. */
  createIds: string[];
  createChunk: (start: number, end: number) => Company[];
  update: ImportWrite['update'];
  contactPersons?: readonly ContactPerson[];
};

async function writeImportRows(input: ImportRows, db: VeldwerkDb): Promise<ImportResult> {
  const { importId, createIds, update } = input;
  const label = history.companies.imported(input.fileName, createIds.length, update.length);
  await db.transaction('rw', IMPORT_STORES, async () => {
    const updated: ImportRow['updated'] = [];
    await write(db, label, async (w) => {
      const at = w.now.toISOString();
      for (let i = 0; i < createIds.length; i += INSERT_CHUNK) {
        const rows = input.createChunk(i, Math.min(createIds.length, i + INSERT_CHUNK));
        for (const r of rows) {
          r.importBatchId = importId;
          r.updatedAt = at;
        }
        await w.insert('companies', rows, { complete: true });
      }
      if (update.length > 0) {
        const current = await db.companies.bulkGet(update.map((u) => u.id));
        for (let i = 0; i < update.length; i++) {
          const { id, fields } = update[i]!;
          // Read as a generic row: the file may set any field it maps.
          const row: StoredRow | undefined = current[i];
          if (!row || row._deleted) continue;
          const before: Record<string, JsonValue> = {};
          for (const key of [...Object.keys(fields), 'updatedAt']) before[key] = (row[key] ?? null) as JsonValue;
          const next = await w.patch('companies', id, { ...fields, updatedAt: at });
          if (next !== row) updated.push({ id, before });
        }
      }
      if (input.contactPersons?.length) {
        await w.insert(
          'contactPersons',
          input.contactPersons.map((p) => ({ ...p, createdAt: at, updatedAt: at })),
          { complete: true },
        );
      }
    });
    await db.imports.add({
      id: importId,
      at: Date.now(),
      fileName: input.fileName,
      created: createIds,
      updated,
      undoneAt: null,
    });
  });
  return { importId, created: createIds.length, updated: update.length };
}

/** Write an import as ONE user action and record it so it can be undone as a whole. */
export async function applyImport(plan: ImportWrite, db: VeldwerkDb = getDb()): Promise<ImportResult> {
  return writeImportRows(
    {
      importId: plan.importId ?? crypto.randomUUID(),
      fileName: plan.fileName,
      createIds: plan.create.map((r) => String(r.id)),
      // The caller's rows are copied, never changed.
      createChunk: (start, end) => plan.create.slice(start, end).map((r) => ({ ...r })),
      update: plan.update,
      contactPersons: plan.contactPersons,
    },
    db,
  );
}

/**
 * Turn a checked import plan (shared/import) into rows and write it in one transaction: the
 * path the import wizard and the import benchmark share. Company rows are built chunk by chunk
 * while they are written.
 */
export async function writeImportPlan(plan: ImportPlan, fileName: string, db: VeldwerkDb = getDb()): Promise<ImportResult> {
  // A plan with problems of the file as a whole (wrong header row, names that are numbers, no
  // name column) must not write anything, whatever the screen allows.
  if (plan.problems.length > 0) throw new Error(plan.problems.join(' '));
  const importId = crypto.randomUUID();
  const now = new Date().toISOString();
  const creates: PlanRow[] = [];
  const updates: PlanRow[] = [];
  for (const row of plan.rows) {
    if (row.action === 'create') creates.push(row);
    else if (row.action === 'update' && row.existingId) updates.push(row);
  }
  // Time-ordered ids: IndexedDB appends them, so the write stays linear in the file's size.
  const createIds = timeOrderedIds(creates.length);
  const existing = updates.length > 0 ? await db.companies.bulkGet(updates.map((r) => r.existingId!)) : [];
  const update: ImportWrite['update'] = [];
  updates.forEach((row, i) => {
    const current = existing[i];
    if (!current || current._deleted) return;
    const fields = updateFromPlanRow(current, row, now);
    if (Object.keys(fields).length > 0) update.push({ id: row.existingId!, fields });
  });
  return writeImportRows(
    {
      importId,
      fileName,
      createIds,
      createChunk: (start, end) => {
        const rows: Company[] = [];
        for (let i = start; i < end; i++) rows.push(companyFromPlanRow(creates[i]!, { id: createIds[i]!, now, importBatchId: importId }));
        return rows;
      },
      update,
    },
    db,
  );
}

/**
 * Undo an import as one write: created companies (and their contact persons) become
 * tombstones, updated companies get their fields back as they were before the import.
 */
export async function undoImport(importId: string, db: VeldwerkDb = getDb()): Promise<void> {
  await db.transaction('rw', IMPORT_STORES, async () => {
    const batch = await db.imports.get(importId);
    if (!batch || batch.undoneAt) return;
    await write(db, history.companies.importUndone(batch.fileName), async (w) => {
      const created = new Set(batch.created);
      for (const id of batch.created) await w.remove('companies', id);
      const people = await db.contactPersons.where('companyId').anyOf(batch.created).toArray();
      for (const p of people) if (created.has(String(p.companyId))) await w.remove('contactPersons', p.id);
      for (const { id, before } of batch.updated) {
        await w.patch('companies', id, before, { restore: true });
      }
    });
    await db.imports.update(importId, { undoneAt: Date.now() });
  });
}

// ---------------------------------------------------------------------------------------------
// Create, edit, delete, merge.

/** Add one company (`newCompany` builds it); refused with `InvalidRowError` unless complete and valid. */
export async function insertCompany(row: Company, db: VeldwerkDb = getDb()): Promise<string> {
  const at = nowIso();
  await write(db, history.companies.added(String(row.name ?? '')), (w) =>
    w.insert('companies', [{ ...row, updatedAt: at }], { complete: true }),
  );
  return row.id;
}

/** Save changed fields of a company (autosave); `updatedAt` only moves when something changed. */
export async function patchCompany(id: string, fields: Record<string, unknown>, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.companies.edited, async (w) => {
    const before = await db.companies.get(id);
    if (!before || before._deleted) throw new UserError(errors.companyGone);
    const after = await w.patch('companies', id, fields);
    if (after !== before) await w.patch('companies', id, { updatedAt: w.now.toISOString() });
  });
}

export async function removeCompany(id: string, db: VeldwerkDb = getDb()): Promise<void> {
  await write(db, history.companies.removed, async (w) => {
    // Contact persons are personal data: they go with the company. Logs stay as history.
    const people = await db.contactPersons.where('companyId').equals(id).toArray();
    for (const p of people) await w.remove('contactPersons', p.id);
    await w.remove('companies', id);
  });
}

/**
 * Merge two duplicates in one write: the winner takes the chosen values (shared rule
 * mergeCompanies), everything that pointed at the loser (contact persons, logs, follow-ups,
 * interviews) moves to the winner, and the loser becomes a tombstone.
 */
export async function mergeCompanies(
  winnerId: string,
  loserId: string,
  choices: MergeChoices,
  db: VeldwerkDb = getDb(),
): Promise<void> {
  if (winnerId === loserId) throw new UserError(errors.mergeSelf);
  await write(db, history.companies.merged, async (w) => {
    const [winner, loser] = await db.companies.bulkGet([winnerId, loserId]);
    if (!winner || !loser || winner._deleted || loser._deleted) throw new UserError(errors.mergeGone);
    const children: Partial<Record<CompanyChildTable, ChildRef[]>> = {};
    for (const table of COMPANY_CHILD_TABLES) {
      children[table] = await db.syncedTable(table).where('companyId').equals(loserId).toArray();
    }
    const at = w.now.toISOString();
    const result = mergeRule(winner, loser, choices, at, children);
    await w.patch('companies', winnerId, result.patch);
    for (const move of result.moves) await w.patch(move.table, move.rowId, { companyId: move.companyId, updatedAt: at });
    await w.remove('companies', loserId);
  });
}
