/**
 * Paired timing: a subject and its baseline run in the same process, in alternating batches (A B B A …), so
 * that drift (CPU frequency, GC, JIT tiers, a noisy neighbour) hits both alike. Each batch is long enough
 * for the clock (≥ minBatchMs); the result is the median time per operation of each side and the median of
 * the per-round ratios, with the spread of those ratios so a reader can see how stable the figure is.
 */

/** One side of a comparison: a synchronous or asynchronous operation. */
export type Operation = () => unknown

/** The outcome of a paired measurement. */
export interface Paired {
  /** Median nanoseconds per operation of the baseline. */
  baselineNs: number
  /** Median nanoseconds per operation of the subject. */
  subjectNs: number
  /** Median of the per-round subject/baseline ratios. */
  ratio: number
  /** 25th and 75th percentile of the per-round ratios. */
  ratioIqr: [number, number]
  rounds: number
  /** Operations per batch. */
  batch: number
}

/** Options of {@link paired}. */
export interface PairedOptions {
  /** Rounds of A-B (each round runs both sides once, in alternating order). */
  rounds?: number
  /** Minimum duration of one batch, to calibrate the batch size. */
  minBatchMs?: number
  /** Time spent running both sides before measuring. */
  warmupMs?: number
  /** Cap on the batch size (for slow, heavy operations). */
  maxBatch?: number
  /**
   * Alternate single operations (A B B A …) inside each round instead of running a batch of each: for slow
   * operations (whole requests), so that interference from other processes lands on both sides alike.
   */
  interleave?: boolean
  /**
   * Collect garbage (untimed) before every batch, when Node runs with --expose-gc: for operations that
   * allocate hundreds of MB, whose collection would otherwise land in whichever side runs next.
   */
  collectBetween?: boolean
}

/** Something the optimiser cannot see through: results are folded into it so no call is dead code. */
let sink = 0
export function consume(value: unknown): void {
  sink = (sink + (value === undefined ? 1 : value === null ? 2 : typeof value === 'object' ? 3 : 4)) | 0
}
export function sinkValue(): number {
  return sink
}

async function runBatch(operation: Operation, count: number): Promise<number> {
  const start = process.hrtime.bigint()
  for (let i = 0; i < count; i++) {
    const result = operation()
    consume(result instanceof Promise ? await result : result)
  }
  return Number(process.hrtime.bigint() - start) / count
}

/** Runs `count` operations of each side, alternating, and returns the mean time per operation of each. */
async function runInterleaved(a: Operation, b: Operation, count: number): Promise<[number, number]> {
  let timeA = 0n
  let timeB = 0n
  const time = async (operation: Operation): Promise<bigint> => {
    const start = process.hrtime.bigint()
    const result = operation()
    consume(result instanceof Promise ? await result : result)
    return process.hrtime.bigint() - start
  }
  for (let i = 0; i < count; i++) {
    if (i % 2 === 0) {
      timeA += await time(a)
      timeB += await time(b)
    } else {
      timeB += await time(b)
      timeA += await time(a)
    }
  }
  return [Number(timeA) / count, Number(timeB) / count]
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = (sorted.length - 1) * q
  const low = Math.floor(position)
  const high = Math.ceil(position)
  return (sorted[low] as number) + ((sorted[high] as number) - (sorted[low] as number)) * (position - low)
}

const median = (values: readonly number[]): number =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  )

/** Measures `subject` against `baseline`, interleaved. */
export async function paired(baseline: Operation, subject: Operation, options: PairedOptions = {}): Promise<Paired> {
  const rounds = options.rounds ?? 30
  const minBatchMs = options.minBatchMs ?? 25
  const warmupMs = options.warmupMs ?? 300
  const maxBatch = options.maxBatch ?? 1_000_000

  // Warm up both sides (JIT, caches), then size the batch on the slower one.
  const warmEnd = performance.now() + warmupMs
  let probe = 1
  while (performance.now() < warmEnd) {
    await runBatch(baseline, probe)
    await runBatch(subject, probe)
    probe = Math.min(probe * 2, maxBatch)
  }
  const slowestNs = Math.max(await runBatch(baseline, probe), await runBatch(subject, probe))
  const batch = Math.max(1, Math.min(maxBatch, Math.ceil((minBatchMs * 1e6) / Math.max(slowestNs, 1))))

  const baselineTimes: number[] = []
  const subjectTimes: number[] = []
  const ratios: number[] = []
  const gc = (globalThis as { gc?: () => void }).gc
  const collect = (): void => {
    if (options.collectBetween === true) gc?.()
  }
  for (let round = 0; round < rounds; round++) {
    let a: number
    let b: number
    collect()
    if (options.interleave === true) [a, b] = await runInterleaved(baseline, subject, batch)
    // A B in even rounds, B A in odd rounds: neither side always runs first.
    else if (round % 2 === 0) {
      a = await runBatch(baseline, batch)
      collect()
      b = await runBatch(subject, batch)
    } else {
      b = await runBatch(subject, batch)
      collect()
      a = await runBatch(baseline, batch)
    }
    baselineTimes.push(a)
    subjectTimes.push(b)
    ratios.push(b / a)
  }
  const sortedRatios = [...ratios].sort((x, y) => x - y)
  return {
    baselineNs: median(baselineTimes),
    subjectNs: median(subjectTimes),
    ratio: quantile(sortedRatios, 0.5),
    ratioIqr: [quantile(sortedRatios, 0.25), quantile(sortedRatios, 0.75)],
    rounds,
    batch,
  }
}

/** Options of {@link pairedCold}. */
export interface ColdOptions {
  /** Pairs of single operations measured. */
  samples?: number
  /** The pause before each operation, as the wait for a reply over the network. */
  idleMs?: number
}

/**
 * Single operations, each after an idle pause, alternating sides (A B, then B A): what an app pays once per
 * failed request, when the reply comes after a network wait in which the CPU caches served other work. A hot
 * loop ({@link paired}) hides that cost. Both sides wait the same pause, so the ratio compares like with like;
 * the ratio is the median of the per-pair ratios.
 */
export async function pairedCold(baseline: Operation, subject: Operation, options: ColdOptions = {}): Promise<Paired> {
  const samples = options.samples ?? 200
  const idleMs = options.idleMs ?? 10
  const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, idleMs))
  const once = async (operation: Operation): Promise<number> => {
    await pause()
    const start = process.hrtime.bigint()
    const result = operation()
    consume(result instanceof Promise ? await result : result)
    return Number(process.hrtime.bigint() - start)
  }
  // Compiled and warm first, so that only the caches are cold, not the JIT.
  for (let i = 0; i < 2000; i++) {
    consume(baseline())
    consume(subject())
  }
  const baselineTimes: number[] = []
  const subjectTimes: number[] = []
  const ratios: number[] = []
  for (let i = 0; i < samples; i++) {
    let a: number
    let b: number
    if (i % 2 === 0) {
      a = await once(baseline)
      b = await once(subject)
    } else {
      b = await once(subject)
      a = await once(baseline)
    }
    baselineTimes.push(a)
    subjectTimes.push(b)
    ratios.push(b / a)
  }
  const sortedRatios = [...ratios].sort((x, y) => x - y)
  return {
    baselineNs: median(baselineTimes),
    subjectNs: median(subjectTimes),
    ratio: quantile(sortedRatios, 0.5),
    ratioIqr: [quantile(sortedRatios, 0.25), quantile(sortedRatios, 0.75)],
    rounds: samples,
    batch: 1,
  }
}

/** Human units for a duration in nanoseconds. */
export function formatNs(ns: number): string {
  if (ns >= 1e9) return `${(ns / 1e9).toFixed(2)} s`
  if (ns >= 1e6) return `${(ns / 1e6).toFixed(2)} ms`
  if (ns >= 1e3) return `${(ns / 1e3).toFixed(1)} µs`
  return `${ns.toFixed(0)} ns`
}
