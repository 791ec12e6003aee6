import { z } from 'zod';
import { advisorSchema } from '../../shared/domain/common';
import { companySchema } from '../../shared/domain/company';
import { contactLogSchema } from '../../shared/domain/contactLog';
import { contactPersonSchema } from '../../shared/domain/contactPerson';
import { followUpSchema } from '../../shared/domain/followUp';
import { guideSchema } from '../../shared/domain/guide';
import { interviewSchema } from '../../shared/domain/interview';
import { meetingSchema } from '../../shared/domain/meeting';
import { networkSchema } from '../../shared/domain/network';
import { schemeSchema } from '../../shared/domain/scheme';
import { targetSchema } from '../../shared/domain/target';
import { termSchema } from '../../shared/domain/term';
import { data as messages } from '../../shared/i18n/nl/data';
import { syncUi } from '../../shared/i18n/nl/sync';
import type { SyncedTable } from '../../shared/sync/tables';

/** The schema (shared/domain) every row of a synchronised table is checked against on write. */
export const ROW_SCHEMAS = {
  companies: companySchema,
  contactPersons: contactPersonSchema,
  contactLogs: contactLogSchema,
  followUps: followUpSchema,
  guides: guideSchema,
  interviews: interviewSchema,
  terms: termSchema,
  schemes: schemeSchema,
  networks: networkSchema,
  advisors: advisorSchema,
  targets: targetSchema,
  meetings: meetingSchema,
} satisfies Record<SyncedTable, z.ZodObject>;

export type RowProblem = { field: string; message: string };

/** A write the table's schema refuses. Nothing of the write is stored (its transaction aborts). */
export class InvalidRowError extends Error {
  constructor(
    readonly table: SyncedTable,
    readonly rowId: string,
    readonly problems: readonly RowProblem[],
  ) {
    super(
      messages.invalidRow(
        syncUi.tables[table] ?? table,
        problems.map((p) => messages.fieldProblem(p.field === '' ? messages.wholeRecord : (syncUi.fields[p.field] ?? p.field), p.message)),
      ),
    );
    this.name = 'InvalidRowError';
  }
}

/**
 * Fields the schema allows to be absent. JSON has no `undefined`, so the writer stores a cleared
 * optional field as `null`; the check reads that null as "absent", as the queries do.
 */
const optionalFields = new Map<SyncedTable, ReadonlySet<string>>();
function optionalOf(table: SyncedTable): ReadonlySet<string> {
  let set = optionalFields.get(table);
  if (!set) {
    const shape: Record<string, z.ZodType> = ROW_SCHEMAS[table].shape;
    set = new Set(
      Object.entries(shape)
        .filter(([, field]) => {
          const absent = field.safeParse(undefined);
          return absent.success && absent.data === undefined;
        })
        .map(([key]) => key),
    );
    optionalFields.set(table, set);
  }
  return set;
}

const nl = z.locales.nl().localeError;

/** Whether the schema has rules over several fields (a period's end after its start). */
const hasRowRules = (table: SyncedTable) => (ROW_SCHEMAS[table]._zod.def.checks?.length ?? 0) > 0;

function problemsOf(table: SyncedTable, row: Record<string, unknown>, written?: ReadonlySet<string>): RowProblem[] {
  const optional = optionalOf(table);
  const candidate: Record<string, unknown> = { _clock: {} };
  for (const [key, value] of Object.entries(row)) {
    if (value === null && optional.has(key)) continue;
    candidate[key] = value;
  }
  const result = ROW_SCHEMAS[table].safeParse(candidate, { error: nl });
  if (result.success) return [];
  const problems: RowProblem[] = [];
  for (const issue of result.error.issues) {
    const field = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    if (!written || written.has(field)) problems.push({ field, message: issue.message });
  }
  return problems;
}

/**
 * Check a row as it will be stored. With `written`, only the fields a write sets are checked
 * (each on its own, and with the rules over several fields): a write must not make a row
 * invalid, but a row a partner on an older version left incomplete can still be corrected field
 * by field or deleted. Without it the row must be complete and valid.
 */
export function checkRow(table: SyncedTable, row: Record<string, unknown> & { id: string }, written?: ReadonlySet<string>): void {
  let problems: RowProblem[] = [];
  if (written) {
    // Field by field: a row that leaves many fields out must not cost an issue for each of them.
    const shape: Record<string, z.ZodType> = ROW_SCHEMAS[table].shape;
    const optional = optionalOf(table);
    for (const field of written) {
      const value = row[field];
      if (value === null && optional.has(field)) continue;
      const result = shape[field]?.safeParse(value, { error: nl });
      if (result && !result.success) problems.push(...result.error.issues.map((i) => ({ field, message: i.message })));
    }
    if (problems.length === 0 && hasRowRules(table)) problems = problemsOf(table, row, written);
  } else {
    problems = problemsOf(table, row);
  }
  if (problems.length > 0) throw new InvalidRowError(table, row.id, problems);
}
