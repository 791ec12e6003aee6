import { createDuplicateIndex } from '../../../shared/rules/dedupe';
import { planImport } from '../../../shared/import/planImport';
import { companyFromPlanRow } from '../../../shared/import/plan';
import { timeOrderedIds } from '../../../shared/import/ids';
import { generateKvkExportCsv } from '../../../shared/seed/demoKvkExport';
import { VeldwerkDb } from '../../../renderer/db/database';
import { writeImportPlan } from '../../../renderer/db/repositories/companies';
import { medianOf, timeIt, type Benchmark, type BenchResult } from '../types';

let run = 0;

/** The import as the wizard does it: parse + validate + dedupe (planImport), then one write. */
async function importOnce(bytes: Uint8Array, fileName: string): Promise<number> {
  const db = new VeldwerkDb(`bench-import-${run++}`);
  await db.open();
  try {
    return await timeIt(async () => {
      const existing = createDuplicateIndex([]);
      const preview = await planImport({ bytes, fileName, existing, options: { mode: 'skip-duplicates' } });
      await writeImportPlan(preview.plan, fileName, db);
    });
  } finally {
    await db.delete();
  }
}

/** Baseline: a raw Dexie bulkPut of the very rows the import writes. */
async function rawOnce(bytes: Uint8Array, fileName: string): Promise<number> {
  const preview = await planImport({ bytes, fileName, existing: [], options: { mode: 'skip-duplicates' } });
  const now = new Date().toISOString();
  const creates = preview.plan.rows.filter((r) => r.action === 'create');
  // The same kind of ids the import gives its rows (time-ordered), so the baseline writes the very same rows.
  const ids = timeOrderedIds(creates.length);
  const rows = creates.map((r, i) => ({ ...companyFromPlanRow(r, { id: ids[i]!, now, importBatchId: 'bench' }), _clock: {} }));
  const db = new VeldwerkDb(`bench-raw-import-${run++}`);
  await db.open();
  try {
    return await timeIt(() => db.transaction('rw', db.companies, () => db.companies.bulkPut(rows)));
  } finally {
    await db.delete();
  }
}

const csv = (n: number) => new TextEncoder().encode(generateKvkExportCsv(n, 42));

export const portfolioBench: Benchmark = {
  id: 'portfolio',
  async run() {
    const results: BenchResult[] = [];
    const small = csv(1_000);
    const medium = csv(10_000);
    results.push({ name: 'import-1k-ms', value: await medianOf(3, () => importOnce(small, 'kvk-1k.csv')), unit: 'ms', goal: 'info' });
    // Baseline and import take turns, so a change in the machine's load hits both alike.
    const raws: number[] = [];
    const fulls: number[] = [];
    for (let i = 0; i < 3; i++) {
      raws.push(await rawOnce(medium, 'kvk-10k.csv'));
      fulls.push(await importOnce(medium, 'kvk-10k.csv'));
    }
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    const raw = median(raws);
    const full = median(fulls);
    results.push({ name: 'import-10k-ms', value: full, unit: 'ms', goal: 'info' });
    results.push({ name: 'import-10k-raw-bulkput-ms', value: raw, unit: 'ms', goal: 'baseline' });
    results.push({ name: 'import-10k-ratio', value: full / raw, unit: 'ratio', goal: '<= 1.5' });
    const large = csv(100_000);
    const hundred = await importOnce(large, 'kvk-100k.csv');
    results.push({ name: 'import-100k-ms', value: hundred, unit: 'ms', goal: 'info' });
    // Linear growth: 10× the rows may cost at most 11× the time (IndexedDB itself is close to 10×).
    results.push({ name: 'import-growth-10x', value: hundred / full, unit: 'ratio', goal: '<= 11' });
    return results;
  },
};
