import { z } from 'zod';
import { kennisbank } from '../i18n/nl/kennisbank';
import { isoDateTime } from './common';
import type { Network } from './network';
import { networkSchema } from './network';
import type { Scheme } from './scheme';
import { schemeSchema } from './scheme';
import type { Term } from './term';
import { termSchema } from './term';
import { deepEqual } from '../data/equality';

/*
 * The whole reference set (begrippen, regelingen, netwerken) as one JSON file, so that one
 * advisor can hand an updated kennisbank to every colleague. Rows are compared by their stable
 * `key`; the sync bookkeeping (`_clock`) is not part of the comparison.
 */

export const REFERENCE_SET_FORMAT = 'veldwerk-referentieset';
export const REFERENCE_SET_VERSION = 1;

export const referenceSetSchema = z.object({
  format: z.literal(REFERENCE_SET_FORMAT),
  version: z.literal(REFERENCE_SET_VERSION),
  exportedAt: isoDateTime,
  terms: z.array(termSchema),
  schemes: z.array(schemeSchema),
  networks: z.array(networkSchema),
});
export type ReferenceSet = z.infer<typeof referenceSetSchema>;

export type ReferenceRows = {
  terms: readonly Term[];
  schemes: readonly Scheme[];
  networks: readonly Network[];
};
export type ReferenceTable = keyof ReferenceRows;

export type ImportCounts = { added: number; changed: number; unchanged: number };
export type ImportSummary = ImportCounts & { byTable: Record<ReferenceTable, ImportCounts> };

export type ParseReferenceSetResult =
  { ok: true; set: ReferenceSet; summary: ImportSummary } | { ok: false; errors: string[] };

const TABLES: ReferenceTable[] = ['terms', 'schemes', 'networks'];
const MAX_ERRORS = 20;
const texts = kennisbank.referenceSet;

/** Serialises the set; `now` is injected so exports are reproducible in tests. */
export function exportReferenceSet(rows: ReferenceRows, now: Date): string {
  const set: ReferenceSet = {
    format: REFERENCE_SET_FORMAT,
    version: REFERENCE_SET_VERSION,
    exportedAt: now.toISOString(),
    terms: [...rows.terms],
    schemes: [...rows.schemes],
    networks: [...rows.networks],
  };
  return `${JSON.stringify(set, null, 2)}\n`;
}

function isTable(name: string): name is ReferenceTable {
  return (TABLES as string[]).includes(name);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Dutch path as the advisor reads it: "regelingen[3].status". */
function dutchPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const name = String(part);
      const label = out === '' && isTable(name) ? texts.tables[name] : name;
      out += out === '' ? label : `.${label}`;
    }
  }
  return out || 'bestand';
}

function decode(
  input: string | Uint8Array | ArrayBuffer,
  fileName: string,
): { text: string } | { error: string } {
  if (typeof input === 'string') return { text: input };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input) };
  } catch {
    return { error: texts.notUtf8(fileName) };
  }
}

/** Rows must have unique keys per table, and begrippen may only refer to begrippen in the set. */
function consistencyErrors(set: ReferenceSet): string[] {
  const errors: string[] = [];
  for (const table of TABLES) {
    const seen = new Set<string>();
    set[table].forEach((row, i) => {
      if (seen.has(row.key))
        errors.push(`${texts.tables[table]}[${i}].key: ${texts.duplicateKey(row.key)}`);
      seen.add(row.key);
    });
  }
  const termKeys = new Set(set.terms.map((t) => t.key));
  set.terms.forEach((t, i) =>
    t.related.forEach((key, j) => {
      if (!termKeys.has(key))
        errors.push(`${texts.tables.terms}[${i}].related[${j}]: ${texts.unknownRelated(key)}`);
    }),
  );
  return errors;
}

/** The row without its sync bookkeeping and id: what the file and the device compare on. */
function comparable(row: Term | Scheme | Network): Record<string, unknown> {
  const { _clock: _c, id: _id, ...rest } = row;
  return rest;
}

export function summarizeImport(incoming: ReferenceRows, existing: ReferenceRows): ImportSummary {
  const total: ImportCounts = { added: 0, changed: 0, unchanged: 0 };
  const count = (table: ReferenceTable): ImportCounts => {
    const current = new Map(existing[table].map((r) => [r.key, comparable(r)]));
    const counts: ImportCounts = { added: 0, changed: 0, unchanged: 0 };
    for (const row of incoming[table]) {
      const before = current.get(row.key);
      const bucket =
        before === undefined ? 'added' : deepEqual(before, comparable(row)) ? 'unchanged' : 'changed';
      counts[bucket]++;
      total[bucket]++;
    }
    return counts;
  };
  const byTable = { terms: count('terms'), schemes: count('schemes'), networks: count('networks') };
  return { ...total, byTable };
}

/**
 * Reads and validates a reference-set file. Nothing is applied here: on any error the caller
 * gets only Dutch messages (with the place of each problem) and keeps its data as it was.
 */
export function parseReferenceSet(
  input: string | Uint8Array | ArrayBuffer,
  fileName: string,
  existing: ReferenceRows = { terms: [], schemes: [], networks: [] },
): ParseReferenceSetResult {
  const decoded = decode(input, fileName);
  if ('error' in decoded) return { ok: false, errors: [decoded.error] };
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, errors: [texts.empty(fileName)] };

  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return {
      ok: false,
      errors: [texts.notJson(fileName, e instanceof Error ? e.message : String(e))],
    };
  }
  if (!isRecord(data) || data['format'] !== REFERENCE_SET_FORMAT) {
    return { ok: false, errors: [texts.notReferenceSet(fileName)] };
  }
  if (data['version'] !== REFERENCE_SET_VERSION)
    return { ok: false, errors: [texts.newerVersion(data['version'])] };

  const parsed = referenceSetSchema.safeParse(data, { error: z.locales.nl().localeError });
  const errors = parsed.success
    ? consistencyErrors(parsed.data)
    : parsed.error.issues.map((issue) => `${dutchPath(issue.path)}: ${issue.message}`);
  if (!parsed.success || errors.length > 0) {
    const shown = errors.slice(0, MAX_ERRORS);
    if (errors.length > MAX_ERRORS) shown.push(texts.moreErrors(errors.length - MAX_ERRORS));
    return { ok: false, errors: shown };
  }
  return { ok: true, set: parsed.data, summary: summarizeImport(parsed.data, existing) };
}
