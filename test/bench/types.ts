/** One measurement reported to test-output/bench.json. */
export type BenchResult = { name: string; value: number; unit: string; goal: string };

/**
 * A benchmark that runs inside real Chromium on the bench page. It returns one or more
 * results; ratio measures compare against a baseline measured in the same run.
 */
export type Benchmark = { id: string; run: (env: Record<string, string>) => Promise<BenchResult[]> };

export async function timeIt(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** Median of several runs: robust against one slow garbage collection. */
export async function medianOf(runs: number, fn: () => Promise<number>): Promise<number> {
  const values: number[] = [];
  for (let i = 0; i < runs; i++) values.push(await fn());
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)]!;
}
