// What a page shows while it loads or when its data could not be had.
import type { ReactNode } from "react";
import type { Loaded } from "../use-load.ts";

export function Show<T>({ loaded, children }: { loaded: Loaded<T>; children: (value: T) => ReactNode }) {
  if (loaded.state === "loading")
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  if (loaded.state === "error")
    return (
      <p className="error" role="alert">
        {loaded.message}
      </p>
    );
  return <>{children(loaded.value)}</>;
}

/** Sets the document title for the page. */
export function Title({ children }: { children: string }) {
  document.title = `${children} — Espial`;
  return null;
}

export const percent = (x: number) => `${Math.round(x * 100)}%`;
