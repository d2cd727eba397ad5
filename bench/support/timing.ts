/** Wall time of `body` in nanoseconds per call; the checksum it returns is kept so no call is dropped. */
export function nsPerCall(calls: number, body: () => number): number {
  const start = process.hrtime.bigint();
  const checksum = body();
  const elapsed = Number(process.hrtime.bigint() - start);
  keep(checksum);
  return elapsed / calls;
}

let sink = 0;

/** Consumes a value so the optimiser cannot remove the loop that produced it. */
export function keep(value: number): void {
  sink = (sink + value) % 1_000_003;
  if (Number.isNaN(sink)) throw new Error('benchmark produced NaN');
}

/** Milliseconds taken by `body`. */
export function msOf(body: () => void): number {
  const start = process.hrtime.bigint();
  body();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted[Math.floor(sorted.length / 2)];
  if (middle === undefined) throw new Error('median of nothing');
  return middle;
}
