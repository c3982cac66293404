// The machine a run measured on: cores, processor, memory, Node, and the load average — on a shared machine
// the figures mean little without it.
import { availableParallelism, cpus, loadavg, totalmem } from "node:os";

export interface MachineFigures {
  readonly cores: number;
  readonly cpu_model: string;
  readonly memory_gb: number;
  readonly node: string;
  readonly platform: string;
}

/** Load average over 1, 5 and 15 minutes, two decimals. */
export function loadAverage(): readonly [number, number, number] {
  const [a = 0, b = 0, c = 0] = loadavg().map((x) => Number(x.toFixed(2)));
  return [a, b, c];
}

export function describeMachine(): MachineFigures {
  return {
    cores: availableParallelism(),
    cpu_model: cpus()[0]?.model.trim() ?? "unknown",
    memory_gb: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
}
