// Loading what a page shows: the value, the error, or still loading; a newer request cancels the older one.
import { useEffect, useState } from "react";

export type Loaded<T> =
  | { readonly state: "loading" }
  | { readonly state: "error"; readonly message: string }
  | { readonly state: "ready"; readonly value: T };

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: "loading" });
  useEffect(() => {
    const controller = new AbortController();
    setLoaded({ state: "loading" });
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setLoaded({ state: "ready", value });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setLoaded({ state: "error", message: (error as Error).message });
      },
    );
    return () => controller.abort();
  }, deps);
  return loaded;
}
