// Where the processor time goes: samples the V8 CPU profiler (through node:inspector, in this process) while
// a piece of work runs, and summarises the profile as the functions and files that took the most time —
// self time (the function's own code) and total time (with what it calls, each sample counted once per
// function however deep the recursion).
import { Session } from "node:inspector/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";

interface CallFrame {
  readonly functionName: string;
  readonly url: string;
  readonly lineNumber: number;
}

interface ProfileNode {
  readonly id: number;
  readonly callFrame: CallFrame;
  readonly children?: readonly number[];
}

/** The part of a V8 .cpuprofile the summary reads. */
export interface CpuProfile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

export interface Hotspot {
  /** `function (file:line)`, the file relative to the project. */
  readonly function: string;
  readonly self_ms: number;
  readonly total_ms: number;
  readonly self_share: number;
}

export interface HotspotSummary {
  readonly sampled_ms: number;
  readonly by_self: readonly Hotspot[];
  readonly by_total: readonly Hotspot[];
  readonly files_by_self: readonly { readonly file: string; readonly self_ms: number; readonly self_share: number }[];
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));

function place(frame: CallFrame): { file: string; label: string } {
  const path = frame.url.startsWith("file://") ? fileURLToPath(frame.url.split("?")[0] ?? frame.url) : frame.url;
  const file = path ? relative(ROOT, path) : `(${frame.functionName || "native"})`;
  const name = frame.functionName || "(anonymous)";
  // Code loaded through tsx reports line 0 for everything: the line is shown only when it says something.
  const line = frame.lineNumber > 0 ? `:${frame.lineNumber + 1}` : "";
  return { file, label: path ? `${name} (${file}${line})` : name };
}

/** Runs `work` under the CPU profiler and returns its result and the profile. */
export async function withCpuProfile<T>(work: () => T | Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 500 });
    await session.post("Profiler.start");
    const result = await work();
    const { profile } = (await session.post("Profiler.stop")) as { profile: CpuProfile };
    return { result, profile };
  } finally {
    session.disconnect();
  }
}

interface Sample {
  readonly ms: number;
  readonly self: { readonly file: string; readonly label: string };
  /** Labels and function names from the sampled function out to the root. */
  readonly stack: readonly { readonly label: string; readonly name: string }[];
}

function* samplesOf(profile: CpuProfile): Generator<Sample> {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const deltas = profile.timeDeltas ?? [];
  const samples = profile.samples ?? [];
  for (let i = 0; i < samples.length; i++) {
    // A sample's delta is the time until the next sample.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const node = byId.get(samples[i]!);
    if (!node || ms <= 0) continue;
    const stack: { label: string; name: string }[] = [];
    for (let at: number | undefined = node.id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame) stack.push({ label: place(frame).label, name: frame.functionName });
    }
    yield { ms, self: place(node.callFrame), stack };
  }
}

const add = (m: Map<string, number>, key: string, ms: number) => m.set(key, (m.get(key) ?? 0) + ms);
// Not work of ours: the idle and root frames, and the harness's own clock (process.cpuUsage around each stage).
const IDLE = /^(?:\((?:root|program|idle)\)|cpuUsage$)/;
const ranked = (m: Map<string, number>) =>
  [...m.entries()].filter(([label]) => !IDLE.test(label)).sort((a, b) => b[1] - a[1]);
const share = (ms: number, of: number) => Number((ms / (of || 1)).toFixed(3));

export interface StageHotspots {
  readonly sampled_ms: number;
  /** The functions with the most self time while this stage ran. */
  readonly top: readonly { readonly function: string; readonly self_ms: number; readonly share_of_stage: number }[];
}

/**
 * The `top` functions by self and by total time, and the files by self time; with `stages` (stage name →
 * the function that runs it), the top functions within each stage, a sample going to the outermost stage
 * function on its stack.
 */
export function summariseProfile(
  profile: CpuProfile,
  options: { readonly top?: number; readonly stages?: Readonly<Record<string, string>> } = {},
): HotspotSummary & { readonly by_stage: Readonly<Record<string, StageHotspots>> } {
  const top = options.top ?? 15;
  const stageOf = new Map(Object.entries(options.stages ?? {}).map(([stage, fn]) => [fn, stage]));
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const files = new Map<string, number>();
  const perStage = new Map<string, { ms: number; self: Map<string, number> }>();
  let sampled = 0;
  for (const sample of samplesOf(profile)) {
    sampled += sample.ms;
    add(self, sample.self.label, sample.ms);
    add(files, sample.self.file, sample.ms);
    for (const label of new Set(sample.stack.map((f) => f.label))) add(total, label, sample.ms);
    const stage = sample.stack.findLast((f) => stageOf.has(f.name));
    if (!stage) continue;
    const name = stageOf.get(stage.name)!;
    const entry = perStage.get(name) ?? { ms: 0, self: new Map<string, number>() };
    entry.ms += sample.ms;
    add(entry.self, sample.self.label, sample.ms);
    perStage.set(name, entry);
  }
  const hotspot = (label: string): Hotspot => ({
    function: label,
    self_ms: Math.round(self.get(label) ?? 0),
    total_ms: Math.round(total.get(label) ?? 0),
    self_share: share(self.get(label) ?? 0, sampled),
  });
  const byStage = Object.fromEntries(
    [...perStage].map(([stage, e]) => [
      stage,
      {
        sampled_ms: Math.round(e.ms),
        top: ranked(e.self)
          .slice(0, 5)
          .map(([fn, ms]) => ({ function: fn, self_ms: Math.round(ms), share_of_stage: share(ms, e.ms) })),
      },
    ]),
  );
  return {
    sampled_ms: Math.round(sampled),
    by_self: ranked(self)
      .slice(0, top)
      .map(([label]) => hotspot(label)),
    by_total: ranked(total)
      .filter(([label]) => label.includes("src/"))
      .slice(0, top)
      .map(([label]) => hotspot(label)),
    files_by_self: ranked(files)
      .slice(0, top)
      .map(([file, ms]) => ({ file, self_ms: Math.round(ms), self_share: share(ms, sampled) })),
    by_stage: byStage,
  };
}
