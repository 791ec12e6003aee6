import { VeldwerkDb, type StoredRow } from '../../../renderer/db/database';
import { write } from '../../../renderer/db/repository';
import { medianOf, timeIt, type Benchmark } from '../types';

function rows(n: number, run: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `r${run}-${i}`,
    name: `Bedrijf ${i}`,
    kvk: String(10000000 + i),
    gemeente: 'dordrecht',
    employees: i % 25,
    sizeClass: '1-4',
    status: 'nog-niet-benaderd',
    networkIds: [],
    notes: '',
  }));
}

/**
 * The repository's cost of recording change batches: inserting rows through `write` (rows plus
 * one outbox batch in one transaction) against a raw Dexie bulkPut of the same rows.
 */
export const repositoryBench: Benchmark = {
  id: 'repository',
  async run() {
    const n = 10_000;
    let run = 0;
    const raw = await medianOf(3, async () => {
      const db = new VeldwerkDb(`bench-raw-${run++}`);
      await db.open();
      const data = rows(n, run).map((r) => ({ ...r, _clock: {} }));
      const companies = db.table<StoredRow, string>('companies');
      const ms = await timeIt(() => db.transaction('rw', companies, () => companies.bulkPut(data)));
      await db.delete();
      return ms;
    });
    const repo = await medianOf(3, async () => {
      const db = new VeldwerkDb(`bench-repo-${run++}`);
      await db.open();
      const data = rows(n, run);
      const ms = await timeIt(() => write(db, 'bench', (w) => w.insert('companies', data)));
      await db.delete();
      return ms;
    });
    return [
      { name: 'repo-insert-10k-ratio', value: repo / raw, unit: 'ratio', goal: '<= 1.5' },
      { name: 'repo-insert-10k-ms', value: repo, unit: 'ms', goal: 'info' },
      { name: 'raw-bulkput-10k-ms', value: raw, unit: 'ms', goal: 'baseline' },
    ];
  },
};
