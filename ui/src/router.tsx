// A small router on the History API: the path picks the page, links navigate without reloading, and the
// server answers index.html for every UI path (so a reload or a shared link opens the same page).
import { createContext, useContext, useEffect, useState, type AnchorHTMLAttributes, type MouseEvent } from "react";

export interface Place {
  readonly path: string;
  readonly query: URLSearchParams;
}

const read = (): Place => ({ path: location.pathname, query: new URLSearchParams(location.search) });
const PlaceContext = createContext<Place>(read());

/** Goes to a UI path (with its query), adding a history entry. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, "", to);
  else history.pushState(null, "", to);
  window.dispatchEvent(new PopStateEvent("popstate"));
  window.scrollTo(0, 0);
}

export function PlaceProvider({ children }: { children: React.ReactNode }) {
  const [place, setPlace] = useState(read);
  useEffect(() => {
    const update = () => setPlace(read());
    window.addEventListener("popstate", update);
    return () => window.removeEventListener("popstate", update);
  }, []);
  return <PlaceContext value={place}>{children}</PlaceContext>;
}

export const usePlace = () => useContext(PlaceContext);

/** An anchor that navigates inside the UI on a plain click (new tab, middle click and keyboard work as usual). */
export function Link({ to, children, ...rest }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (e: MouseEvent<HTMLAnchorElement>) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}

/** Paths of the pages, built in one place. */
export const paths = {
  actor: (key: string) => `/actors/${encodeURIComponent(key)}`,
  graph: (key: string) => `/actors/${encodeURIComponent(key)}/graph`,
  event: (id: string) => `/events/${encodeURIComponent(id)}`,
  document: (id: string, focus?: { start: number; end: number }) =>
    `/documents/${encodeURIComponent(id)}${focus ? `?start=${focus.start}&end=${focus.end}` : ""}`,
  search: (q: string) => `/search?q=${encodeURIComponent(q)}`,
};
