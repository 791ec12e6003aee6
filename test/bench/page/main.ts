import { repositoryBench } from '../suites/repository';
import { portfolioBench } from '../suites/portfolio';
import { syncBench } from '../suites/sync';
import { joinBench } from '../suites/join';
import type { Benchmark, BenchResult } from '../types';

/** Every in-page benchmark; later issues append theirs. */
const BENCHMARKS: Benchmark[] = [repositoryBench, portfolioBench, syncBench, joinBench];
declare global {
  interface Window {
    veldwerkBench: { ids: () => string[]; run: (id: string, env?: Record<string, string>) => Promise<BenchResult[]> };
  }
}

window.veldwerkBench = {
  ids: () => BENCHMARKS.map((b) => b.id),
  run: async (id, env = {}) => {
    const bench = BENCHMARKS.find((b) => b.id === id);
    if (!bench) throw new Error(`Onbekende benchmark: ${id}`);
    return bench.run(env);
  },
};
document.getElementById('root')!.textContent = 'klaar';
