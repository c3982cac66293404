// Clocks for the harness: this process's processor time (user + system), which on a shared machine measures
// our code rather than its neighbours, next to the wall clock.

/** Processor time this process has used so far, in milliseconds (all its threads). */
export function cpuMs(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

export interface Measured {
  /** Fastest run by processor time, in ms (never 0). */
  readonly cpu: number;
  /** Fastest run by the wall clock, in ms (never 0). */
  readonly wall: number;
}

/** The fastest of `times` runs of `run`, by processor time and by wall clock. */
export function fastestOf(times: number, run: () => void): Measured {
  let cpu = Infinity;
  let wall = Infinity;
  for (let i = 0; i < times; i++) {
    const c0 = cpuMs();
    const t0 = performance.now();
    run();
    wall = Math.min(wall, performance.now() - t0);
    cpu = Math.min(cpu, cpuMs() - c0);
  }
  return { cpu: Math.max(cpu, 0.001), wall: Math.max(wall, 0.001) };
}

/** Megabytes (10^6 bytes) per second, three significant digits. */
export function mbPerS(bytes: number, ms: number): number {
  return Number((bytes / 1e6 / (Math.max(ms, 0.001) / 1000)).toPrecision(3));
}

/** A number rounded to `digits` decimals. */
export function round(x: number, digits = 1): number {
  return Number(x.toFixed(digits));
}

/** The q-quantile (0–1) of a list of numbers, nearest rank; 0 for an empty list. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank] ?? 0;
}
