// Peak memory: the resident set size sampled on a timer and at every call of `sample()` (the ingest calls it
// between batches, where the timer cannot run), next to the kernel's own peak for the whole process.

export interface RssSampler {
  /** Takes a sample now. */
  sample(): void;
  /** The highest RSS seen since the sampler started, in MB. */
  peakMb(): number;
  stop(): void;
}

const MB = 1024 * 1024;

/** Starts sampling `process.memoryUsage().rss` every `everyMs` milliseconds. */
export function startRssSampler(everyMs = 50): RssSampler {
  let peak = process.memoryUsage().rss;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, everyMs);
  timer.unref();
  return {
    sample,
    peakMb: () => Math.round(peak / MB),
    stop: () => clearInterval(timer),
  };
}

/** The process's peak RSS so far as the kernel counts it (`process.resourceUsage().maxRSS`), in MB. */
export function maxRssMb(): number {
  return Math.round((process.resourceUsage().maxRSS * 1024) / MB);
}

/** The current RSS, in MB. */
export function rssMb(): number {
  return Math.round(process.memoryUsage().rss / MB);
}
