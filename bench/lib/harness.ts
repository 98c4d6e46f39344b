import { Bench } from 'tinybench';

/** One task of an interleaved comparison: `run` does the whole workload once and returns a checksum. */
export interface Contender {
  readonly name: string;
  readonly run: () => unknown;
}

/** Wall-clock samples (ms) per contender, one per round, in round order. */
export type Samples = Map<string, number[]>;

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * Runs the contenders side by side in one process: one untimed warm-up pass each (unless the caller
 * has already run them: `warmUp = false`), then `rounds` rounds in which every contender does the
 * whole workload once. The order alternates between rounds so neither side always runs first (after
 * a collection, or on a cooler CPU). Timing is tinybench's
 * (one iteration per task per round, no time budget, its own warm-up off); a garbage collection is
 * requested before each round when `--expose-gc` is on.
 */
export async function interleaved(
  contenders: readonly Contender[],
  rounds: number,
  onRound?: (round: number) => void,
  warmUp = true,
): Promise<Samples> {
  const samples: Samples = new Map(contenders.map((contender) => [contender.name, []]));
  if (warmUp) for (const contender of contenders) await contender.run();
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? contenders : [...contenders].reverse();
    const bench = new Bench({ iterations: 1, time: 0, warmup: false, retainSamples: true, throws: true, timestampProvider: 'hrtimeNow' });
    for (const contender of order) {
      bench.add(
        contender.name,
        async () => {
          await contender.run();
        },
        { async: true },
      );
    }
    (globalThis as { gc?: () => void }).gc?.();
    await bench.run();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
      const taskSamples = result.latency.samples ?? [result.latency.mean];
      samples.get(task.name)?.push(...taskSamples);
    }
    onRound?.(round);
  }
  return samples;
}
