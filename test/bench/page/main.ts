import { repositoryBench } from '../suites/repository';
import { portfolioBench } from '../suites/portfolio';
import { syncBench } from '../suites/sync';
import type { Benchmark, BenchResult } from '../types';

/** Every in-page benchmark; later issues append theirs. */
const BENCHMARKS: Benchmark[] = [repositoryBench, portfolioBench, syncBench];
declare global {
  interface Window {
    veldwerkBench: { ids: () => string[]; run: (id: string) => Promise<BenchResult[]> };
  }
}

window.veldwerkBench = {
  ids: () => BENCHMARKS.map((b) => b.id),
  run: async (id) => {
    const bench = BENCHMARKS.find((b) => b.id === id);
    if (!bench) throw new Error(`Onbekende benchmark: ${id}`);
    return bench.run();
  },
};
document.getElementById('root')!.textContent = 'klaar';
