// Waiting for the signal that stops a long-running command (serve, watch).

/** Resolves on the first SIGINT or SIGTERM. */
export function untilStopSignal(): Promise<NodeJS.Signals> {
  return new Promise((resolveSignal) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      resolveSignal(signal);
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}
